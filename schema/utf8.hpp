// UTF-8 checks shared by the indexer (source files) and the query side (user input).
#pragma once

#include <string>
#include <string_view>

namespace assay {

// Strict: rejects overlong forms, surrogates, values past U+10FFFF and truncated sequences.
bool is_valid_utf8(std::string_view s);

// Length of the valid UTF-8 sequence starting at s[i], or 0 when the bytes there are not one.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);

// s with every invalid sequence replaced by U+FFFD.
std::string sanitize_utf8(std::string_view s);

}  // namespace assay
