// Renderers of a SearchResult: JSON (CLI and HTTP API share it), CSV (full citations, one hit
// per row) and text for a terminal.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "query/search_request.hpp"

namespace assay {

nlohmann::json to_json(const SearchResult& r);
std::string render_csv(const SearchResult& r);
// color: ANSI bold for marked words (stdout is a terminal).
std::string render_text(const SearchResult& r, bool color);

// One CSV field, quoted when it needs to be; leading = + - @ are neutralised so a spreadsheet
// never evaluates report text as a formula.
std::string csv_field(std::string_view s);

}  // namespace assay
