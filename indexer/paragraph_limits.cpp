#include "indexer/paragraph_limits.hpp"

namespace assay {
namespace {
// A cut at or before `limit` that falls on a space and never inside a UTF-8 sequence.
std::size_t cut_point(const std::string& text, std::size_t from, std::size_t limit) {
    std::size_t end = std::min(text.size(), from + limit);
    if (end == text.size()) return end;
    // The last space before byte `end` (a space at `end` itself would make the part one byte
    // too long).
    std::size_t space = text.rfind(' ', end - 1);
    if (space != std::string::npos && space > from + limit / 2) return space + 1;
    while (end > from && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return end;
}
}  // namespace

std::size_t split_long_paragraphs(Report& r, std::size_t max_bytes) {
    std::size_t split = 0;
    for (auto& s : r.sections) {
        std::vector<Paragraph> out;
        out.reserve(s.paragraphs.size());
        for (auto& p : s.paragraphs) {
            if (p.text.size() <= max_bytes) {
                out.push_back(std::move(p));
                continue;
            }
            ++split;
            for (std::size_t at = 0; at < p.text.size();) {
                std::size_t end = cut_point(p.text, at, max_bytes);
                Paragraph part = p;
                part.text = p.text.substr(at, end - at);
                part.byte_offset = p.byte_offset + at;
                out.push_back(std::move(part));
                at = end;
            }
        }
        s.paragraphs = std::move(out);
    }
    return split;
}

}  // namespace assay
