// Small text helpers shared by the parser's steps (ASCII-oriented: the structure words of
// reports are ASCII; other UTF-8 passes through untouched).
#pragma once

#include <initializer_list>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace assay {

// ASCII character classes, inline: the <cctype> ones are locale calls and showed in profiles.
inline bool ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool ascii_alpha(unsigned char c) { return ascii_upper(c) || (c >= 'a' && c <= 'z'); }
inline bool ascii_alnum(unsigned char c) { return ascii_alpha(c) || (c >= '0' && c <= '9'); }
inline char ascii_lower(unsigned char c) { return static_cast<char>(ascii_upper(c) ? c + 32 : c); }

std::string_view trim(std::string_view s);
std::string lower_ascii(std::string_view s);
bool starts_with_ci(std::string_view s, std::string_view prefix);
bool contains_ci(std::string_view s, std::string_view needle);
std::size_t find_ci(std::string_view s, std::string_view needle, std::size_t from = 0);

// Number of UTF-8 code points (for line-width estimates).
std::size_t utf8_length(std::string_view s);

// First character class, skipping opening quotes and brackets.
bool starts_lower(std::string_view s);
bool starts_upper_or_digit(std::string_view s);

// Ends with sentence punctuation (. ! ? optionally followed by closing quotes/brackets).
bool ends_sentence(std::string_view s);
// Ends with any clause punctuation (. ! ? : ;).
bool ends_clause(std::string_view s);

// "12", "107" (1-3 digits, nothing else)
bool is_bare_number(std::string_view s);

std::string_view first_word(std::string_view s);
std::string_view last_word(std::string_view s);

// Whether the first / last word of s, lower-cased, is one of `words`.
bool first_word_in(std::string_view s, std::initializer_list<std::string_view> words);
bool last_word_in(std::string_view s, std::initializer_list<std::string_view> words);

// 1..12 from "January" / "Jan" / "Sept" (case-insensitive), nullopt otherwise.
std::optional<int> month_from_name(std::string_view word);

}  // namespace assay
