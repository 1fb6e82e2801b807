// What --version prints: the release (the CMake project version) and the index schema version
// this build reads and writes, so an operator can tell whether an index needs a rebuild.
#pragma once

#include <string>
#include <string_view>

namespace assay {

std::string_view release_version();

// "assay-query 0.1.0\nindex schema version 2\n"
std::string version_text(std::string_view program);

}  // namespace assay
