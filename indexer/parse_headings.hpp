// Heading recognition on cleaned lines.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "indexer/normalise.hpp"
#include "schema/report.hpp"

namespace assay {

// "Immediately:", "Within three months:" -> the timescale as printed without the colon.
std::optional<std::string> timescale_label(std::string_view text);

// Headings every framework prints ("Executive summary", "What needs to improve?", ...).
bool known_heading(std::string_view text);

struct HeadingMatch {
    std::size_t last_line = 0;  // last line index the heading text uses
    std::string text;           // as written, lines joined
    std::string label;          // judgement label when graded
    std::optional<Grade> grade;
    std::size_t grade_line = 0;  // a grade printed on its own line after the heading (0 = none)
};

// Is lines[i] the start of a heading? `boundary`: the previous content ended a paragraph.
// `width`: the document's typical full line width (code points).
std::optional<HeadingMatch> match_heading(const std::vector<Line>& lines, std::size_t i, std::size_t end, bool boundary,
                                          std::size_t width);

// Next non-blank, non-debris line index in [i, end), or end.
std::size_t next_content(const std::vector<Line>& lines, std::size_t i, std::size_t end);

}  // namespace assay
