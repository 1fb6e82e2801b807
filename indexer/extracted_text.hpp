// Text hygiene shared by every reader: what the parser is handed is valid UTF-8 without C0
// controls other than tab, line feed, form feed and carriage return.
#pragma once

#include <string>
#include <string_view>

namespace assay {

// Removes C0 controls but \t \n \f \r, in place.
void strip_controls(std::string& text);

// Invalid sequences become U+FFFD; controls go (strip_controls).
std::string clean_extracted_text(std::string_view text);

// Whether any letter or digit is left (a scanned PDF has none).
bool has_words(std::string_view text);

}  // namespace assay
