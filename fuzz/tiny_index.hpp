// The small index the query and HTTP targets search: the daemon suites' invented reports,
// published once per process into a temporary folder that is removed at exit.
#pragma once

#include <filesystem>

#include "tests/daemon_fixture.hpp"

namespace assay::fuzz {

inline const std::filesystem::path& tiny_index() {
    static const testing::TempDir dir("fuzz-index");
    static const bool published = (testing::publish_reports(dir.path, testing::daemon_reports()), true);
    (void)published;
    return dir.path;
}

}  // namespace assay::fuzz
