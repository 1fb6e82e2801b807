// The lead inspector's name, from the forms reports print it in:
//   "Lead inspector: Naintara Khosla, His Majesty's Inspector"   (label, name after it)
//   "Lead inspector" / "Chris Sands HMI"                          (label, name on the next line)
//   "Mr Chris Ellison, Ofsted Lead inspector"                     (team list, name before it)
//   "Yours sincerely" / "Amanda Maxwell"                           (letters: the signatory)
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/normalise.hpp"
#include "schema/report.hpp"

namespace assay {

std::string lead_inspector(const std::vector<Line>& lines, std::size_t begin, std::size_t end, DocType type);

// A person's name with titles, roles and trailing punctuation removed; "" when what is left
// does not look like a name (2-5 words, capitalised).
std::string clean_person_name(std::string_view s);

}  // namespace assay
