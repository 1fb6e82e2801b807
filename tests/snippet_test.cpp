#include <doctest/doctest.h>

#include "query/snippet.hpp"

using namespace assay;

TEST_CASE("snippets mark matching words and escape everything else") {
    Analyzer a;
    std::set<std::string> terms{a.term("police"), a.term("strategy")};
    auto s = make_snippet("Police attend <b>strategy</b> discussions & meetings.", terms, a);
    CHECK(s == "<mark>Police</mark> attend &lt;b&gt;<mark>strategy</mark>&lt;/b&gt; discussions &amp; meetings.");
}

TEST_CASE("report text can never inject markup") {
    Analyzer a;
    std::set<std::string> terms{a.term("img")};
    auto s = make_snippet("\"><img src=x onerror=alert(1)> <script>alert('x')</script>", terms, a);
    CHECK(s.find("<img") == std::string::npos);
    CHECK(s.find("<script") == std::string::npos);
    CHECK(s.find("&lt;<mark>img</mark>") != std::string::npos);
    CHECK(html_escape("a\"b'c") == "a&quot;b&#39;c");
}

TEST_CASE("long paragraphs are cut around the densest cluster of hits") {
    Analyzer a;
    std::string text;
    for (int i = 0; i < 60; ++i) text += "filler" + std::to_string(i) + " ";
    text += "the police attended every strategy discussion ";
    for (int i = 0; i < 60; ++i) text += "tail" + std::to_string(i) + " ";
    std::set<std::string> terms{a.term("police"), a.term("strategy")};
    auto s = make_snippet(text, terms, a, 20);
    CHECK(s.find("<mark>police</mark>") != std::string::npos);
    CHECK(s.find("<mark>strategy</mark>") != std::string::npos);
    CHECK(s.rfind("\xE2\x80\xA6", 0) == 0);  // starts with an ellipsis
    CHECK(s.find("filler0 ") == std::string::npos);
}
