#include <doctest/doctest.h>

#include <string>

#include "query/snippet.hpp"

using namespace assay;

namespace {

std::string filler(int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += "word" + std::to_string(i) + " ";
    return out;
}

}  // namespace

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

TEST_CASE("a long paragraph shows the window with the most distinct query words, then the most hits") {
    Analyzer an;
    const std::set<std::string> terms{an.term("police"), an.term("attendance")};
    // "police" three times early; "police" and "attendance" together late: the late window wins
    // on distinct words although the early one has more hits.
    std::string text = "police police police " + filler(40) + "police attendance was poor " + filler(40) + "end.";
    std::string s = make_snippet(text, terms, an, 12);
    CHECK(s.rfind("\xE2\x80\xA6", 0) == 0);  // cut at the start
    CHECK(s.find("<mark>police</mark> <mark>attendance</mark>") != std::string::npos);
    CHECK(s.find("<mark>police</mark> <mark>police</mark>") == std::string::npos);
    // It starts a few words before the first hit, for context.
    CHECK(s.find("word36 word37 word38 word39 <mark>police") != std::string::npos);
    CHECK(s.size() >= 3);
    CHECK(s.substr(s.size() - 3) == "\xE2\x80\xA6");  // and cut at the end

    // With only one distinct word anywhere, the window with the most hits.
    std::string two = filler(30) + "police " + filler(30) + "police police " + filler(30) + "end.";
    std::string t = make_snippet(two, terms, an, 10);
    CHECK(t.find("<mark>police</mark> <mark>police</mark>") != std::string::npos);
}

// A paragraph can match on its section heading's words alone.
TEST_CASE("no match in the text: a long paragraph shows its opening") {
    Analyzer an;
    std::string s = make_snippet(filler(50), {an.term("zebrafish")}, an, 10);
    CHECK(s.rfind("word0 word1", 0) == 0);
    CHECK(s.find("<mark>") == std::string::npos);
}
