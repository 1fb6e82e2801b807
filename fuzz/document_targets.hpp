// fuzz_pdf and fuzz_docx: a file's bytes -> the in-process reader (extract_pdf, extract_docx,
// with small limits so one input stays fast) -> the parser path of fuzz_parser. Beyond "no
// crash": a PDF's text has one form feed per page it reports, and every paragraph's page is
// one of them; a Word file's text has no pages.
#pragma once

#include <algorithm>

#include "fuzz/parser_target.hpp"
#include "indexer/extraction.hpp"

namespace assay::fuzz {

inline ExtractLimits fuzz_limits() {
    ExtractLimits l;
    l.max_pages = 50;
    l.seconds = 5;
    l.max_text_bytes = 4u << 20;
    l.max_xml_bytes = 4u << 20;
    return l;
}

inline void require_pages(const std::vector<Report>& reports, std::uint32_t pages) {
    for (const auto& r : reports)
        for (const auto& s : r.sections)
            for (const auto& p : s.paragraphs) require(p.page <= pages, "a paragraph's page is one of the file's");
}

inline int pdf_one(const std::uint8_t* data, std::size_t size) {
    Extracted e = extract_pdf(std::string_view(reinterpret_cast<const char*>(data), size), fuzz_limits());
    if (!e.ok) {
        require(!e.reason.empty(), "a PDF that is not read has a reason");
        return 0;
    }
    require(e.pages >= 1 && e.pages <= 50, "a PDF read has 1..max_pages pages");
    require(static_cast<std::uint32_t>(std::count(e.text.begin(), e.text.end(), '\f')) == e.pages,
            "one form feed ends each page");
    require_pages(parse_and_build(e.text, "fuzz/input.pdf"), e.pages);
    return 0;
}

inline int docx_one(const std::uint8_t* data, std::size_t size) {
    Extracted e = extract_docx(std::string_view(reinterpret_cast<const char*>(data), size), fuzz_limits());
    if (!e.ok) {
        require(!e.reason.empty(), "a Word file that is not read has a reason");
        return 0;
    }
    require(e.pages == 0, "a Word file has no pages");
    require_pages(parse_and_build(e.text, "fuzz/input.docx"), 0);
    return 0;
}

}  // namespace assay::fuzz
