// Hand-written date scanning (no regex: metadata is parsed for every file).
#include "indexer/parse_dates.hpp"

#include <cctype>
#include <string>
#include <vector>

#include "indexer/parse_text.hpp"

namespace assay {
namespace {

enum class Tok { day, month, year, sep, word };
struct Token {
    Tok kind;
    int value = 0;
};

// "12/09/2016" or "1/06/2015": bytes used, 0 when not a numeric date.
std::size_t numeric_date(std::string_view s, int& d, int& m, int& y) {
    std::size_t i = 0;
    auto num = [&](int& out, std::size_t min, std::size_t max) {
        std::size_t j = i;
        out = 0;
        while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j])) && j - i < max)
            out = out * 10 + (s[j++] - '0');
        if (j - i < min || (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j])))) return false;
        i = j;
        return true;
    };
    if (!num(d, 1, 2) || i >= s.size() || s[i] != '/') return 0;
    ++i;
    if (!num(m, 1, 2) || i >= s.size() || s[i] != '/') return 0;
    ++i;
    if (!num(y, 4, 4) || d < 1 || d > 31 || m < 1 || m > 12 || y < 1990) return 0;
    return i;
}

// Tokens of the text: numbers, month names, range separators (– - — to and until), words.
std::vector<Token> tokenize(std::string_view s, std::size_t limit) {
    std::vector<Token> out;
    std::size_t i = 0;
    while (i < s.size() && out.size() < limit) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (std::isdigit(c)) {
            // 12/09/2016
            int d = 0, m = 0, y = 0;
            if (std::size_t used = numeric_date(s.substr(i), d, m, y)) {
                out.push_back({Tok::day, d});
                out.push_back({Tok::month, m});
                out.push_back({Tok::year, y});
                i += used;
                continue;
            }
            std::size_t j = i;
            while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
            int v = std::stoi(std::string(s.substr(i, std::min<std::size_t>(j - i, 6))));
            std::size_t len = j - i;
            // ordinal suffix: 1st 2nd 3rd 18th
            std::size_t k = j;
            while (k < s.size() && std::isalpha(static_cast<unsigned char>(s[k])) && k - j < 2) ++k;
            std::string suf = lower_ascii(s.substr(j, k - j));
            bool ordinal = suf == "st" || suf == "nd" || suf == "rd" || suf == "th";
            if (ordinal) j = k;
            if (len <= 2 && v >= 1 && v <= 31)
                out.push_back({Tok::day, v});
            else if (len == 4 && v >= 1990 && v <= 2099)
                out.push_back({Tok::year, v});
            else
                out.push_back({Tok::word, 0});
            i = j;
        } else if (std::isalpha(c)) {
            std::size_t j = i;
            while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) ++j;
            auto w = s.substr(i, j - i);
            if (auto m = month_from_name(w))
                out.push_back({Tok::month, *m});
            else if (w == "to" || w == "and" || w == "until" || w == "till")
                out.push_back({Tok::sep, 0});
            else if (w == "of" && !out.empty() && out.back().kind == Tok::day) {
                // "15 and 16 of May 2018"
            } else
                out.push_back({Tok::word, 0});
            i = j;
        } else if (c == '-' || s.substr(i, 3) == "\xE2\x80\x93" || s.substr(i, 3) == "\xE2\x80\x94") {
            out.push_back({Tok::sep, 0});
            i += c == '-' ? 1 : 3;
        } else {
            ++i;  // spaces, commas, full stops
        }
    }
    return out;
}

struct Part {
    int day = 0, month = 0, year = 0;
};

// Parse a date expression starting at token `i` (a day). Returns parts read (1 or 2).
int read_parts(const std::vector<Token>& t, std::size_t i, Part& a, Part& b) {
    Part* cur = &a;
    int parts = 1;
    for (; i < t.size(); ++i) {
        const auto& k = t[i];
        if (k.kind == Tok::day) {
            if (cur->day) {
                if (cur->month || parts == 2) break;
                // "3 12 December": treat as a range
                if (parts == 2) break;
                cur = &b;
                parts = 2;
            }
            cur->day = k.value;
        } else if (k.kind == Tok::month) {
            if (cur->month) break;
            cur->month = k.value;
        } else if (k.kind == Tok::year) {
            cur->year = k.value;
            if (parts == 2) break;
        } else if (k.kind == Tok::sep) {
            if (parts == 2 || !cur->day) break;
            if (i + 1 >= t.size() || t[i + 1].kind != Tok::day) break;
            cur = &b;
            parts = 2;
        } else {
            break;
        }
    }
    return parts;
}

bool complete(const Part& p) { return p.day && p.month && p.year; }

}  // namespace

std::optional<DateRange> find_date_range(std::string_view text, int default_year) {
    auto toks = tokenize(text, 400);
    for (std::size_t i = 0; i < toks.size(); ++i) {
        if (toks[i].kind != Tok::day) continue;
        Part a, b;
        int parts = read_parts(toks, i, a, b);
        if (!a.year && !b.year && default_year) {
            // "Between 16 May and 20 May": the year of the letter (or the one before it).
            (parts == 2 ? b : a).year = default_year;
        }
        if (parts == 2 && b.day) {
            if (!b.month) b.month = a.month;
            if (!b.year) b.year = a.year;
            if (!complete(b)) continue;
            if (!a.month) a.month = b.month;
            if (!a.year) a.year = (a.month > b.month) ? b.year - 1 : b.year;
            Date s{a.year, a.month, a.day}, e{b.year, b.month, b.day};
            if (!s.valid() || !e.valid() || s.ordinal() > e.ordinal()) continue;
            return DateRange{s, e};
        }
        if (complete(a)) {
            Date d{a.year, a.month, a.day};
            if (d.valid()) return DateRange{d, d};
        }
    }
    return std::nullopt;
}

std::optional<Date> find_date(std::string_view text) {
    auto toks = tokenize(text, 400);
    for (std::size_t i = 0; i + 2 < toks.size(); ++i) {
        if (toks[i].kind == Tok::day && toks[i + 1].kind == Tok::month && toks[i + 2].kind == Tok::year) {
            Date d{toks[i + 2].value, toks[i + 1].value, toks[i].value};
            if (d.valid()) return d;
        }
    }
    return std::nullopt;
}

}  // namespace assay
