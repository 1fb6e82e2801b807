// Grade words of every framework, on one ordinal scale, and their facet keys.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schema/report.hpp"

namespace assay {

// Recognise a grade word or phrase as printed ("good", "Requires improvement to be good",
// "require improvement", "adequate", "inadequate", "outstanding") and return it with the
// framework's own capitalised word and its ordinal. Case and surrounding spaces are ignored.
std::optional<Grade> parse_grade(std::string_view text);

// Facet key of a grade word: "good", "requires_improvement", "adequate", ...
std::string grade_key(const Grade& g);

// The facet keys users may type after `grade:`, and the words each stands for.
struct GradeKeyInfo {
    std::string_view key;
    std::string_view label;
    int ordinal;
};
const std::vector<GradeKeyInfo>& grade_keys();
// "requires improvement", "Requires Improvement", "requires_improvement", "ri" -> key.
std::optional<std::string> grade_key_from_user(std::string_view text);

}  // namespace assay
