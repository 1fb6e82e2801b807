// normalise: split the source into cleaned lines, keeping offsets into the original.
#include "indexer/normalise.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "indexer/parse_text.hpp"

namespace assay {
namespace {

// Output buffer that remembers which raw byte each output byte came from.
struct Out {
    std::string s;
    std::vector<std::uint32_t>* map;
    bool pending_cell = false;  // a tab was seen since the last content
    bool any_cell = false;
    void put(char c, std::size_t raw) {
        if (pending_cell && c != ' ') {
            while (!s.empty() && s.back() == ' ') pop();
            if (!s.empty()) {
                any_cell = true;
                for (char k : std::string_view(" | ")) push(k, raw);
            }
            pending_cell = false;
        }
        if (c == ' ' && (s.empty() || s.back() == ' ')) return;
        push(c, raw);
    }
    void push(char c, std::size_t raw) {
        s.push_back(c);
        if (map) map->push_back(static_cast<std::uint32_t>(raw));
    }
    void pop() {
        s.pop_back();
        if (map) map->pop_back();
    }
};

bool tag_name_is(std::string_view name, std::initializer_list<std::string_view> names) {
    for (auto n : names)
        if (name == n) return true;
    return false;
}

// An HTML tag starting at raw[i] == '<': its end (one past '>'), or 0 when it is not a tag.
std::size_t tag_end(std::string_view raw, std::size_t i, std::string& name, bool& closing) {
    std::size_t j = i + 1;
    closing = j < raw.size() && raw[j] == '/';
    if (closing) ++j;
    std::size_t n0 = j;
    while (j < raw.size() && std::isalnum(static_cast<unsigned char>(raw[j]))) ++j;
    if (j == n0 || !std::isalpha(static_cast<unsigned char>(raw[n0]))) return 0;
    name.assign(raw.substr(n0, j - n0));
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (j < raw.size() && raw[j] != '>' && raw[j] != ' ' && raw[j] != '/') return 0;
    std::size_t close = raw.find('>', j);
    if (close == std::string_view::npos || close - i > 400) return 0;
    if (raw.substr(j, close - j).find('<') != std::string_view::npos) return 0;
    return close + 1;
}

struct Entity {
    std::string_view name;
    char repl;
};
constexpr Entity kEntities[] = {{"&amp;", '&'},  {"&lt;", '<'},    {"&gt;", '>'},  {"&quot;", '"'},
                                {"&#39;", '\''}, {"&apos;", '\''}, {"&nbsp;", ' '}};

bool is_cell_tag(std::string_view name) { return tag_name_is(name, {"td", "th"}); }

}  // namespace

std::string clean_line(std::string_view raw, std::uint8_t* md_level, bool* bold, bool* tabbed,
                       std::vector<std::uint32_t>* map) {
    Out out{{}, map};
    out.s.reserve(raw.size());
    std::size_t i = 0;
    while (i < raw.size() && (raw[i] == ' ' || raw[i] == '\t')) ++i;
    std::uint8_t level = 0;
    {
        std::size_t j = i;
        while (j < raw.size() && raw[j] == '#' && j - i < 6) ++j;
        if (j > i && j < raw.size() && raw[j] == ' ') {
            level = static_cast<std::uint8_t>(j - i);
            i = j + 1;
        }
    }
    const std::size_t content_start = i;
    // Markdown "* item" / "+ item" bullets read as "- item".
    if (i + 1 < raw.size() && (raw[i] == '*' || raw[i] == '+') && raw[i + 1] == ' ') {
        out.put('-', i);
        out.put(' ', i + 1);
        i += 2;
    }
    std::string name;
    while (i < raw.size()) {
        const unsigned char c = static_cast<unsigned char>(raw[i]);
        if (c == '\t') {
            out.pending_cell = true;
            ++i;
        } else if (c == '*') {
            ++i;  // emphasis
        } else if (c == '_' && i + 1 < raw.size() && raw[i + 1] == '_') {
            i += 2;
        } else if (c == '<') {
            bool closing = false;
            std::size_t end = tag_end(raw, i, name, closing);
            if (!end) {
                out.put('<', i++);
                continue;
            }
            if (name == "sup" && !closing) {
                // Footnote markers (<sup>1</sup>) go; ordinal suffixes (18<sup>th</sup>) stay.
                std::size_t close = raw.find("</sup>", end);
                if (close != std::string_view::npos) {
                    auto inner = raw.substr(end, close - end);
                    bool digits = !inner.empty() && std::all_of(inner.begin(), inner.end(), [](char ch) {
                        return std::isdigit(static_cast<unsigned char>(ch)) || ch == ',' || ch == ' ' || ch == '*';
                    });
                    if (digits) {
                        i = close + 6;
                        continue;
                    }
                    while (!out.s.empty() && out.s.back() == ' ') out.pop();  // "31 <sup>st</sup>"
                }
            } else if (is_cell_tag(name) && !closing) {
                out.pending_cell = true;
            } else if (tag_name_is(name, {"br", "p", "li", "div", "tr", "ul", "ol"})) {
                out.put(' ', i);
            }
            i = end;
        } else if (c == '&') {
            bool done = false;
            for (const auto& e : kEntities)
                if (raw.substr(i, e.name.size()) == e.name) {
                    out.put(e.repl, i);
                    i += e.name.size();
                    done = true;
                    break;
                }
            if (!done) out.put('&', i++);
        } else if (c == '[') {
            // [text](url) -> text
            std::size_t close = raw.find(']', i);
            if (close != std::string_view::npos && close - i < 300 && close + 1 < raw.size() && raw[close + 1] == '(') {
                std::size_t paren = raw.find(')', close);
                if (paren != std::string_view::npos) {
                    for (std::size_t k = i + 1; k < close; ++k) out.put(raw[k], k);
                    i = paren + 1;
                    continue;
                }
            }
            out.put('[', i++);
        } else if (c == 0xC2 && i + 1 < raw.size() && (static_cast<unsigned char>(raw[i + 1]) == 0xA0)) {
            out.put(' ', i);
            i += 2;
        } else if (c == 0xC2 && i + 1 < raw.size() && static_cast<unsigned char>(raw[i + 1]) == 0xAD) {
            i += 2;  // soft hyphen
        } else if (c == 0xC2 && i + 1 < raw.size() && static_cast<unsigned char>(raw[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(raw[i + 1]) <= 0x9F) {
            i += 2;  // C1 control: a bullet glyph some converters mis-map (U+0083 in the 2009 review)
        } else if (c == 0xEF && i + 2 < raw.size() && static_cast<unsigned char>(raw[i + 1]) == 0xAC &&
                   static_cast<unsigned char>(raw[i + 2]) <= 0x84) {
            static constexpr std::string_view kLig[] = {"ff", "fi", "fl", "ffi", "ffl"};
            for (char k : kLig[static_cast<unsigned char>(raw[i + 2]) - 0x80]) out.put(k, i);
            i += 3;
        } else if (c == 0xE2 && raw.substr(i, 3) == "\xE2\x88\x92") {
            out.put('-', i);  // minus sign
            i += 3;
        } else if ((c == 0xEF && raw.substr(i, 3) == "\xEF\xBB\xBF") ||
                   (c == 0xE2 && raw.substr(i, 3) == "\xE2\x80\x8B")) {
            i += 3;  // BOM, zero-width space
        } else if (c < 0x20 || c == 0x7F) {
            out.put(' ', i++);
        } else {
            out.put(static_cast<char>(c), i++);
        }
    }
    while (!out.s.empty() && (out.s.back() == ' ' || out.s.back() == '|' || out.s.back() == '\\')) out.pop();
    if (md_level) *md_level = level;
    if (tabbed) *tabbed = out.any_cell;
    if (bold) {
        auto t = trim(raw.substr(content_start));
        bool starts =
            t.starts_with("**") || t.starts_with("<b>") || t.starts_with("<p><b>") || t.starts_with("<strong>");
        bool ends = t.ends_with("**") || t.ends_with("</b>") || t.ends_with("</b></p>") || t.ends_with("</strong>");
        *bold = starts && ends && !out.any_cell && !out.s.empty();
    }
    return std::move(out.s);
}

std::vector<Line> split_lines(std::string_view text) {
    std::vector<Line> lines;
    lines.reserve(text.size() / 60 + 8);
    std::uint32_t number = 1, page = 0;
    std::size_t start = 0;
    auto emit = [&](std::size_t end) {
        std::size_t len = end - start;
        if (len && text[end - 1] == '\r') --len;
        Line l;
        l.offset = start;
        l.length = len;
        l.number = number;
        l.page = page;
        l.text = clean_line(text.substr(start, len), &l.md_level, &l.bold, &l.tabbed);
        lines.push_back(std::move(l));
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\n') {
            emit(i);
            ++number;
            start = i + 1;
        } else if (c == '\f') {
            if (i > start) emit(i);  // a form feed mid-line splits it
            ++page;
            start = i + 1;
        }
    }
    if (start < text.size()) emit(text.size());
    return lines;
}

std::size_t source_offset(std::string_view source, const Line& line, std::size_t clean_pos) {
    std::vector<std::uint32_t> map;
    clean_line(source.substr(line.offset, line.length), nullptr, nullptr, nullptr, &map);
    if (map.empty()) return line.offset;
    return line.offset + map[std::min(clean_pos, map.size() - 1)];
}

}  // namespace assay
