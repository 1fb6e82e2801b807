#include <doctest/doctest.h>

#include <filesystem>
#include <set>

#include "schema/gazetteer.hpp"

using namespace assay;

TEST_CASE("every current authority is there once, with a unique ONS code") {
    const auto& g = Gazetteer::instance();
    std::set<std::string> codes;
    for (const auto& a : g.all()) {
        CHECK(a.ons_code.size() == 9);
        CHECK(codes.insert(a.ons_code).second);
    }
    CHECK(g.all().size() >= 153);
    for (const char* code : {"E06000058", "E06000061", "E06000062", "E06000063", "E06000064", "E09000001"})
        CHECK(g.lookup(code));
}

TEST_CASE("names, official forms and codes resolve to one authority") {
    const auto& g = Gazetteer::instance();
    struct Case { const char* given; const char* name; };
    for (auto [given, name] : std::initializer_list<Case>{
             {"Greenwich", "Greenwich"}, {"Royal Borough of Greenwich", "Greenwich"}, {"royal borough of greenwich", "Greenwich"},
             {"E09000011", "Greenwich"}, {"London Borough of Barnet", "Barnet"}, {"Bristol, City of", "Bristol"},
             {"City of Bristol", "Bristol"}, {"County Durham", "Durham"}, {"Hull", "Kingston upon Hull"},
             {"St. Helens", "St Helens"}, {"St Helens", "St Helens"}, {"Southend", "Southend-on-Sea"},
             {"BCP", "Bournemouth, Christchurch and Poole"}, {"Telford & Wrekin", "Telford and Wrekin"},
             {"City of York", "York"}, {"Kensington & Chelsea", "Kensington and Chelsea"}, {"Brent", "Brent"}}) {
        CAPTURE(given);
        const AuthorityInfo* a = g.lookup(given);
        REQUIRE(a);
        CHECK(a->name == name);
    }
    CHECK_FALSE(g.lookup("Atlantis"));
    CHECK_FALSE(g.lookup(""));
}

TEST_CASE("every authority named in the real corpus's file names resolves") {
    auto dir = std::filesystem::path(ASSAY_SHARED_DIR) / "corpus" / "ofsted";
    if (!std::filesystem::is_directory(dir)) return;
    std::set<std::string> unresolved;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        std::string name = e.path().stem().string();  // ofsted-<kind>_<slug>_<date>
        if (name.rfind("ofsted-school_", 0) == 0) continue;  // schools, not authorities
        auto a = name.find('_'), b = name.rfind('_');
        if (a == std::string::npos || a == b) continue;
        std::string slug = name.substr(a + 1, b - a - 1);
        for (auto& c : slug)
            if (c == '-') c = ' ';
        if (!Gazetteer::instance().lookup(slug)) unresolved.insert(slug);
    }
    CHECK(unresolved.empty());
    for (const auto& s : unresolved) MESSAGE("unresolved: " << s);
}

TEST_CASE("find_in_text: the longest name at word boundaries, earliest first, capitalised") {
    const auto& g = Gazetteer::instance();
    auto in = [&](const char* text) {
        const AuthorityInfo* a = g.find_in_text(text);
        return a ? a->name : std::string("(none)");
    };
    CHECK(in("The overall effectiveness of the arrangements to protect children in the Royal Borough of Greenwich is good.") == "Greenwich");
    CHECK(in("Inspection of North Yorkshire local authority children's services") == "North Yorkshire");
    CHECK(in("Inspection of North Northamptonshire children's services") == "North Northamptonshire");
    CHECK(in("Services in Bedfordshire and Luton") == "Luton");
    CHECK(in("Services in Central Bedfordshire") == "Central Bedfordshire");
    CHECK(in("Focused visit to Bournemouth, Christchurch and Poole children's services") == "Bournemouth, Christchurch and Poole");
    CHECK(in("Richmond upon Thames and Kingston") == "Richmond upon Thames");
    CHECK(in("improving reading age and helping families who bury relatives") == "(none)");
    CHECK(in("Reading Borough Council") == "Reading");
    CHECK(in("nothing here") == "(none)");
}
