// parse: text of one source file -> the Reports it holds.
//
// Input is valid UTF-8 (the caller decodes and validates). The parser must handle every
// format in the real corpus: pdftotext output (form feeds, page numbers, running headers,
// contents pages, split table cells, bullet glyphs) and markdown/HTML remnants from other
// converters. It never throws on odd input; a document it cannot classify is DocType::other
// with its paragraphs still extracted.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "schema/report.hpp"

namespace assay {

// The first Report is the document itself; an embedded report (committee pack that embeds
// an inspection report) follows it, with part_of set to the first report's id.
// `source` is the path recorded in the report and the basis of the report id.
std::vector<Report> parse_document(std::string_view utf8_text, const std::string& source);

// Stable report id from a source path: 16 hex digits of a hash of the path.
std::string report_id_for(std::string_view source);

}  // namespace assay
