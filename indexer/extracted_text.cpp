#include "indexer/extracted_text.hpp"

#include <algorithm>

#include "indexer/extraction.hpp"
#include "indexer/parse_text.hpp"
#include "schema/utf8.hpp"

namespace assay {

std::string_view to_string(SourceFormat f) {
    switch (f) {
        case SourceFormat::html: return "html";
        case SourceFormat::pdf: return "pdf";
        case SourceFormat::docx: return "docx";
        case SourceFormat::text: break;
    }
    return "text";
}

void strip_controls(std::string& text) {
    std::erase_if(text, [](char c) {
        auto u = static_cast<unsigned char>(c);
        return u < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r';
    });
}

std::string clean_extracted_text(std::string_view text) {
    std::string out = sanitize_utf8(text);
    strip_controls(out);
    return out;
}

bool has_words(std::string_view text) {
    // Any non-ASCII byte counts: a report in another script still has words.
    return std::any_of(text.begin(), text.end(), [](char c) {
        auto u = static_cast<unsigned char>(c);
        return ascii_alnum(u) || u >= 0x80;
    });
}

}  // namespace assay
