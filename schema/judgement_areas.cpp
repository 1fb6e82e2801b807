// Judgement area keys and the mapping from printed labels to them.
#include "schema/judgement_areas.hpp"

#include <cctype>
#include <string>

namespace assay {

const std::vector<JudgementAreaInfo>& judgement_areas() {
    static const std::vector<JudgementAreaInfo> list{
        {"overall effectiveness", "Overall effectiveness"},
        {"help and protection", "The experiences and progress of children who need help and protection"},
        {"quality of practice", "The quality of practice"},
        {"leadership and governance", "Leadership and governance"},
        {"impact of leaders", "The impact of leaders on social work practice with children and families"},
        {"children in care and care leavers", "The experiences and progress of children in care and care leavers"},
        {"children in care", "The experiences and progress of children in care"},
        {"care leavers", "The experiences and progress of care leavers"},
        {"looked after and achieving permanence", "Children looked after and achieving permanence"},
        {"adoption performance", "Adoption performance"},
        {"leadership, management and governance", "Leadership, management and governance"},
        {"local safeguarding children board", "The effectiveness of the Local Safeguarding Children Board"},
        {"capacity to improve", "Capacity to improve"},
        {"outcomes", "Outcomes for looked after children and young people"},
        {"quality of provision", "Quality of provision"},
        {"leadership and management", "Leadership and management"},
        {"send outcome", "Inspection outcome"},
    };
    return list;
}

bool is_judgement_area(std::string_view key) {
    for (const auto& a : judgement_areas())
        if (a.key == key) return true;
    return false;
}

namespace {

// Lower-case letters and commas with single spaces; digits and other marks dropped, so
// "2.1 Adoption performance" and "**Adoption performance**" fold alike.
std::string fold_label(std::string_view text) {
    std::string out;
    for (unsigned char c : text) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {  // ASCII: <cctype> is a locale call
            out.push_back(static_cast<char>(c | 0x20));
        } else if (c == ',' || c == '&') {
            while (!out.empty() && out.back() == ' ') out.pop_back();
            if (c == ',')
                out.push_back(',');
            else
                out += " and";
            out.push_back(' ');
        } else if (!out.empty() && out.back() != ' ') {
            out.push_back(' ');
        }
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == ',')) out.pop_back();
    return out;
}

bool has(const std::string& s, std::string_view what) { return s.find(what) != std::string::npos; }

}  // namespace

std::optional<std::string_view> judgement_area_for_label(std::string_view label) {
    const std::string f = fold_label(label);
    if (f.empty() || f.size() > 220) return std::nullopt;
    // Order matters: the more specific phrase first.
    if (has(f, "overall effectiveness") || has(f, "overall judgement")) return "overall effectiveness";
    if (has(f, "impact of leaders")) return "impact of leaders";
    if (has(f, "safeguarding children board") || has(f, "lscb")) return "local safeguarding children board";
    if (has(f, "help and protection")) return "help and protection";
    if (has(f, "children in care and care leavers") || has(f, "looked after and care leavers"))
        return "children in care and care leavers";
    if (has(f, "achieving permanence") || (has(f, "looked") && has(f, "permanence")))
        return "looked after and achieving permanence";
    if (has(f, "adoption performance") || f == "adoption") return "adoption performance";
    // "The experiences and progress of children care leavers": a 2025 table misprint.
    if (has(f, "progress of care leavers") || has(f, "progress of children care leavers") || f == "care leavers")
        return "care leavers";
    if (has(f, "progress of children in care") || f == "children in care") return "children in care";
    if (has(f, "leadership, management and governance") || has(f, "leadership, management, and governance"))
        return "leadership, management and governance";
    if (has(f, "leadership and governance")) return "leadership and governance";
    if (has(f, "leadership and management")) return "leadership and management";
    if (has(f, "quality of practice")) return "quality of practice";
    if (has(f, "capacity to improve")) return "capacity to improve";
    if (f.rfind("outcomes for looked after", 0) == 0 || f.rfind("the outcomes for looked after", 0) == 0)
        return "outcomes";
    if (f == "quality of provision" || f == "the quality of provision") return "quality of provision";
    if (f == "inspection outcome") return "send outcome";
    return std::nullopt;
}

}  // namespace assay
