// Unit tests of the parser on small invented fixtures, one per layout and hazard. The wording
// is made up; the layouts follow what pdftotext and other converters produce.
#include <doctest/doctest.h>

#include "support/report_lookup.hpp"

#include <string>

#include "indexer/normalise.hpp"
#include "indexer/parse.hpp"
#include "indexer/parse_dates.hpp"
#include "indexer/parse_judgements.hpp"
#include "schema/frameworks.hpp"
#include "schema/grades.hpp"
#include "schema/judgement_areas.hpp"

using namespace assay;
using assay::testing::numbered;
using assay::testing::paragraphs;

namespace {

const Judgement* judgement(const Report& r, std::string_view area) {
    for (const auto& j : r.judgements)
        if (j.area == area) return &j;
    return nullptr;
}

const Paragraph* containing(const Report& r, std::string_view text) {
    for (auto* p : paragraphs(r))
        if (p->text.find(text) != std::string::npos) return p;
    return nullptr;
}

const Section* section_with(const Report& r, std::string_view heading) {
    for (const auto& s : r.sections)
        if (s.heading.find(heading) != std::string::npos) return &s;
    return nullptr;
}

}  // namespace

TEST_CASE("grades keep each framework's word on one ordinal scale") {
    CHECK(parse_grade("good")->word == "Good");
    CHECK(parse_grade("  **Outstanding** ")->ordinal == 1);
    CHECK(parse_grade("Requires improvement to be good")->word == "Requires improvement");
    CHECK(parse_grade("require improvement")->ordinal == 3);
    CHECK(parse_grade("Adequate")->word == "Adequate");
    CHECK(parse_grade("Adequate")->ordinal == 3);
    CHECK(parse_grade("Inadequate Grade 4")->word == "Inadequate");
    CHECK(parse_grade("significant concerns")->ordinal == 4);
    CHECK_FALSE(parse_grade("goodness"));
    CHECK_FALSE(parse_grade("not good enough"));
    CHECK(grade_key(*parse_grade("requires improvement")) == "requires_improvement");
    CHECK(grade_key(*parse_grade("adequate")) == "adequate");
    CHECK(grade_key_from_user("RI") == "requires_improvement");
    CHECK(grade_key_from_user("Requires Improvement") == "requires_improvement");
    CHECK(grade_key_from_user("requires_improvement") == "requires_improvement");
    CHECK_FALSE(grade_key_from_user("excellent"));
    CHECK(grade_keys().size() == 8);
}

TEST_CASE("frameworks are listed with their printed titles") {
    for (auto key :
         {"protection_2012", "lac_2012", "sif", "lscb_review", "ilacs", "jtai", "send_2016", "send_2023", "jar_2009"})
        CHECK(framework_by_key(key) != nullptr);
    CHECK(framework_by_key("nonsense") == nullptr);
    CHECK(std::string(framework_by_key("protection_2012")->title) ==
          "Inspection of local authority arrangements for the protection of children");
}

TEST_CASE("printed judgement labels map to area keys") {
    CHECK(judgement_area_for_label("The experiences and progress of children who need help and protection") ==
          "help and protection");
    CHECK(judgement_area_for_label("2.2 Experiences and progress of care leavers") == "care leavers");
    CHECK(judgement_area_for_label("2.1 Adoption performance") == "adoption performance");
    CHECK(judgement_area_for_label("The experiences and progress of children in care and care leavers") ==
          "children in care and care leavers");
    CHECK(judgement_area_for_label("The experiences and progress of children in care") == "children in care");
    CHECK(judgement_area_for_label("The impact of leaders on social work practice with children and families") ==
          "impact of leaders");
    CHECK(judgement_area_for_label("3. Leadership, management and governance") ==
          "leadership, management and governance");
    CHECK(judgement_area_for_label("Leadership and governance") == "leadership and governance");
    CHECK(judgement_area_for_label("Overall effectiveness of services for looked after children") ==
          "overall effectiveness");
    CHECK(judgement_area_for_label("The effectiveness of the Local Safeguarding Children Board (LSCB)") ==
          "local safeguarding children board");
    CHECK(judgement_area_for_label("Capacity to improve") == "capacity to improve");
    CHECK(judgement_area_for_label("Outcomes for looked after children and young people") == "outcomes");
    CHECK_FALSE(judgement_area_for_label("Children living in this area"));
    for (const auto& a : judgement_areas()) CHECK(is_judgement_area(a.key));
}

TEST_CASE("dates and date ranges as reports print them") {
    auto r = find_date_range("Inspection dates: 4 \xE2\x80\x93 13 March 2013");
    REQUIRE(r);
    CHECK(r->start.iso() == "2013-03-04");
    CHECK(r->end.iso() == "2013-03-13");
    CHECK(find_date_range("21-30 June 2014")->start.iso() == "2014-06-21");
    CHECK(find_date_range("7 October to 18 October 2019")->end.iso() == "2019-10-18");
    CHECK(find_date_range("29 November 2021 \xE2\x80\x93 10 December 2021")->start.iso() == "2021-11-29");
    r = find_date_range("28 December to 8 January 2020");  // across a year end
    CHECK(r->start.iso() == "2019-12-28");
    CHECK(r->end.iso() == "2020-01-08");
    CHECK(find_date_range("on the 2 and 3 of July 2019.")->end.iso() == "2019-07-03");
    CHECK(find_date_range("Inspection date: 3/02/2017 to 24/02/2017")->end.iso() == "2017-02-24");
    CHECK(find_date_range("between 9 May and 13 May, the", 2018)->start.iso() == "2018-05-09");
    CHECK(find_date("Wednesday, 2 November 2016")->iso() == "2016-11-02");
    CHECK(find_date("20th April 2017")->iso() == "2017-04-20");
    CHECK_FALSE(find_date_range("no dates here"));
}

TEST_CASE("markup remnants are cleaned from a line") {
    CHECK(clean_line("is judged to be **good**.") == "is judged to be good.");
    CHECK(clean_line("<b>Summary</b>") == "Summary");
    CHECK(clean_line("Safeguarding Board<sup>2</sup> meets") == "Safeguarding Board meets");
    CHECK(clean_line("on 14<sup>th</sup> May") == "on 14th May");
    CHECK(clean_line("E: [mail us](mailto:x@example.org)") == "E: mail us");
    CHECK(clean_line("Fish &amp; chips") == "Fish & chips");
    std::uint8_t level = 0;
    bool bold = false, tabbed = false;
    CHECK(clean_line("## Background", &level, &bold, &tabbed) == "Background");
    CHECK(level == 2);
    CHECK(clean_line("Overall effectiveness\tGood\t", &level, &bold, &tabbed) == "Overall effectiveness | Good");
    CHECK(tabbed);
    clean_line("**Inspection findings**", &level, &bold, &tabbed);
    CHECK(bold);
}

TEST_CASE("judgement sentences of each framework") {
    auto one = [](std::string_view s) {
        auto v = judgement_sentences(s);
        return v.empty() ? std::string() : v[0].area + "=" + v[0].grade.word;
    };
    CHECK(one("The overall effectiveness of the arrangements to protect children in Rutland is judged to be "
              "**adequate**.") == "overall effectiveness=Adequate");
    CHECK(one("Children\xE2\x80\x99s services in Halton require improvement to be good.") ==
          "overall effectiveness=Requires improvement");
    CHECK(one("Children's services in Halton are inadequate") == "overall effectiveness=Inadequate");
    CHECK(one("The overall judgement is that children's services require improvement.") ==
          "overall effectiveness=Requires improvement");
    CHECK(one("The graded judgement for adoption performance is that it is outstanding.") ==
          "adoption performance=Outstanding");
    CHECK(one("The Local Safeguarding Children Board requires improvement.") ==
          "local safeguarding children board=Requires improvement");
    CHECK(one("Leadership and governance are good. Members are well informed.") == "leadership and governance=Good");
    CHECK(one("Summary of findings The LSCB is inadequate because:") == "local safeguarding children board=Inadequate");
    CHECK(one("Ofsted rated Halton 'outstanding' for overall effectiveness.") == "overall effectiveness=Outstanding");
    CHECK(one("The quality of practice is good in some teams but not others.") == "");
    CHECK(one("Services for children in care are good.") == "");
}

// ---------------------------------------------------------------- pdftotext ILACS report

const char* kIlacs =
    "Inspection of Rutland local authority\n"
    "children\xE2\x80\x99s services\n"
    "Inspection dates: 6 to 10 February 2023\n"
    "Lead inspector: Petra Oakley, His Majesty\xE2\x80\x99s Inspector\n"
    "Judgement\n\nGrade\n\n"
    "The impact of leaders on social work\npractice with children and families\n\nGood\n\n"
    "The experiences and progress of\nchildren who need help and protection\n\nRequires\nimprovement to be good\n\n"
    "The experiences and progress of\nchildren in care\n\nGood\n\n"
    "The experiences and progress of care\nleavers\n\nOutstanding\n\n"
    "Overall effectiveness\n\nGood\n\n"
    "Leaders in Rutland have kept a steady course through a period of change and the\n"
    "council knows its services well.\n\n"
    "\fWhat needs to improve?\n"
    "\xE2\x97\xBC The timeliness of return conversations when children go\nmissing from home.\n"
    "\xEF\x81\xAE The consistency of written plans for children in need.\n\n"
    "The experiences and progress of children who need help and\n"
    "protection: requires improvement to be good\n"
    "1.\n\n"
    "Families are helped early by a well-\ncoordinated hub that sees the whole family. Staff at the\n"
    "hub know their communities and act quickly when\n\n"
    "Inspection of Rutland local authority children\xE2\x80\x99s services\n"
    "6 to 10 February 2023\n\n2\n\n"
    "\fthreats to a child increase, so that fewer families need statutory help later on.\n\n"
    "2.\n\n"
    "Strategy meetings are timely and well attended by the police and health staff.\n\n"
    "Inspection of Rutland local authority children\xE2\x80\x99s services\n"
    "6 to 10 February 2023\n\n3\n\n"
    "\fThe experiences and progress of children in care: good\n"
    "3.\n\nChildren in care live close to home and see their families often.\n\n"
    "Inspection of Rutland local authority children\xE2\x80\x99s services\n"
    "6 to 10 February 2023\n\n4\n";

TEST_CASE("ILACS report from pdftotext: metadata, table, headings, pages") {
    auto reports = parse_document(kIlacs, "fixtures/ilacs.txt");
    REQUIRE(reports.size() == 1);
    const Report& r = reports[0];
    CHECK(r.id == report_id_for("fixtures/ilacs.txt"));
    CHECK(r.id.size() == 16);
    CHECK(r.type == DocType::inspection_report);
    CHECK(r.framework == "ilacs");
    CHECK(r.authority.name == "Rutland");
    CHECK(r.authority.known());
    CHECK(r.inspection_start->iso() == "2023-02-06");
    CHECK(r.inspection_end->iso() == "2023-02-10");
    CHECK(r.lead_inspector == "Petra Oakley");
    REQUIRE(judgement(r, "overall effectiveness"));
    CHECK(judgement(r, "overall effectiveness")->grade.word == "Good");
    CHECK(judgement(r, "help and protection")->grade.word == "Requires improvement");
    CHECK(judgement(r, "children in care")->grade.word == "Good");
    CHECK(judgement(r, "care leavers")->grade.word == "Outstanding");
    CHECK(judgement(r, "impact of leaders")->grade.word == "Good");
    CHECK(r.judgements.size() == 5);
    // Recommendations: one per bullet, either glyph, wrapped lines joined.
    REQUIRE(r.recommendations.size() == 2);
    CHECK(r.recommendations[0].text == "The timeliness of return conversations when children go missing from home.");
    // Paragraph 1 spans a page break and a running footer; the hyphen at a line end stays.
    const Paragraph* p1 = numbered(r, "1");
    REQUIRE(p1);
    CHECK(p1->text ==
          "Families are helped early by a well-coordinated hub that sees the whole family. Staff at the hub know "
          "their communities and act quickly when threats to a child increase, so that fewer families need "
          "statutory help later on.");
    CHECK(std::string_view(kIlacs).substr(p1->byte_offset, 8) == "Families");
    CHECK(numbered(r, "2"));
    CHECK(numbered(r, "3"));
    // The graded heading opens a section of the right kind.
    const Section* hp = section_with(r, "who need help and protection: requires");
    REQUIRE(hp);
    CHECK(hp->kind == SectionKind::help_and_protection);
    CHECK(section_with(r, "What needs to improve")->kind == SectionKind::recommendations);
    CHECK(section_with(r, "children in care: good")->kind == SectionKind::looked_after);
    // Running footers and page numbers are gone (the title page keeps the title).
    for (const auto& s : r.sections) {
        if (s.kind == SectionKind::front_matter) continue;
        for (const auto& p : s.paragraphs) {
            CHECK(p.text.find("Inspection of Rutland") == std::string::npos);
            CHECK(p.text.find("6 to 10 February") == std::string::npos);
            CHECK(p.text.find('\f') == std::string::npos);
            CHECK(p.text != "2");
        }
    }
    // The table rows are kept, flagged.
    const Paragraph* row = containing(r, "care leavers | Outstanding");
    REQUIRE(row);
    CHECK(row->table_row);
}

// ---------------------------------------------------------------- early SIF layout

const char* kSif =
    "Halton Borough Council\n"
    "Inspection of services for children in need of help and\n"
    "protection, children looked after and care leavers\n"
    "and\nReview of the effectiveness of the Local Safeguarding Children\nBoard1\n"
    "Inspection date: 3 March 2014 \xE2\x80\x93 25 March 2014\n"
    "Report published: 9 May 2014\n"
    "The overall judgement is requires improvement\n\n"
    "There are no serious failures that leave children at risk of harm.\n"
    "1. Children who need help and protection\n\nrequires\nimprovement\n\n"
    "2. Children looked after and achieving permanence\n\ngood\n\n"
    "2.1 Adoption performance\n2.2 Experiences and progress of care leavers\n"
    "3. Leadership, management and governance\n\ngood\nrequires\nimprovement\nrequires\nimprovement\n\n"
    "The effectiveness of the Local Safeguarding Children Board (LSCB) is\nadequate\n\n"
    "\fSummary of key findings\n"
    "1.\n\nToo many children wait for an assessment after a referral.\n\n"
    "2.\n\nManagers do not check plans often enough.\n\n"
    "What does the local authority need to improve?\n"
    "Priority and immediate action\n"
    "3. Ensure that every referral is screened on the day it arrives.\n"
    "Areas for improvement\n"
    "4. Improve the recording of management decisions.\n\n"
    "The inspection team\nLead inspector: Joan Mercer HMI\n";

TEST_CASE("early SIF: grades listed after their labels, split over lines") {
    const Report r = parse_document(kSif, "sif.txt")[0];
    CHECK(r.framework == "sif");
    CHECK(r.authority.name == "Halton");
    CHECK(r.published->iso() == "2014-05-09");
    CHECK(r.inspection_end->iso() == "2014-03-25");
    CHECK(r.lead_inspector == "Joan Mercer");
    CHECK(judgement(r, "overall effectiveness")->grade.word == "Requires improvement");
    CHECK(judgement(r, "help and protection")->grade.word == "Requires improvement");
    CHECK(judgement(r, "looked after and achieving permanence")->grade.word == "Good");
    CHECK(judgement(r, "adoption performance")->grade.word == "Good");
    CHECK(judgement(r, "care leavers")->grade.word == "Requires improvement");
    CHECK(judgement(r, "leadership, management and governance")->grade.word == "Requires improvement");
    // "adequate" is not a SIF grade word: the LSCB line is not taken as a grade.
    CHECK(judgement(r, "local safeguarding children board") == nullptr);
    // The table's "1." and "2.1" are not paragraph numbers; the report's own are.
    CHECK(numbered(r, "1")->text == "Too many children wait for an assessment after a referral.");
    REQUIRE(r.recommendations.size() == 2);
    CHECK(r.recommendations[0].priority);
    CHECK(r.recommendations[0].number == "3");
    CHECK_FALSE(r.recommendations[1].priority);
    CHECK(r.recommendations[1].text == "Improve the recording of management decisions.");
}

// ---------------------------------------------------------------- 2012-13 converted report

const char* kProtection =
    "\n# Inspection of local authority arrangements for the protection of children\n\n"
    "Rutland County Council\n\n"
    "Inspection dates: 14 \xE2\x80\x93 23 January 2013\n\nLead inspector Tomas Greer HMI\n\n"
    "Overall effectiveness\n\n"
    "- 2. The overall effectiveness of the arrangements to protect children in Rutland is judged to be "
    "**adequate**.\n\n"
    "Areas for improvement\n\n"
    "Immediately:\n\n"
    "- ensure that every strategy discussion is written up and shared with the\n\n"
    "- police and health partners on the same day\n"
    "- review the thresholds document with schools\n\n"
    "Within three months:\n\n"
    "- ensure supervision records show reflection\n\n"
    "The quality of practice\n\n"
    "3. The quality of practice is adequate. Assessments are timely but plans lack\n\n"
    "detail about who does what and by when.\n"
    "- The council knows where practice is weaker and 4. has begun a programme of audits.\n"
    "5. Caseloads are manageable.\n\n"
    "Record of main findings\n\n"
    "Overall effectiveness\tAdequate\t\n"
    "The quality of practice\tAdequate\t\n\n"
    "This page is intentionally left blank\n";

TEST_CASE("2012-13 report with markdown remnants and converter hazards") {
    const Report r = parse_document(kProtection, "p.md")[0];
    CHECK(r.framework == "protection_2012");
    CHECK(r.framework_title == "Inspection of local authority arrangements for the protection of children");
    CHECK(r.authority.ons_code == "E06000017");
    CHECK(r.inspection_start->iso() == "2013-01-14");
    CHECK(r.lead_inspector == "Tomas Greer");
    CHECK(judgement(r, "overall effectiveness")->grade.word == "Adequate");
    CHECK(judgement(r, "quality of practice")->grade.word == "Adequate");
    // "- 2." is a printed number, not a bullet.
    const Paragraph* p2 = numbered(r, "2");
    REQUIRE(p2);
    CHECK_FALSE(p2->list_item);
    CHECK(p2->text.find("judged to be adequate.") != std::string::npos);
    // Recommendations by timescale; a bullet broken by a page break is rejoined.
    REQUIRE(r.recommendations.size() == 3);
    CHECK(r.recommendations[0].timescale == "Immediately");
    CHECK(r.recommendations[0].text ==
          "ensure that every strategy discussion is written up and shared with the police and health partners on "
          "the same day");
    CHECK(r.recommendations[2].timescale == "Within three months");
    // A paragraph continued after a blank line in lower case.
    CHECK(numbered(r, "3")->text.find("plans lack detail about who") != std::string::npos);
    // A number printed mid-line is restored to its paragraph.
    const Paragraph* p4 = numbered(r, "4");
    REQUIRE(p4);
    CHECK(p4->text == "The council knows where practice is weaker and has begun a programme of audits.");
    CHECK(numbered(r, "5"));
    CHECK(containing(r, "intentionally left blank") == nullptr);
    CHECK(section_with(r, "Record of main findings") != nullptr);
    // Line numbers are 1-based lines of the original.
    CHECK(p2->line == 12);
}

// ---------------------------------------------------------------- focused visit letter

const char* kLetter =
    "Ofsted\nPiccadilly Gate\nStore Street\nManchester\nM1 2WD\n\n"
    "T 0300 123 1231\n\n"
    "14 June 2022\n"
    "Ms Ada Quayle\nDirector of Children\xE2\x80\x99s Services\nHalton Borough Council\n"
    "Dear Ms Quayle\n"
    "Focused visit to Halton children\xE2\x80\x99s services\n"
    "This letter summarises the findings of the focused visit to Halton children\xE2\x80\x99s services\n"
    "on 10 and 11 May 2022. His Majesty\xE2\x80\x99s Inspectors for this visit were Ivo Brandt.\n"
    "Inspectors looked at the arrangements for care leavers.\n"
    "Headline findings\n"
    "Care leavers in Halton are well supported by advisers who know them well and who keep\n"
    "in touch with them as they move into their own homes.\n"
    "Most pathway plans are up to date.\n"
    "Yours sincerely\n\nIvo Brandt\nHis Majesty\xE2\x80\x99s Inspector\n";

TEST_CASE("focused visit letter: ungraded, dated from its text") {
    const Report r = parse_document(kLetter, "fv.txt")[0];
    CHECK(r.type == DocType::focused_visit);
    CHECK(r.framework == "ilacs");
    CHECK(r.authority.name == "Halton");  // not Manchester from the letterhead
    CHECK(r.inspection_start->iso() == "2022-05-10");
    CHECK(r.inspection_end->iso() == "2022-05-11");
    CHECK(r.published->iso() == "2022-06-14");
    CHECK(r.lead_inspector == "Ivo Brandt");
    CHECK(r.judgements.empty());
    // Hard-wrapped prose: the short sentence-final line ends its paragraph.
    const Paragraph* p = containing(r, "Care leavers in Halton");
    REQUIRE(p);
    CHECK(p->text.ends_with("into their own homes."));
    CHECK(containing(r, "Most pathway plans are up to date.")->text == "Most pathway plans are up to date.");
    CHECK(section_with(r, "Headline findings")->kind == SectionKind::summary);
}

TEST_CASE("area SEND report: the outcome sentence is the judgement") {
    const char* text =
        "Area SEND inspection of Rutland Local Area\nPartnership\n"
        "Inspection dates: 4 to 8 March 2024\n\n"
        "Inspection outcome\n"
        "The local area partnership\xE2\x80\x99s arrangements lead to inconsistent experiences and\n"
        "outcomes for children and young people with SEND.\n";
    const Report r = parse_document(text, "send.txt")[0];
    CHECK(r.type == DocType::send_inspection);
    CHECK(r.framework == "send_2023");
    CHECK(r.authority.name == "Rutland");
    REQUIRE(judgement(r, kSendOutcomeArea));
    CHECK(judgement(r, kSendOutcomeArea)->grade.word == "Inconsistent");
    CHECK(judgement(r, kSendOutcomeArea)->grade.ordinal == 3);
}

TEST_CASE("committee pack embedding an inspection report yields both") {
    const std::string text =
        "## Public Document Pack\n\n# Children's Scrutiny Committee Agenda\n\nMonday, 7 March 2016\n\n"
        "Halton Town Hall\n\n1. Ofsted report\n\nMembers are asked to note the report.\n\n"
        "**This page is intentionally left blank**\n\n"
        "# Halton Borough Council\n\n"
        "## Inspection of services for children in need of help and protection, children looked after and "
        "care leavers\n\n"
        "Inspection date: 1 December 2015 \xE2\x80\x93 18 December 2015\n\nReport published: 2 February 2016\n\n"
        "<b>Children\xE2\x80\x99s services in Halton are good</b>\t\n"
        "<b>1. Children who need help and protection</b>\tGood\n"
        "<b>3. Leadership, management and governance</b>\tGood\n\n"
        "### Inspection findings\n\n"
        "12. Referrals are screened promptly.\n\n"
        "Lead inspector: Ruth Ashby\n\n"
        "**This page is intentionally left blank**\n\n"
        "# Improvement plan\n\nAction 1\tOwner\tDate\n";
    auto reports = parse_document(text, "pack.md");
    REQUIRE(reports.size() == 2);
    const Report& pack = reports[0];
    const Report& emb = reports[1];
    CHECK(pack.type == DocType::committee_paper);
    CHECK(pack.meeting_date->iso() == "2016-03-07");
    CHECK(pack.authority.name == "Halton");
    CHECK(pack.judgements.empty());
    CHECK(emb.part_of == pack.id);
    CHECK(emb.id == pack.id + "-1");
    CHECK(emb.type == DocType::inspection_report);
    CHECK(emb.framework == "sif");
    CHECK(emb.published->iso() == "2016-02-02");
    CHECK(emb.lead_inspector == "Ruth Ashby");
    CHECK(judgement(emb, "overall effectiveness")->grade.word == "Good");
    CHECK(judgement(emb, "help and protection")->grade.word == "Good");
    CHECK(numbered(emb, "12"));
    CHECK(numbered(pack, "12") == nullptr);
    CHECK(containing(pack, "Members are asked to note"));
    CHECK(containing(emb, "Members are asked") == nullptr);
}

TEST_CASE("contents pages, page numbers and web footers are dropped") {
    const char* text =
        "Inspection of Rutland local authority children\xE2\x80\x99s services\n"
        "Contents\nExecutive summary\n\n3\n\nRecommendations\n\n5\n\f"
        "Executive summary\nThe service is strong and improving in most areas of its work.\n\n7\n";
    const Report r = parse_document(text, "c.txt")[0];
    for (auto* p : paragraphs(r)) {
        CHECK(p->text != "3");
        CHECK(p->text != "7");
        CHECK(p->text.find("Recommendations") == std::string::npos);
    }
    CHECK(containing(r, "The service is strong"));

    const char* web =
        "Ofsted rates Halton as 'good'\n\n"
        "Ofsted rated Halton 'good' for overall effectiveness, the report said.\n"
        "- Children are seen quickly.\n"
        "\n"
        "Serving councils across the region since 2001\n"
        "Unit 4, Mill Lane, Widnes WA8 0AA\n"
        "Tel: 0151 000 0000 Contact Us\n"
        "Site by Example Ltd | website design by Example\n";
    const Report pr = parse_document(web, "press.txt")[0];
    CHECK(pr.type == DocType::press_release);
    CHECK(pr.authority.name == "Halton");
    CHECK(judgement(pr, "overall effectiveness")->grade.word == "Good");
    CHECK(containing(pr, "Children are seen quickly.")->list_item);
    CHECK(containing(pr, "Tel:") == nullptr);
    CHECK(containing(pr, "Serving councils") == nullptr);
}

TEST_CASE("odd input never throws") {
    for (std::string s : {std::string(), std::string("\f\f\f"), std::string("\n\n\t\t\n"), std::string("<b><sup>"),
                          std::string("1.\n\n2.\n\n"), std::string(5000, '-'), std::string("**\n##\n[x](")}) {
        std::vector<Report> r;
        CHECK_NOTHROW(r = parse_document(s, "odd.txt"));
        REQUIRE(r.size() == 1);
        CHECK(r[0].type == DocType::other);
    }
}
