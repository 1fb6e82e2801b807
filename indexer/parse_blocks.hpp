// parse_blocks: cleaned lines -> a flat list of headings and paragraphs (Items).
//
// Decides where paragraphs start and end (numbered markers, bullets, blank lines, page
// breaks, pdftotext hard wraps), which lines are headings, and which regions are grade
// tables. Sections, judgements and recommendations are built from the Items afterwards.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "indexer/normalise.hpp"
#include "schema/report.hpp"

namespace assay {

struct Item {
    bool heading = false;
    std::string text;    // paragraph text, or the heading as written (lines joined)
    std::string number;  // printed paragraph number
    bool list_item = false;
    bool table_row = false;
    std::size_t line_idx = 0;   // first line of the item
    std::size_t clean_pos = 0;  // where the text starts in that line's cleaned text
    // A graded heading or table row: the judgement label and grade it prints.
    std::string label;
    std::optional<Grade> grade;
};

// Items for lines [begin, end).
std::vector<Item> build_items(const std::vector<Line>& lines, std::size_t begin, std::size_t end);

// --- pieces shared with the judgement scanner -------------------------------------------

// A grade cell: "Good", "Requires improvement to be good", "Inadequate Grade 4"; not the
// SEND outcome words.
std::optional<Grade> grade_cell(std::string_view text);
// Only grade vocabulary ("requires", "improvement", "good", ...): part of a split cell.
bool grade_words_only(std::string_view text);
// Split a run of grade words into grades: "requires improvement requires improvement" -> 2.
std::vector<Grade> split_grades(std::string_view words);

// Bullet glyph at the start: length of glyph plus following spaces, 0 when none.
std::size_t bullet_prefix(std::string_view t);
// Printed paragraph number at the start ("12.", "4.1.3", "- 57."): the number and the
// length of the marker including following spaces; empty when none.
struct NumberMarker {
    std::string number;
    std::size_t length = 0;
    bool alone = false;  // nothing follows on the line
};
NumberMarker number_marker(std::string_view t);

}  // namespace assay
