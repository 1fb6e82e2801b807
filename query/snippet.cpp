#include "query/snippet.hpp"

#include <algorithm>
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
    std::vector<int> matched;                                // per word: which term it matched, or -1
    std::vector<std::string> seen;                           // the terms matched so far, by number
    for (const auto& t : tokens) {
        std::string term = analyzer.term(t.word);
        bool hit = terms.count(term) > 0;
        if (hit) marks.emplace_back(t.start, t.end);
        if (t.compound) continue;
        words.push_back(&t);
        int id = -1;
        if (hit) {
            id = static_cast<int>(std::find(seen.begin(), seen.end(), term) - seen.begin());
            if (id == static_cast<int>(seen.size())) seen.push_back(term);
        }
        matched.push_back(id);
    }
    std::size_t from = 0, to = text.size();
    bool cut_start = false, cut_end = false;
    if (words.size() > max_words) {
        // Slide a window of max_words words; prefer more distinct terms, then more hits (the first
        // such window). Counts per term are kept as the window moves, one word in, one out.
        std::vector<std::size_t> count(seen.size());
        std::size_t distinct = 0, hits = 0;
        auto enter = [&](std::size_t i) {
            if (matched[i] < 0) return;
            ++hits;
            if (count[static_cast<std::size_t>(matched[i])]++ == 0) ++distinct;
        };
        auto leave = [&](std::size_t i) {
            if (matched[i] < 0) return;
            --hits;
            if (--count[static_cast<std::size_t>(matched[i])] == 0) --distinct;
        };
        for (std::size_t i = 0; i < max_words; ++i) enter(i);
        std::size_t best = 0, best_score = distinct * 100 + hits;
        for (std::size_t s = 1; s + max_words <= words.size(); ++s) {
            leave(s - 1);
            enter(s + max_words - 1);
            if (std::size_t score = distinct * 100 + hits; score > best_score) best_score = score, best = s;
        }
        // Start a few words before the first hit so it has context.
        std::size_t first_hit = best;
        while (first_hit < best + max_words && matched[first_hit] < 0) ++first_hit;
        // (No hit at all, as when only the heading matched: the paragraph's opening.)
        std::size_t shift = first_hit < best + max_words && first_hit > best + 4 ? first_hit - best - 4 : 0;
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
