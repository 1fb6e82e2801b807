// The lead inspector in every layout reports print it in (invented names and wording), and a
// corpus-wide check that what is extracted looks like a person's name.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "indexer/normalise.hpp"
#include "indexer/parse.hpp"
#include "indexer/parse_lead.hpp"

using namespace assay;

namespace {

std::string lead(std::string_view text, DocType type = DocType::inspection_report) {
    auto lines = split_lines(text);
    mark_debris(lines);
    return lead_inspector(lines, 0, lines.size(), type);
}

}  // namespace

TEST_CASE("lead inspector: label then name, on one line or the next") {
    CHECK(lead("Inspection dates: 1 to 5 May 2020\nLead inspector: Priya Okafor, His Majesty's Inspector\n") ==
          "Priya Okafor");
    CHECK(lead("Lead inspector\n\nTomas Brightwell HMI\n") == "Tomas Brightwell");
    CHECK(lead("Lead inspector: Gwen Arkwright Senior HMI\n") == "Gwen Arkwright");
    CHECK(lead("Lead inspector: Dr Ada Pennyworth\n") == "Ada Pennyworth");
}

TEST_CASE("lead inspector: team lists put the name before the role") {
    const char* team =
        "Inspection team\nOfsted\nMs Ruth Calloway, Ofsted Lead inspector\n\nCare Quality Commission\n"
        "Dev Malik, CQC Lead inspector\n\nOwen Tate, Ofsted Inspector\n";
    CHECK(lead(team, DocType::send_inspection) == "Ruth Calloway");
    CHECK(lead("Inspection team\nOfsted\nIsla Moreton, Ofsted HMI lead\ninspector\n", DocType::send_inspection) ==
          "Isla Moreton");
    CHECK(lead("Bea Fenwick HMI, Ofsted lead inspector Hal Crane, CQC lead inspector\n") == "Bea Fenwick");
    // Only a partner inspectorate's lead is named: better than nothing.
    CHECK(lead("Care Quality Commission\nDev Malik, CQC Lead inspector\n") == "Dev Malik");
}

TEST_CASE("lead inspector: a mention in a sentence is not a label") {
    CHECK(lead("The lead inspector and the director of children's services agreed\narrangements for the visit.\n",
               DocType::focused_visit)
              .empty());
}

TEST_CASE("lead inspector: letters are signed by the lead") {
    const char* letter =
        "This letter summarises the findings of the focused visit to Anytown children's services on\n"
        "2 and 3 March 2021. His Majesty's Inspectors for this visit were Nora Pike and Sol Weiss.\n"
        "Yours sincerely\n\nNora Pike.\nHis Majesty's Inspector\n";
    CHECK(lead(letter, DocType::focused_visit) == "Nora Pike");
    CHECK(lead("Your sincerely\n\nKit Marlowe\nHer Majesty's Inspector\n", DocType::focused_visit) == "Kit Marlowe");
    // No signature: the first inspector the letter names.
    CHECK(lead("on 9 and 10 May 2018. The inspectors\nwere Lena Dove, Her Majesty's Inspector, and Max Rook.\n",
               DocType::focused_visit) == "Lena Dove");
}

TEST_CASE("corpus: every lead inspector found looks like a person's name") {
    namespace fs = std::filesystem;
    std::size_t files = 0, named = 0;
    for (const auto& e : fs::directory_iterator(fs::path(ASSAY_SHARED_DIR) / "corpus" / "ofsted")) {
        std::ifstream f(e.path(), std::ios::binary);
        std::stringstream s;
        s << f.rdbuf();
        const auto reports = parse_document(s.str(), e.path().string());
        const std::string& n = reports.at(0).lead_inspector;
        const std::string name = e.path().filename().string();
        INFO(name << ": " << n);
        ++files;
        // Joint inspection letters are signed by four inspectorates and the 2009 review names
        // none; two ILACS reports print no lead inspector anywhere.
        static const std::set<std::string> kNone{"ofsted-ilacs_devon_2025-05-13.txt",
                                                 "ofsted-ilacs_warwickshire_2025-10-14.txt"};
        if (!name.starts_with("ofsted-jtai_") && !name.starts_with("ofsted-jar_") && !kNone.count(name))
            CHECK_FALSE(n.empty());
        if (n.empty()) continue;
        ++named;
        for (std::string_view bad : {"Commission", "Inspector", "inspector", "HMI", "Senior", "Ofsted", ","})
            CHECK(n.find(bad) == std::string::npos);
        CHECK_FALSE(n.ends_with("."));
    }
    std::printf("parse corpus: lead inspector named: %zu/%zu files (JTAI letters and the 2009 review name none)\n",
                named, files);
}
