// A paragraph's signature: its wording with the names, numbers and dates that change from
// one report to the next set aside. Copies of one paragraph (a committee pack that embeds a
// published report, two authorities that share one) and template text that recurs across
// reports ("The local area partnership's arrangements lead to ...") share a signature; a
// finding written for one report has its own. Search collapses hits that share one and
// weighs a paragraph less the more reports repeat it.
#pragma once

#include <cstdint>
#include <string_view>

namespace assay {

// A 64-bit hash, never 0. Long paragraphs are keyed by their lower-case words only; short ones
// (fewer than kSignatureMinWords such words) by all their letters and digits, so "Good" and
// "Inadequate" differ. Stored in kSlotSignature (schema/fields.hpp), shown as 16 hex digits.
std::uint64_t paragraph_signature(std::string_view text);

inline constexpr std::size_t kSignatureMinWords = 8;

}  // namespace assay
