// Extraction: the text of a document format that is not text (PDF, Word .docx), handed to the
// same parser as a text file. PDF text is page by page in reading order, each page ended by a
// form feed as pdftotext writes it, so the parser's page rules and page citations apply as they
// do to pdftotext output. Word text has no pages: paragraphs are separated by blank lines,
// headings are written as markdown headings, list items as "- " and table rows as
// tab-separated cells, which the parser already reads.
//
// Every failure is a reason for the build summary, never an exception. The readers here run in
// this process and bound the work they do (pages, elapsed time between pages, text and
// decompressed sizes); extract_isolated (extract_isolated.hpp) adds hard bounds on time and
// memory and survives a reader that crashes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace assay {

enum class SourceFormat { text, html, pdf, docx };
std::string_view to_string(SourceFormat);

struct ExtractLimits {
    std::uint32_t max_pages = 2000;            // a PDF with more pages is skipped
    std::uint32_t seconds = 30;                // per file
    std::uint32_t memory_mb = 1024;            // address space one file may add (isolated only)
    std::size_t max_text_bytes = 64ull << 20;  // extracted text of one file
    std::size_t max_xml_bytes = 64ull << 20;   // a .docx's document XML, decompressed
};

struct Extracted {
    bool ok = false;
    std::string text;         // valid UTF-8 when ok
    std::string reason;       // why not, when !ok
    std::uint32_t pages = 0;  // PDF page count (0 for formats without pages)
};

// In-process readers (the fuzz targets call these directly).
Extracted extract_pdf(std::string_view bytes, const ExtractLimits& limits = {});
Extracted extract_docx(std::string_view bytes, const ExtractLimits& limits = {});

}  // namespace assay
