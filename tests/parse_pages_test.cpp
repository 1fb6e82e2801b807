// Page-level hazards of pdftotext output, on invented fixtures: footnotes at the foot of a
// page, numbered paragraphs running over a page break, paragraph numbers after unpunctuated
// lines, wrapped grade cells, stray control glyphs.
#include <doctest/doctest.h>

#include "support/report_lookup.hpp"

#include <algorithm>
#include <string>

#include "indexer/parse.hpp"
#include "schema/judgement_areas.hpp"

using namespace assay;
using assay::testing::numbered;
using assay::testing::paragraphs;

namespace {

const Paragraph* starting(const Report& r, std::string_view text) {
    for (auto* p : paragraphs(r))
        if (p->text.starts_with(text)) return p;
    return nullptr;
}

const Judgement* judgement(const Report& r, std::string_view area) {
    for (const auto& j : r.judgements)
        if (j.area == area) return &j;
    return nullptr;
}

// An ILACS-shaped report whose page 2 ends mid-paragraph above a footnote, the running
// header and the page number.
const char* kPaged =
    "Inspection of Northshire local authority children's services\n"
    "Inspection dates: 3 to 14 March 2025\n"
    "Lead inspector: Rowan Ashdown, His Majesty's Inspector\n"
    "\n"
    "What needs to improve?1\n"
    "\n"
    "\xE2\x97\xBC The timeliness of return home conversations after children go missing.\n"
    "\n"
    "The experiences and progress of children who need help and protection: good\n"
    "1.\n"
    "\n"
    "Families receive early help from a wide range of partners who know the local area\n"
    "well and who share information promptly when a family's circumstances change, so\n"
    "that the right service is offered at the first point of need rather than later.\n"
    "2.\n"
    "\n"
    "Young people who are cared for by their kinship carers1 are visited regularly by\n"
    "social workers who take time to understand their wishes and what matters to them\n"
    "and who record their views carefully, which helps plans to reflect their own\n"
    "\n"
    "1\n"
    "\n"
    "In this report the term kinship carers means relatives and friends who look after\n"
    "a child.\n"
    "Inspection of Northshire local authority children's services\n"
    "3 to 14 March 2025\n"
    "\n"
    "2\n"
    "\f"
    "hopes for the future. Reviews take place on time and are chaired independently.\n"
    "3.\n"
    "\n"
    "Managers check the quality of assessments every month and the findings are shared\n"
    "with practitioners in supervision, where actions are agreed and then followed up.\n"
    "Inspection of Northshire local authority children's services\n"
    "3 to 14 March 2025\n"
    "\n"
    "3\n"
    "\f"
    "Most reviews are held within timescales and independent reviewing officers write to\n"
    "children after each review in words that children can readily understand.\n"
    "4.\n"
    "\n"
    "Strategy meetings are held promptly when concerns escalate for a child.\n"
    "Inspection of Northshire local authority children's services\n"
    "3 to 14 March 2025\n"
    "\n"
    "4\n";

}  // namespace

TEST_CASE("a footnote at the foot of a page is its own paragraph, after the one it interrupts") {
    auto rs = parse_document(kPaged, "northshire.txt");
    REQUIRE(rs.size() == 1);
    const Report& r = rs[0];
    const Paragraph* two = numbered(r, "2");
    REQUIRE(two != nullptr);
    CHECK(
        two->text.ends_with("reflect their own hopes for the future. Reviews take place on time and are chaired "
                            "independently."));
    CHECK(two->text.find("kinship carers means") == std::string::npos);
    // The marker the note refers to is taken off the word it was glued to.
    CHECK(two->text.find("by their kinship carers are visited") != std::string::npos);
    const Paragraph* note = starting(r, "In this report the term kinship carers");
    REQUIRE(note != nullptr);
    CHECK(note->text == "In this report the term kinship carers means relatives and friends who look after a child.");
    CHECK(note->number.empty());
    // In reading order: paragraph 2, then the note, then paragraph 3.
    auto all = paragraphs(r);
    auto at = [&](const Paragraph* p) { return std::find(all.begin(), all.end(), p) - all.begin(); };
    CHECK(at(two) + 1 == at(note));
    CHECK(at(note) + 1 == at(numbered(r, "3")));
    // The heading loses its footnote marker.
    bool found = false;
    for (const auto& s : r.sections) found |= s.heading == "What needs to improve?";
    CHECK(found);
}

TEST_CASE("a numbered paragraph that filled the foot of a page continues on the next") {
    auto rs = parse_document(kPaged, "northshire.txt");
    const Paragraph* three = numbered(rs[0], "3");
    REQUIRE(three != nullptr);
    // Page 3 ends on a full stop, but its last line is full and paragraph 4 is still to come.
    CHECK(three->text.ends_with("in words that children can readily understand."));
    REQUIRE(numbered(rs[0], "4") != nullptr);
    CHECK(numbered(rs[0], "4")->text == "Strategy meetings are held promptly when concerns escalate for a child.");
}

TEST_CASE("the next paragraph number starts a paragraph even after an unpunctuated line") {
    const char* text =
        "Westvale Borough Council\n"
        "Inspection of services for children in need of help and protection, children\n"
        "looked after and care leavers\n"
        "Inspection date: 2 March 2016 \xE2\x80\x93 24 March 2016\n"
        "Report published: 9 May 2016\n"
        "Children's services in Westvale are good\n"
        "\n"
        "Children looked after and achieving permanence\n"
        "12. Children in care have a say in their plans and their views are recorded with\n"
        "care and acted on by their social workers and the independent reviewing officers.\n"
        "The council has asked the children in care council to help design the new offer. (Recommendation)\n"
        "The graded judgement for adoption performance is that it requires\n"
        "improvement\n"
        "13. Adoption is considered for every child who cannot return home, but too late\n"
        "for some children whose plans change after their second review.\n";
    auto rs = parse_document(text, "westvale.txt");
    const Report& r = rs[0];
    REQUIRE(numbered(r, "12") != nullptr);
    CHECK(numbered(r, "12")->text.ends_with("help design the new offer. (Recommendation)"));
    REQUIRE(numbered(r, "13") != nullptr);
    CHECK(numbered(r, "13")->text.starts_with("Adoption is considered for every child"));
    const Judgement* adoption = judgement(r, "adoption performance");
    REQUIRE(adoption != nullptr);
    CHECK(adoption->grade.word == "Requires improvement");
}

TEST_CASE("page-break continuations that start with a capital or a digit") {
    const char* text =
        "Inspection of Eastmarsh local authority children's services\n"
        "Inspection dates: 1 to 12 July 2024\n"
        "\n"
        "Help and support\n"
        "Children who are at risk of exploitation are supported by a specialist team that\n"
        "works closely with the youth justice service and the police. Their work has led\n"
        "to a fall in the number of children who go missing, from 58 in 2022 to 31 in\n"
        "\n"
        "12\n"
        "\f"
        "2023, and to better attendance at school for the children they support most.\n"
        "Practitioners from the local hospital and from schools attend meetings with the\n"
        "\n"
        "13\n"
        "\f"
        "Children and Family Court Advisory and Support Service when plans are reviewed.\n";
    auto rs = parse_document(text, "eastmarsh.txt");
    const Paragraph* p = starting(rs[0], "Children who are at risk of exploitation");
    REQUIRE(p != nullptr);
    CHECK(p->text.find("from 58 in 2022 to 31 in 2023, and to better attendance") != std::string::npos);
    CHECK(
        p->text.ends_with("with the Children and Family Court Advisory and Support Service when plans are reviewed."));
}

TEST_CASE("graded headings whose grade cell wraps, and a misprinted table label") {
    const char* text =
        "Inspection of Southfold local authority children's services\n"
        "Inspection dates: 6 to 17 October 2025\n"
        "Judgement\n"
        "\n"
        "Grade\n"
        "\n"
        "The impact of leaders on social work\n"
        "practice with children and families\n"
        "\n"
        "Good\n"
        "\n"
        "The experiences and progress of\n"
        "children who need help and protection\n"
        "\n"
        "Good\n"
        "\n"
        "The experiences and progress of\n"
        "children in care\n"
        "\n"
        "Good\n"
        "\n"
        "The experiences and progress of\n"
        "children care leavers\n"
        "\n"
        "Outstanding\n"
        "\n"
        "Overall effectiveness\n"
        "\n"
        "Good\n"
        "\n"
        "The experiences and progress of\n"
        "children who need help and\n"
        "protection\n"
        "\n"
        "Requires improvement\n"
        "to be good\n"
        "\n"
        "Children who need help are seen quickly by social workers who know them well.\n";
    auto rs = parse_document(text, "southfold.txt");
    const Report& r = rs[0];
    REQUIRE(judgement(r, "care leavers") != nullptr);
    CHECK(judgement(r, "care leavers")->grade.word == "Outstanding");
    CHECK(judgement(r, "overall effectiveness")->grade.word == "Good");
    CHECK(r.judgements.size() == 5);
    for (auto* p : paragraphs(r)) CHECK(p->text != "to be good");
    CHECK(judgement_area_for_label("The experiences and progress of children care leavers") == "care leavers");
}

TEST_CASE("C1 control characters left by a mis-mapped bullet font are dropped") {
    const char* text =
        "Progress review\n"
        "\n"
        "The council has undergone many changes to its children's services:\n"
        "\n"
        "\xC2\x83\n"
        "\n"
        "a new director was appointed in the spring.\n";
    auto rs = parse_document(text, "review.txt");
    for (auto* p : paragraphs(rs[0])) {
        CHECK(p->text.find("\xC2\x83") == std::string::npos);
        CHECK_FALSE(p->text.empty());
    }
}
