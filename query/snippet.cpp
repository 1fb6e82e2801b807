#include "query/snippet.hpp"

#include <vector>

namespace assay {

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out.push_back(c);
        }
    }
    return out;
}

std::string make_snippet(std::string_view text, const std::set<std::string>& terms, const Analyzer& analyzer,
                         std::size_t max_words) {
    auto tokens = analyzer.tokenize(text);
    std::vector<const Token*> words;                         // plain tokens (compounds excluded) in order
    std::vector<std::pair<std::size_t, std::size_t>> marks;  // byte ranges to mark
    std::vector<std::string> matched;                        // matched term per word ("" if none)
    for (const auto& t : tokens) {
        std::string term = analyzer.term(t.word);
        bool hit = terms.count(term) > 0;
        if (t.compound) {
            if (hit) marks.emplace_back(t.start, t.end);
            continue;
        }
        words.push_back(&t);
        matched.push_back(hit ? term : std::string());
        if (hit) marks.emplace_back(t.start, t.end);
    }
    std::size_t from = 0, to = text.size();
    bool cut_start = false, cut_end = false;
    if (words.size() > max_words) {
        // Slide a window of max_words words; prefer more distinct terms, then more hits.
        std::size_t best = 0, best_score = 0;
        for (std::size_t s = 0; s + max_words <= words.size(); ++s) {
            std::set<std::string> distinct;
            std::size_t hits = 0;
            for (std::size_t i = s; i < s + max_words; ++i)
                if (!matched[i].empty()) distinct.insert(matched[i]), ++hits;
            std::size_t score = distinct.size() * 100 + hits;
            if (score > best_score) best_score = score, best = s;
        }
        // Start a few words before the first hit so it has context.
        std::size_t first_hit = best;
        while (first_hit < best + max_words && matched[first_hit].empty()) ++first_hit;
        std::size_t shift = first_hit > best + 4 ? first_hit - best - 4 : 0;
        best = std::min(best + shift, words.size() - max_words);
        from = best == 0 ? 0 : words[best]->start;
        std::size_t last = best + max_words - 1;
        to = last + 1 >= words.size() ? text.size() : words[last]->end;
        cut_start = best > 0;
        cut_end = last + 1 < words.size();
        // Keep trailing punctuation of the last word.
        while (to < text.size() && (text[to] == '.' || text[to] == ',' || text[to] == ')' || text[to] == ';')) ++to;
    }
    std::string out = cut_start ? "\xE2\x80\xA6" : "";
    std::size_t at = from;
    for (auto [s, e] : marks) {
        if (s < at || e > to) continue;
        out += html_escape(text.substr(at, s - at));
        out += "<mark>" + html_escape(text.substr(s, e - s)) + "</mark>";
        at = e;
    }
    out += html_escape(text.substr(at, to - at));
    if (cut_end) out += "\xE2\x80\xA6";
    return out;
}

}  // namespace assay
