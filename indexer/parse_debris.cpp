// mark_debris: lines that are page furniture, not content.
//
// pdftotext keeps page numbers, running headers/footers and contents pages; other
// converters leave "This page is intentionally left blank", horizontal rules and web-page
// footers. All are flagged here so no paragraph ever quotes them.
#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>

#include "indexer/normalise.hpp"
#include "indexer/parse_text.hpp"

namespace assay {
namespace {

bool is_rule(std::string_view t) {
    if (t.size() < 3) return false;
    for (char c : t)
        if (c != '-' && c != '_' && c != '=' && c != '*' && c != ' ') return false;
    return true;
}

// "Page 3", "Page 3 of 12", "3 of 12"
bool is_page_label(std::string_view t) {
    if (starts_with_ci(t, "page ")) t.remove_prefix(5);
    auto of = t.find(" of ");
    if (of != std::string_view::npos) return is_bare_number(t.substr(0, of)) && is_bare_number(t.substr(of + 4));
    return false;
}

bool is_simple_debris(const Line& l) {
    std::string_view t = l.text;
    if (t.empty()) return false;
    if (is_bare_number(t) || is_page_label(t) || is_rule(t)) return true;
    // SIF reports flag paragraphs that led to a recommendation; the flag is not text.
    if (t == "(Recommendation)" || t == "(Recommendations)") return true;
    return starts_with_ci(t, "this page is intentionally left blank") ||
           starts_with_ci(t, "this page has been left intentionally blank") ||
           starts_with_ci(t, "page intentionally left blank");
}

// Repetition key: lower-case, digits as '#', letters and spaces only.
std::string page_key(std::string_view t) {
    std::string k;
    for (unsigned char c : t) {
        if (ascii_alpha(c))
            k.push_back(ascii_lower(c));
        else if (std::isdigit(c))
            k.push_back('#');
        else if (c == ' ' && !k.empty() && k.back() != ' ')
            k.push_back(' ');
    }
    return k;
}

// Running headers/footers: a line in the top 2 or bottom 4 content lines of a page that
// recurs in the same place on several pages.
void mark_running_lines(std::vector<Line>& lines) {
    const std::uint32_t pages = lines.empty() ? 0 : lines.back().page + 1;
    if (pages < 2) return;
    std::vector<std::vector<std::size_t>> top(pages), bottom(pages);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].blank() || lines[i].debris) continue;
        auto& t = top[lines[i].page];
        if (t.size() < 2) t.push_back(i);
        auto& b = bottom[lines[i].page];
        b.push_back(i);
        if (b.size() > 4) b.erase(b.begin());
    }
    const std::size_t need = pages <= 4 ? 2 : 3;
    for (auto* edge : {&top, &bottom}) {
        std::unordered_map<std::string, std::size_t> count;
        for (const auto& idxs : *edge) {
            std::vector<std::string> seen;
            for (auto i : idxs) {
                auto k = page_key(lines[i].text);
                if (k.size() < 4 || std::find(seen.begin(), seen.end(), k) != seen.end()) continue;
                seen.push_back(k);
                ++count[k];
            }
        }
        for (const auto& idxs : *edge)
            for (auto i : idxs) {
                auto it = count.find(page_key(lines[i].text));
                if (it != count.end() && it->second >= need) lines[i].debris = true;
            }
    }
}

// The entry's own page number: "Overall effectiveness | 5", "Overall effectiveness 5".
bool ends_with_page_number(std::string_view t) {
    auto w = last_word(t);
    return w.size() < t.size() && is_bare_number(w);
}

// Contents: from a "Contents" line, every line that is an entry (ends with a page number,
// or is a short title followed within a few lines by a bare page number) is debris.
void mark_contents(std::vector<Line>& lines) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string_view t = lines[i].text;
        if (!(t == "Contents" || t == "CONTENTS" || t == "Table of contents" || t == "Contents page")) continue;
        lines[i].debris = true;
        std::size_t j = i + 1;
        while (j < lines.size()) {
            const Line& l = lines[j];
            if (l.blank() || l.debris) {
                ++j;
                continue;
            }
            if (ends_with_page_number(l.text) && l.text.size() < 160) {
                lines[j++].debris = true;
                continue;
            }
            bool entry = false;
            if (l.text.size() <= 100 && !ends_sentence(l.text)) {
                int seen = 0;
                for (std::size_t k = j + 1; k < lines.size() && seen < 3; ++k) {
                    if (lines[k].blank()) continue;
                    if (is_bare_number(lines[k].text)) {
                        entry = true;
                        break;
                    }
                    if (lines[k].debris) continue;
                    if (ends_sentence(lines[k].text) || lines[k].text.size() > 100) break;
                    ++seen;
                }
            }
            if (!entry) break;
            lines[j++].debris = true;
        }
    }
}

// Web-page footer at the end of a converted page: from the first footer cue among the last
// lines (telephone, "Contact us", design credits, cookie/privacy links) to the end, plus
// the short unpunctuated lines just before it.
void mark_web_footer(std::vector<Line>& lines) {
    static constexpr std::string_view kCues[] = {
        "tel:",           "contact us",    "website design", "all rights reserved",
        "privacy policy", "cookie policy", "follow us on"};
    std::size_t seen = 0, cue = lines.size();
    for (std::size_t i = lines.size(); i-- > 0 && seen < 12;) {
        if (lines[i].blank()) continue;
        ++seen;
        for (auto c : kCues)
            if (contains_ci(lines[i].text, c)) cue = i;
    }
    if (cue == lines.size()) return;
    for (std::size_t i = cue; i < lines.size(); ++i) lines[i].debris = true;
    for (std::size_t i = cue; i-- > 0;) {
        const auto& t = lines[i].text;
        if (t.empty() || ends_clause(t) || t.size() > 100) break;
        lines[i].debris = true;
    }
}

// Where footnote number `n` is glued to the end of a word in `t` ("people1", "improve?1",
// "Board’2"): the position of the last such marker, or npos.
std::size_t glued_marker(std::string_view t, std::string_view n) {
    std::size_t found = std::string_view::npos;
    for (std::size_t at = t.find(n, 1); at != std::string_view::npos; at = t.find(n, at + 1)) {
        const std::size_t after = at + n.size();
        if (after < t.size() && std::isdigit(static_cast<unsigned char>(t[after]))) continue;
        const unsigned char c = static_cast<unsigned char>(t[at - 1]);
        // After a full stop only when a word ends there ("services.2", not "2.2").
        const bool word_end = c == '.' ? at >= 2 && std::isalpha(static_cast<unsigned char>(t[at - 2]))
                                       : std::isalpha(c) || c == ')' || c == '?' || c == ':' || c == '\'' ||
                                             c == 0x99 || c == 0x9D;  // last bytes of ’ and ”
        if (word_end) found = at;
    }
    return found;
}

// The marker a footnote refers to, nearest above it on this page or the one before; it is
// removed from the text so the word it is glued to can be searched ("carers1" -> "carers").
bool take_marker(std::vector<Line>& lines, std::size_t from, std::size_t k, std::string_view n) {
    for (std::size_t j = k; j-- > from;) {
        if (lines[j].debris) continue;
        auto at = glued_marker(lines[j].text, n);
        if (at == std::string_view::npos) continue;
        lines[j].text.erase(at, n.size());
        return true;
    }
    return false;
}

// Footnotes: pdftotext prints them at the foot of the page as a bare number line, then the
// note, then the running footer and page number. Walking up from the page end, short runs
// of text each headed by a bare number whose marker is glued to a word earlier on the page
// (or the page before) are footnotes.
void mark_page_footnotes(std::vector<Line>& lines, std::size_t ps, std::size_t pe, std::size_t prev_start) {
    std::vector<std::size_t> run;
    bool foot = false;  // below the last line of the page's body: page number or running footer seen
    for (std::size_t k = pe; k-- > ps;) {
        const Line& l = lines[k];
        if (l.blank()) continue;
        if (is_bare_number(l.text) && l.text.size() <= 2 && l.text[0] != '0') {
            if (run.empty()) {
                foot = true;  // the page number
                continue;
            }
            // A note is a phrase or sentence; a lone word ("Inadequate") is a table cell the
            // page number was printed beside.
            if (lines[run.back()].text.find(' ') == std::string::npos) return;
            if (!take_marker(lines, prev_start, k, l.text)) return;
            for (auto r : run) lines[r].debris = lines[r].footnote = true;
            run.clear();
            continue;
        }
        if (l.debris) {
            foot = true;
            if (run.empty()) continue;  // running footer below the notes
            return;
        }
        // Notes sit above the page number or footer; a page ending in text has none.
        if (!foot) return;
        run.push_back(k);
        if (run.size() > 6) return;  // body text, not a note
    }
}

void mark_footnotes(std::vector<Line>& lines) {
    std::size_t ps = 0, prev_start = 0;
    for (std::size_t i = 1; i <= lines.size(); ++i) {
        if (i < lines.size() && lines[i].page == lines[ps].page) continue;
        mark_page_footnotes(lines, ps, i, prev_start);
        prev_start = ps;
        ps = i;
    }
}

}  // namespace

void mark_debris(std::vector<Line>& lines) {
    for (auto& l : lines)
        if (is_simple_debris(l)) l.debris = true;
    mark_running_lines(lines);
    mark_contents(lines);
    if (!lines.empty() && lines.back().page > 0) mark_footnotes(lines);
    const bool paged = !lines.empty() && lines.back().page > 0;
    if (!paged) mark_web_footer(lines);
}

}  // namespace assay
