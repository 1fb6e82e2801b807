// Inspection frameworks: stable keys (`framework:sif`) and the titles reports print.
#pragma once

#include <string_view>
#include <vector>

namespace assay {

struct FrameworkInfo {
    std::string_view key;    // "protection_2012", "sif", "ilacs", ...
    std::string_view title;  // canonical title as printed on reports
};

const std::vector<FrameworkInfo>& frameworks();
const FrameworkInfo* framework_by_key(std::string_view key);

}  // namespace assay
