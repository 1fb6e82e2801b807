// Paragraph size limits: a paragraph longer than kMaxParagraphBytes (a file with no line
// breaks, a table flattened into one line) is split at spaces into several paragraphs with the
// same printed number, so no single document grows without bound in memory or in the index.
#pragma once

#include <cstddef>

#include "schema/report.hpp"

namespace assay {

inline constexpr std::size_t kMaxParagraphBytes = 32 * 1024;

// Returns how many paragraphs were split.
std::size_t split_long_paragraphs(Report& r, std::size_t max_bytes = kMaxParagraphBytes);

}  // namespace assay
