// The document model: what one parsed report is, independent of how it is stored.
//
// A source file yields one or more Reports (a committee pack that embeds an inspection
// report yields the pack and the embedded report, linked by `part_of`). A Report is a
// sequence of Sections, each a sequence of Paragraphs; the Paragraph is the unit of search.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace assay {

// Kinds of document. The facet value is the snake_case name (`type:focused_visit`).
enum class DocType {
    inspection_report,  // graded inspection (2012-13 protection/LAC, SIF, ILACS, LSCB review)
    focused_visit,      // ILACS focused-visit letter (ungraded)
    monitoring_visit,   // monitoring visit letter to an inadequate authority
    joint_inspection,   // JTAI letter (Ofsted + CQC + HMICFRS + HMIP)
    send_inspection,    // local area SEND inspection
    press_release,      // press article or news release about an inspection
    committee_paper,    // council committee pack / improvement plan
    other,
};

// Canonical section kinds (`section:recommendations`).
enum class SectionKind {
    front_matter,  // title page, contents, judgement table
    summary,       // executive summary, headline findings, summary of key findings
    overall_effectiveness,
    help_and_protection,
    looked_after,  // children in care / looked after / permanence / adoption
    care_leavers,
    leadership,  // leadership, management and governance; impact of leaders
    quality_of_practice,
    recommendations,  // areas for improvement, what needs to improve, next steps
    lscb,             // local safeguarding children board
    summary_for_children,
    information_about_area,
    about_inspection,  // about this inspection, inspection team, judgements and what they mean
    findings,          // main findings, inspection findings, strengths (ungraded letters)
    improvement_plan,
    other,
};

struct Date {
    int year = 0, month = 0, day = 0;
    bool valid() const { return year > 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31; }
    std::string iso() const;  // "2012-12-03", "" when invalid
    static std::optional<Date> parse_iso(std::string_view s);
    int ordinal() const { return year * 10000 + month * 100 + day; }  // sortable yyyymmdd
    friend bool operator==(const Date&, const Date&) = default;
};

struct Authority {
    std::string name;      // canonical short name, "Greenwich"
    std::string ons_code;  // "E09000011"
    bool known() const { return !ons_code.empty(); }
};

// Ordinal scale shared by all frameworks: 1 best .. 4 worst, 0 = not a grade.
// The word keeps the framework's own wording: Adequate (2012-13) is not Requires improvement.
struct Grade {
    std::string word;  // as the report writes it, capitalised: "Good", "Requires improvement"
    int ordinal = 0;
};

struct Judgement {
    std::string area;   // canonical area key, see schema/judgement_areas.hpp
    std::string label;  // the heading or sentence subject as printed
    Grade grade;
};

struct Recommendation {
    std::string text;
    std::string timescale;  // "Immediately", "Within three months", "" when none
    std::string number;     // printed paragraph number when numbered ("101")
    bool priority = false;  // "priority action" / "areas for priority action"
};

struct Paragraph {
    std::string number;           // as printed ("48", "4.1.3"), empty when unnumbered
    std::string text;             // reader-quotable text: markup removed, line breaks joined
    std::size_t byte_offset = 0;  // of the first character in the source file
    std::size_t line = 0;         // 1-based line in the source file (in the extracted text for a PDF)
    std::uint32_t page = 0;       // 1-based page it starts on; 0 when the source has no pages
    bool list_item = false;
    bool table_row = false;
};

struct Section {
    std::string heading;  // as written
    SectionKind kind = SectionKind::other;
    std::vector<Paragraph> paragraphs;
};

struct Report {
    std::string id;                      // stable, derived from the source path (and part index)
    std::string source;                  // path as given to the indexer
    std::string fingerprint;             // content hash (hex) of the source bytes
    std::string stamp;                   // the source's size, times and inode when read (file_stamp)
    std::optional<std::string> part_of;  // id of the containing report (embedded reports)
    std::string format = "text";         // what the source file was: text, html, pdf, docx
    std::uint32_t pages = 0;             // pages of the source (PDF, or text with form feeds); 0 = none

    DocType type = DocType::other;
    std::string title;
    Authority authority;
    std::string framework;        // framework key, see schema/frameworks.hpp ("" = none)
    std::string framework_title;  // as printed
    std::optional<Date> inspection_start, inspection_end, published, meeting_date;
    std::string lead_inspector;
    std::vector<Judgement> judgements;
    std::vector<Recommendation> recommendations;
    std::vector<Section> sections;

    // The date that places the report in time: inspection end, else start, else
    // publication, else meeting date.
    std::optional<Date> principal_date() const;
    // The overall-effectiveness judgement when there is one.
    const Judgement* overall() const;
    std::size_t paragraph_count() const;
};

std::string_view to_string(DocType);
std::string_view to_string(SectionKind);
std::optional<DocType> doc_type_from_string(std::string_view);
std::optional<SectionKind> section_kind_from_string(std::string_view);
const std::vector<std::string_view>& all_doc_type_names();
const std::vector<std::string_view>& all_section_kind_names();

}  // namespace assay
