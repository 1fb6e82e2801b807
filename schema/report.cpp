#include "schema/report.hpp"

#include <array>
#include <charconv>
#include <cstdio>

namespace assay {

std::string Date::iso() const {
    if (!valid()) return {};
    char buf[32];  // room for any three ints, though a valid date needs 11 bytes
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

std::optional<Date> Date::parse_iso(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    Date d;
    auto num = [&](std::size_t at, std::size_t n, int& out) {
        auto r = std::from_chars(s.data() + at, s.data() + at + n, out);
        return r.ec == std::errc{} && r.ptr == s.data() + at + n;
    };
    if (!num(0, 4, d.year) || !num(5, 2, d.month) || !num(8, 2, d.day) || !d.valid()) return std::nullopt;
    return d;
}

std::optional<Date> Report::principal_date() const {
    for (const auto* d : {&inspection_end, &inspection_start, &published, &meeting_date})
        if (*d && (*d)->valid()) return *d;
    return std::nullopt;
}

const Judgement* Report::overall() const {
    for (const auto& j : judgements)
        if (j.area == "overall effectiveness") return &j;
    return nullptr;
}

std::size_t Report::paragraph_count() const {
    std::size_t n = 0;
    for (const auto& s : sections) n += s.paragraphs.size();
    return n;
}

namespace {
constexpr std::array<std::string_view, 8> kDocTypeNames{
    "inspection_report", "focused_visit", "monitoring_visit", "joint_inspection",
    "send_inspection",   "press_release", "committee_paper",  "other"};
constexpr std::array<std::string_view, 16> kSectionKindNames{"front_matter",
                                                             "summary",
                                                             "overall_effectiveness",
                                                             "help_and_protection",
                                                             "looked_after",
                                                             "care_leavers",
                                                             "leadership",
                                                             "quality_of_practice",
                                                             "recommendations",
                                                             "lscb",
                                                             "summary_for_children",
                                                             "information_about_area",
                                                             "about_inspection",
                                                             "findings",
                                                             "improvement_plan",
                                                             "other"};
static_assert(kDocTypeNames.size() == static_cast<std::size_t>(DocType::other) + 1);
static_assert(kSectionKindNames.size() == static_cast<std::size_t>(SectionKind::other) + 1);

template <typename Enum, std::size_t N>
std::optional<Enum> from_name(const std::array<std::string_view, N>& names, std::string_view s) {
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == s) return static_cast<Enum>(i);
    return std::nullopt;
}
}  // namespace

std::string_view to_string(DocType t) { return kDocTypeNames[static_cast<std::size_t>(t)]; }
std::string_view to_string(SectionKind k) { return kSectionKindNames[static_cast<std::size_t>(k)]; }
std::optional<DocType> doc_type_from_string(std::string_view s) { return from_name<DocType>(kDocTypeNames, s); }
std::optional<SectionKind> section_kind_from_string(std::string_view s) {
    return from_name<SectionKind>(kSectionKindNames, s);
}
const std::vector<std::string_view>& all_doc_type_names() {
    static const std::vector<std::string_view> v(kDocTypeNames.begin(), kDocTypeNames.end());
    return v;
}
const std::vector<std::string_view>& all_section_kind_names() {
    static const std::vector<std::string_view> v(kSectionKindNames.begin(), kSectionKindNames.end());
    return v;
}

}  // namespace assay
