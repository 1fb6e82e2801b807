#include <doctest/doctest.h>

#include "schema/thesaurus.hpp"

using namespace assay;

namespace {
std::vector<std::string> words(std::initializer_list<const char*> w) { return {w.begin(), w.end()}; }
}

TEST_CASE("each form of a group finds the group") {
    const auto& t = Thesaurus::instance();
    auto acr = t.longest_match(words({"cse"}), 0);
    REQUIRE(acr.group);
    CHECK(acr.length == 1);
    auto exp = t.longest_match(words({"child", "sexual", "exploitation", "risk"}), 0);
    REQUIRE(exp.group);
    CHECK(exp.group == acr.group);
    CHECK(exp.length == 3);
    CHECK(t.longest_match(words({"mash"}), 0).group == t.longest_match(words({"multi", "agency", "safeguarding", "hub"}), 0).group);
    CHECK(t.longest_match(words({"s47"}), 0).group == t.longest_match(words({"section", "47"}), 0).group);
    CHECK(t.longest_match(words({"director", "of", "childrens", "services"}), 0).group == t.longest_match(words({"dcs"}), 0).group);
}

TEST_CASE("longest match wins and position matters") {
    const auto& t = Thesaurus::instance();
    auto m = t.longest_match(words({"the", "child", "protection", "plan"}), 1);
    REQUIRE(m.group);
    CHECK(m.length == 3);
    CHECK_FALSE(t.longest_match(words({"the", "child"}), 0).group);
    CHECK_FALSE(t.longest_match(words({"cse"}), 1).group);
}

TEST_CASE("every group has at least two forms and no form is empty") {
    for (const auto& g : Thesaurus::instance().groups()) {
        CHECK(g.forms.size() >= 2);
        for (const auto& f : g.forms) CHECK(!f.empty());
    }
    CHECK(Thesaurus::instance().groups().size() > 60);
}
