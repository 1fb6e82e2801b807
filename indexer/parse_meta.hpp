// Report metadata from the first page(s): document type, framework, title, authority,
// inspection / publication / meeting dates, lead inspector.
#pragma once

#include <vector>

#include "indexer/normalise.hpp"
#include "schema/report.hpp"

namespace assay {

// Fill type, framework, framework_title, title, authority, dates and lead inspector of `r`
// from lines [begin, end).
void extract_metadata(const std::vector<Line>& lines, std::size_t begin, std::size_t end, Report& r);

// Content lines joined with single spaces, apostrophes as ASCII, for phrase searches.
std::string joined_text(const std::vector<Line>& lines, std::size_t begin, std::size_t end, std::size_t max_lines);

}  // namespace assay
