// extract_pdf: poppler-cpp, page by page, in reading order (non_raw_non_physical_layout: over
// the 43 golden pairs the parser reads it exactly as it reads pdftotext's output; the physical
// and raw layouts lost paragraphs and metadata).
#include <chrono>
#include <memory>
#include <mutex>

#include <poppler-document.h>
#include <poppler-page.h>

#include "indexer/extracted_text.hpp"
#include "indexer/extraction.hpp"

namespace assay {
namespace {

// poppler reports every oddity of a damaged file on stderr; the build summary says it once.
void silence_poppler() {
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

Extracted failure(std::string reason) {
    Extracted e;
    e.reason = std::move(reason);
    return e;
}

// poppler accepts the header anywhere in the first KB, as readers do.
bool has_pdf_header(std::string_view bytes) { return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos; }

std::string page_text(const poppler::document& doc, int index) {
    std::unique_ptr<poppler::page> page(doc.create_page(index));
    if (!page) return {};
    auto utf8 = page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
    return std::string(utf8.begin(), utf8.end());
}

}  // namespace

Extracted extract_pdf(std::string_view bytes, const ExtractLimits& limits) {
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::seconds(limits.seconds);
    silence_poppler();
    if (!has_pdf_header(bytes)) return failure("damaged: not a PDF (no %PDF header)");
    if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) return failure("too large for the PDF reader");
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc) return failure("damaged: the PDF cannot be opened");
    if (doc->is_locked()) return failure("encrypted: password-protected PDF");
    const int pages = doc->pages();
    if (pages <= 0) return failure("damaged: the PDF has no pages");
    if (static_cast<std::uint32_t>(pages) > limits.max_pages)
        return failure("too many pages (" + std::to_string(pages) + "; limit " + std::to_string(limits.max_pages) +
                       ")");
    Extracted out;
    out.pages = static_cast<std::uint32_t>(pages);
    for (int i = 0; i < pages; ++i) {
        // One page cannot be interrupted; the isolated reader's hard limit covers that case.
        if (Clock::now() > deadline)
            return failure("too slow: over " + std::to_string(limits.seconds) + " s by page " + std::to_string(i + 1) +
                           " of " + std::to_string(pages));
        // Each page ends with one form feed, as pdftotext writes it: poppler ends most pages
        // with one already, a blank page is empty, and a form feed inside a page's text would
        // start a page that is not there.
        std::string text = page_text(*doc, i);
        std::erase(text, '\f');
        out.text += text;
        out.text.push_back('\f');
        if (out.text.size() > limits.max_text_bytes)
            return failure("too much text (over " + std::to_string(limits.max_text_bytes >> 20) + " MB)");
    }
    out.text = clean_extracted_text(out.text);
    if (!has_words(out.text))
        return failure("no text: scanned? (no text layer on " +
                       (pages == 1 ? std::string("its page)") : "its " + std::to_string(pages) + " pages)"));
    out.ok = true;
    return out;
}

}  // namespace assay
