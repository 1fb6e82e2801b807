// Canonical judgement areas: the keys Judgement::area holds, one per thing a framework grades.
//
// Keys are lower-case phrases ("help and protection"), stable across frameworks where the
// thing graded is the same, distinct where it is not: 2012-13 "leadership and governance",
// SIF "leadership, management and governance" and ILACS "impact of leaders" stay apart.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace assay {

struct JudgementAreaInfo {
    std::string_view key;    // "help and protection"
    std::string_view title;  // a typical printed label
};

const std::vector<JudgementAreaInfo>& judgement_areas();
bool is_judgement_area(std::string_view key);

// Area key for a printed judgement label or sentence subject, or nullopt when the text names
// no graded area. Case, numbering ("2.1"), markup and line breaks are ignored:
// "The experiences and progress of children who need help and protection" -> "help and protection",
// "2.2 Experiences and progress of care leavers" -> "care leavers",
// "Overall effectiveness of services for looked after children" -> "overall effectiveness".
std::optional<std::string_view> judgement_area_for_label(std::string_view label);

// The area key of the SEND (2023) inspection outcome; its grades are Positive /
// Inconsistent / Significant concerns (ordinals 2 / 3 / 4).
inline constexpr std::string_view kSendOutcomeArea = "send outcome";

}  // namespace assay
