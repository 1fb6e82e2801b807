#include "indexer/paragraph_signature.hpp"

#include "schema/facet_bitmaps.hpp"

namespace assay {
namespace {

bool ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool lower_word(std::string_view w) {
    for (char c : w)
        if (c < 'a' || c > 'z') return false;
    return true;
}

}  // namespace

std::uint64_t paragraph_signature(std::string_view text) {
    std::string words, squashed;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (!ascii_alnum(text[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && ascii_alnum(text[j])) ++j;
        std::string_view w = text.substr(i, j - i);
        for (char c : w) squashed.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
        // Capitalised words (names, places, sentence starts) and anything with a digit vary
        // between copies of a template; the lower-case words carry its wording.
        if (lower_word(w)) {
            words.append(w);
            words.push_back(' ');
            ++kept;
        }
        i = j;
    }
    std::uint64_t h = fnv1a64(kept >= kSignatureMinWords ? words : "=" + squashed);
    return h == 0 ? 1 : h;  // 0 means "none" to the readers
}

}  // namespace assay
