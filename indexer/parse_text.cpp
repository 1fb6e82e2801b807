#include "indexer/parse_text.hpp"

#include <cctype>

namespace assay {
namespace {
// ASCII-only lower-casing, inline: std::tolower is a locale call and dominated profiles.
inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

// Opening quotes/brackets a paragraph may start with: ' " ( [ ‘ “
std::string_view skip_openers(std::string_view s) {
    while (!s.empty()) {
        if (s[0] == '\'' || s[0] == '"' || s[0] == '(' || s[0] == '[')
            s.remove_prefix(1);
        else if (s.starts_with("\xE2\x80\x98") || s.starts_with("\xE2\x80\x9C"))
            s.remove_prefix(3);
        else
            break;
    }
    return s;
}
}  // namespace

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = lower(c);
    return out;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (lower(s[i]) != lower(prefix[i])) return false;
    return true;
}

std::size_t find_ci(std::string_view s, std::string_view needle, std::size_t from) {
    if (needle.empty()) return from;
    const char first = lower(needle[0]);
    for (std::size_t i = from; i + needle.size() <= s.size(); ++i) {
        if (lower(s[i]) != first) continue;
        if (starts_with_ci(s.substr(i), needle)) return i;
    }
    return std::string_view::npos;
}

bool contains_ci(std::string_view s, std::string_view needle) { return find_ci(s, needle) != std::string_view::npos; }

std::size_t utf8_length(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

bool starts_lower(std::string_view s) {
    s = skip_openers(s);
    return !s.empty() && std::islower(static_cast<unsigned char>(s[0]));
}

bool starts_upper_or_digit(std::string_view s) {
    s = skip_openers(s);
    return !s.empty() &&
           (std::isupper(static_cast<unsigned char>(s[0])) || std::isdigit(static_cast<unsigned char>(s[0])));
}

bool ends_sentence(std::string_view s) {
    s = trim(s);
    // SIF reports tag paragraphs that lead to a recommendation: "... too long. (Recommendation)"
    // and sometimes drop the full stop before the tag.
    if (s.ends_with("(Recommendation)") || s.ends_with("(Recommendations)")) return true;
    while (!s.empty()) {
        if (s.back() == ')' || s.back() == '\'' || s.back() == '"' || s.back() == ']')
            s.remove_suffix(1);
        else if (s.ends_with("\xE2\x80\x99") || s.ends_with("\xE2\x80\x9D"))
            s.remove_suffix(3);
        else
            break;
    }
    return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?');
}

bool ends_clause(std::string_view s) {
    s = trim(s);
    return ends_sentence(s) || (!s.empty() && (s.back() == ':' || s.back() == ';'));
}

bool is_bare_number(std::string_view s) {
    if (s.empty() || s.size() > 3) return false;
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

std::string_view first_word(std::string_view s) {
    s = trim(s);
    auto sp = s.find(' ');
    return sp == std::string_view::npos ? s : s.substr(0, sp);
}

std::string_view last_word(std::string_view s) {
    s = trim(s);
    auto sp = s.rfind(' ');
    return sp == std::string_view::npos ? s : s.substr(sp + 1);
}

std::optional<int> month_from_name(std::string_view w) {
    static constexpr std::string_view kMonths[] = {"january",   "february", "march",    "april",
                                                   "may",       "june",     "july",     "august",
                                                   "september", "october",  "november", "december"};
    while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
    if (w.size() < 3) return std::nullopt;
    for (int m = 0; m < 12; ++m) {
        if (w.size() > kMonths[m].size()) continue;
        if (!starts_with_ci(kMonths[m], w)) continue;
        if (w.size() == kMonths[m].size() || w.size() == 3 || (m == 8 && w.size() == 4)) return m + 1;
    }
    return std::nullopt;
}

namespace {
bool word_in(std::string_view word, std::initializer_list<std::string_view> words) {
    std::string w = lower_ascii(word);
    for (auto candidate : words)
        if (w == candidate) return true;
    return false;
}
}  // namespace

bool first_word_in(std::string_view s, std::initializer_list<std::string_view> words) {
    return word_in(first_word(s), words);
}

bool last_word_in(std::string_view s, std::initializer_list<std::string_view> words) {
    return word_in(last_word(s), words);
}

}  // namespace assay
