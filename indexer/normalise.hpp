// normalise: source text -> cleaned lines that remember where they came from.
//
// Every later step works on Lines: the text a reader would see (markdown/HTML remnants,
// NBSP, soft hyphens, ligatures removed; tab-separated cells joined with " | ") plus the
// byte offset and 1-based number of the line in the original input, the page it is on
// (pdftotext form feeds), hints the markup gave (heading level, whole-line bold) and a
// debris flag for lines that are not content (page numbers, running headers, contents
// tables, "This page is intentionally left blank", web-page footers). Footnotes are taken
// out of the text flow the same way but flagged, so they can become paragraphs of their own.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace assay {

struct Line {
    std::size_t offset = 0;     // byte offset of the raw line's first byte (after any form feed)
    std::size_t length = 0;     // raw length in bytes (without newline / form feed)
    std::uint32_t number = 0;   // 1-based line number in the source
    std::uint32_t page = 0;     // 0-based page (form feeds seen before this line)
    std::string text;           // cleaned, trimmed
    std::uint8_t md_level = 0;  // markdown '#' heading level
    bool bold = false;          // the whole line was bold markup
    bool tabbed = false;        // tab-separated cells (a table row)
    bool debris = false;        // not content
    bool footnote = false;      // a footnote at the foot of a page (also debris: out of the text flow)
    bool blank() const { return text.empty(); }
};

// Clean one raw line. When `map` is given it receives, for each byte of the result, the
// index of the raw byte it came from (used to point paragraphs at the original text).
std::string clean_line(std::string_view raw, std::uint8_t* md_level = nullptr, bool* bold = nullptr,
                       bool* tabbed = nullptr, std::vector<std::uint32_t>* map = nullptr);

// Split and clean the whole input; form feeds start a new page.
std::vector<Line> split_lines(std::string_view text);

// Mark non-content lines as debris (see above).
void mark_debris(std::vector<Line>& lines);

// Byte offset in `source` of the cleaned text's character `clean_pos` on `line`.
std::size_t source_offset(std::string_view source, const Line& line, std::size_t clean_pos);

}  // namespace assay
