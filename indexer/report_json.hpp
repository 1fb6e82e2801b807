// The parsed-report JSON printed by `assay-index parse`: the report record plus every
// section's paragraphs.
#pragma once

#include <nlohmann/json.hpp>

#include "schema/report.hpp"

namespace assay {
nlohmann::json report_to_json(const Report& r);
}
