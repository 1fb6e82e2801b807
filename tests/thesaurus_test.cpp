#include <doctest/doctest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "schema/analyzer.hpp"
#include "schema/thesaurus.hpp"

using namespace assay;

namespace {

using Words = std::vector<std::string>;

std::string joined(const Words& w) {
    std::string s;
    for (const auto& x : w) s += (s.empty() ? "" : " ") + x;
    return s;
}

// The words the analyzer gives a text (the joined forms of hyphenated words left out), as the
// query resolver hands them to longest_match.
Words analyzed(std::string_view text) {
    static const Analyzer analyzer;
    Words out;
    for (const auto& t : analyzer.tokenize(text))
        if (!t.compound) out.push_back(t.word);
    return out;
}

// The group the whole of `text` (after the analyzer) is a form of, or nullptr.
const SynonymGroup* group_of(std::string_view text) {
    Words w = analyzed(text);
    auto m = Thesaurus::instance().longest_match(w, 0);
    return m.length == w.size() ? m.group : nullptr;
}

}  // namespace

TEST_CASE("every form finds its own group, and no form is in two groups") {
    const auto& t = Thesaurus::instance();
    REQUIRE(t.groups().size() > 80);
    std::map<Words, const SynonymGroup*> owner;
    for (const auto& g : t.groups()) {
        CHECK(g.forms.size() >= 2);
        for (const auto& f : g.forms) {
            CAPTURE(joined(f));
            REQUIRE(!f.empty());
            CHECK(owner.emplace(f, &g).second);
            auto m = t.longest_match(f, 0);
            CHECK(m.group == &g);
            CHECK(m.length == f.size());
        }
    }
}

TEST_CASE("every form is written as the analyzer emits it, so it can match") {
    for (const auto& g : Thesaurus::instance().groups())
        for (const auto& f : g.forms) {
            CAPTURE(joined(f));
            CHECK(analyzed(joined(f)) == f);
        }
}

TEST_CASE("every acronym of DOMAIN.md section 6 is in the thesaurus, bar the ambiguous ones") {
    std::ifstream in(std::filesystem::path(ASSAY_SHARED_DIR) / "DOMAIN.md");
    if (!in) return;
    // Left out on purpose (see schema/thesaurus.cpp).
    const std::set<std::string> excluded{"cp"};
    std::string line;
    bool in_section = false;
    std::size_t seen = 0;
    while (std::getline(in, line)) {
        if (line.rfind("## ", 0) == 0) in_section = line.rfind("## 6.", 0) == 0;
        if (!in_section || line.rfind("| ", 0) != 0 || line.rfind("| acronym", 0) == 0) continue;
        std::string cell = line.substr(2, line.find('|', 2) - 2);
        // "CP / CPP", "EHC(P)", "s17 / s20 / s47"
        std::vector<std::string> acronyms;
        std::stringstream ss(cell);
        for (std::string part; std::getline(ss, part, '/');) {
            std::string a;
            for (char c : part)
                if (std::isalnum(static_cast<unsigned char>(c)) || c == '(' || c == ')')
                    a.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
            if (auto open = a.find('('); open != std::string::npos) {
                std::string base = a.substr(0, open), extra = a.substr(open + 1, a.find(')') - open - 1);
                acronyms.push_back(base);
                acronyms.push_back(base + extra);
            } else if (!a.empty()) {
                acronyms.push_back(a);
            }
        }
        for (const auto& a : acronyms) {
            ++seen;
            CAPTURE(a);
            if (excluded.count(a))
                CHECK_FALSE(group_of(a));
            else
                CHECK(group_of(a));
        }
    }
    CHECK(seen >= 70);
}

TEST_CASE("acronyms and expansions as the reports write them meet in one group") {
    const std::vector<std::vector<const char*>> same{
        {"s47", "section 47", "S.47"},
        {"s17", "Section 17"},
        {"s20", "section 20"},
        {"CSE", "child sexual exploitation"},
        {"MASH", "multi-agency safeguarding hub", "multi agency safeguarding hub", "multiagency safeguarding hub"},
        {"LADO", "local authority designated officer", "designated officer"},
        {"ICPC", "initial child protection conference", "initial child protection conferences"},
        {"IRO", "IROs", "independent reviewing officer", "independent reviewing officers"},
        {"CAF", "common assessment framework"},
        {"TAC", "team around the child"},
        {"MARAC", "multi-agency risk assessment conference"},
        {"CAMHS", "child and adolescent mental health services"},
        {"LSCB", "Local Safeguarding Children Board"},
        {"PLO", "public law outline"},
        {"LAC", "looked after children", "children looked after", "looked-after children", "CLA", "children in care"},
        {"UASC", "unaccompanied asylum-seeking children"},
        {"SGO", "special guardianship order"},
        {"RHI", "return home interview"},
        {"EDT", "emergency duty team", "emergency duty service", "EDS"},
        {"YOT", "youth offending team", "youth offending service", "YOS", "youth justice service", "YJS"},
        {"DCS", "director of children's services", "Director of Children\xE2\x80\x99s Services",
         "director of childrens services"},
        {"HMCI", "Her Majesty's Chief Inspector", "His Majesty\xE2\x80\x99s Chief Inspector"},
        {"ILACS", "inspection of local authority children's services",
         "Inspecting local authority children's services"},
        {"SEND", "special educational needs and/or disabilities", "special educational needs and disabilities"},
        {"NEET", "not in education, employment or training"},
        {"PA", "PAs", "personal adviser", "personal advisor"},
        {"EHCP", "EHC plan", "education, health and care plan"},
        {"organisation", "organization"},
        {"judgement", "judgment"},
        {"programme", "program"},
        {"well-being", "wellbeing", "well being"},
    };
    for (const auto& forms : same) {
        CAPTURE(forms[0]);
        const SynonymGroup* g = group_of(forms[0]);
        REQUIRE(g);
        for (const char* f : forms) {
            CAPTURE(f);
            CHECK(group_of(f) == g);
        }
    }
}

TEST_CASE("different terms stay apart") {
    auto apart = [](const char* a, const char* b) {
        CAPTURE(a);
        CAPTURE(b);
        const SynonymGroup* ga = group_of(a);
        CHECK((ga == nullptr || ga != group_of(b)));
    };
    apart("domestic violence", "domestic abuse");
    apart("LSCB", "LSCP");
    apart("serious case review", "child safeguarding practice review");
    apart("SEN", "SEND");
    apart("child in need", "child protection plan");
    apart("CSE", "CCE");
    apart("EHC", "EHCP");
    apart("s47", "s47 enquiries");
    // Ambiguous letters are not acronyms here.
    CHECK_FALSE(group_of("cp"));
    CHECK_FALSE(group_of("da"));
    CHECK_FALSE(group_of("la"));
    CHECK_FALSE(group_of("child protection"));
    CHECK_FALSE(group_of("domestic abuse"));
}

TEST_CASE("longest match wins, from the given position") {
    const auto& t = Thesaurus::instance();
    auto w = analyzed("the initial child protection conference was timely");
    auto m = t.longest_match(w, 1);
    REQUIRE(m.group);
    CHECK(m.length == 4);
    CHECK(m.group == group_of("ICPC"));
    CHECK_FALSE(t.longest_match(w, 0).group);  // "the"
    CHECK_FALSE(t.longest_match(w, 99).group);
    CHECK_FALSE(t.longest_match({}, 0).group);

    m = t.longest_match(analyzed("child protection plans reviewed"), 0);
    CHECK(m.length == 3);
    CHECK(m.group == group_of("CPP"));

    m = t.longest_match(analyzed("section 47 enquiries were timely"), 0);
    CHECK(m.length == 3);
    CHECK(m.group == group_of("child protection enquiries"));
    m = t.longest_match(analyzed("section 47 threshold"), 0);
    CHECK(m.length == 2);
    CHECK(m.group == group_of("s47"));

    m = t.longest_match(analyzed("special educational needs and disabilities"), 0);
    CHECK(m.length == 5);
    CHECK(m.group == group_of("SEND"));
    m = t.longest_match(analyzed("special educational needs coordinator"), 0);
    CHECK(m.length == 3);
    CHECK(m.group == group_of("SEN"));

    m = t.longest_match(analyzed("children in care council"), 0);
    CHECK(m.length == 4);
    CHECK(m.group == group_of("CiCC"));
    m = t.longest_match(analyzed("children in care councillors"), 0);
    CHECK(m.length == 3);
    CHECK(m.group == group_of("LAC"));

    m = t.longest_match(analyzed("young people not in education, employment or training"), 2);
    CHECK(m.length == 6);
    CHECK(m.group == group_of("NEET"));
    m = t.longest_match(analyzed("in education, employment or training"), 1);
    CHECK(m.length == 4);
    CHECK(m.group == group_of("EET"));
}

TEST_CASE("forms are normalised when a thesaurus is built") {
    Thesaurus t({
        SynonymGroup{{{"DCS"}, {"Director", "of", "Children\xE2\x80\x99s", "Services"}, {"dcs"}}},
        SynonymGroup{{{"MASH"}, {"multi-agency safeguarding hub"}}},
        SynonymGroup{{{"alone"}}},
        SynonymGroup{{{""}, {"  "}, {"only"}}},
    });
    REQUIRE(t.groups().size() == 2);
    const auto& dcs = t.groups()[0].forms;
    REQUIRE(dcs.size() == 2);  // the repeated form is dropped
    CHECK(dcs[0] == Words{"dcs"});
    CHECK(dcs[1] == Words{"director", "of", "children", "services"});
    CHECK(t.groups()[1].forms[1] == Words{"multi", "agency", "safeguarding", "hub"});
    CHECK(t.longest_match({"multi", "agency", "safeguarding", "hub"}, 0).group == &t.groups()[1]);
}
