// Paragraph size limits: a paragraph longer than kMaxParagraphBytes (a file with no line
// breaks, a table flattened into one line) is split at spaces into several paragraphs with the
// same printed number, so no single document grows without bound in memory or in the index.
#pragma once

#include <cstddef>

#include "schema/report.hpp"

namespace assay {

// 7 KB, so a paragraph's stored record stays under Xapian's 8 KB block: libxapian 1.4.22
// writes some compressed document-data tags a little over a block (8,231 bytes of repetitive
// prose, for one) that it then cannot read back ("Too few chunks of compressed data").
// Reproduced with Xapian alone; records up to 8,179 bytes were always read back.
inline constexpr std::size_t kMaxParagraphBytes = 7 * 1024;

// Returns how many paragraphs were split.
std::size_t split_long_paragraphs(Report& r, std::size_t max_bytes = kMaxParagraphBytes);

}  // namespace assay
