#include "schema/version.hpp"

#include "schema/fields.hpp"

// ASSAY_VERSION is the CMake project version, defined for this file only (cmake/version.cmake).
#ifndef ASSAY_VERSION
#error "ASSAY_VERSION is set by cmake/version.cmake"
#endif

namespace assay {

std::string_view release_version() { return ASSAY_VERSION; }

std::string version_text(std::string_view program) {
    return std::string(program) + " " + std::string(release_version()) + "\nindex schema version " +
           std::to_string(kSchemaVersion) + "\n";
}

}  // namespace assay
