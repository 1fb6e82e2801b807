// Small invented reports built directly as Report structs, so index and query tests do not
// depend on the parser.
#pragma once

#include <string>
#include <vector>

#include "schema/report.hpp"

namespace assay::testing {

inline Report make_report(const std::string& id, const std::string& authority, const std::string& code, Date end,
                          DocType type, const std::string& framework, const std::string& overall, int ordinal,
                          std::vector<std::pair<SectionKind, std::vector<std::string>>> sections) {
    Report r;
    r.id = id;
    r.source = "/reports/" + id + ".txt";
    r.type = type;
    r.authority = {authority, code};
    r.framework = framework;
    r.inspection_end = end;
    if (!overall.empty())
        r.judgements.push_back({"overall effectiveness", "Overall effectiveness", {overall, ordinal}});
    int number = 1;
    for (auto& [kind, paras] : sections) {
        Section s;
        s.kind = kind;
        s.heading = "Heading " + std::to_string(static_cast<int>(kind));
        for (auto& text : paras) {
            Paragraph p;
            p.number = std::to_string(number++);
            p.text = text;
            p.line = static_cast<std::size_t>(number) * 3;
            s.paragraphs.push_back(p);
        }
        r.sections.push_back(s);
    }
    return r;
}

// Four reports over three authorities, two years, three grades.
inline std::vector<Report> sample_reports() {
    return {
        make_report("brent2012", "Brent", "E09000005", {2012, 10, 31}, DocType::inspection_report, "protection_2012",
                    "Adequate", 3,
                    {{SectionKind::help_and_protection,
                      {"Police attendance at strategy discussions is consistent and timely.",
                       "The borough has high levels of domestic violence and the MARAC is well attended.",
                       "Return home interviews are not always completed for children missing from home."}},
                     {SectionKind::recommendations,
                      {"Ensure that strategy discussions always include the police.",
                       "Ensure that early help step down arrangements are clear."}}}),
        make_report("greenwich2012", "Greenwich", "E09000011", {2012, 12, 12}, DocType::inspection_report,
                    "protection_2012", "Good", 2,
                    {{SectionKind::help_and_protection,
                      {"Telephone strategy discussions routinely take place with the police.",
                       "The multi-agency safeguarding hub provides a timely response.",
                       "Caseloads are manageable and supervision is regular."}},
                     {SectionKind::leadership, {"Leaders know their services well."}}}),
        make_report("greenwich2019", "Greenwich", "E09000011", {2019, 5, 24}, DocType::inspection_report, "ilacs",
                    "Good", 2,
                    {{SectionKind::looked_after,
                      {"Care leavers benefit from staying put arrangements.",
                       "Foster carer recruitment has improved; the MASH is effective."}},
                     {SectionKind::recommendations, {"The quality of supervision."}}}),
        make_report("barnet2019", "Barnet", "E09000003", {2019, 7, 1}, DocType::focused_visit, "ilacs", "", 0,
                    {{SectionKind::findings,
                      {"Multiagency strategy meetings are held promptly, but police attendance is variable.",
                       "High caseloads in the assessment teams limit direct work.",
                       "Children's wishes and feelings are recorded well. <script>alert(1)</script>"}}}),
    };
}

// A small numbered report as a plain-text file would hold it; i varies its words.
inline std::string sample_report_text(int i) {
    static const char* topics[] = {"strategy discussions with the police",
                                   "caseloads in the assessment teams",
                                   "care leavers and staying put",
                                   "return home interviews",
                                   "private fostering",
                                   "the multi-agency safeguarding hub"};
    std::string t = "Inspection of local authority children's services " + std::to_string(i) + "\n\n";
    for (int p = 0; p < 6; ++p)
        t += std::to_string(p + 1) + ". Inspectors looked at " + topics[(i + p) % 6] + " in visit " +
             std::to_string(i) + ". Leaders know their services well and act on what they find.\n\n";
    return t;
}

}  // namespace assay::testing
