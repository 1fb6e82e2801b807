// Sections (heading + canonical kind + paragraphs) and recommendations from the Items.
#pragma once

#include <string_view>
#include <vector>

#include "indexer/normalise.hpp"
#include "indexer/parse_blocks.hpp"
#include "schema/report.hpp"

namespace assay {

// Canonical kind of a heading; `current` is the kind of the enclosing section, which
// generic sub-headings ("Summary", "Inspection findings") keep.
SectionKind section_kind_for(std::string_view heading, SectionKind current);

// Sections of the report; paragraph offsets point into `source`.
std::vector<Section> build_sections(const std::vector<Item>& items, const std::vector<Line>& lines,
                                    std::string_view source);

// Recommendations: items of recommendation sections, with their timescale ("Immediately",
// "Within three months"), printed number, and the priority flag.
std::vector<Recommendation> extract_recommendations(const std::vector<Item>& items);

}  // namespace assay
