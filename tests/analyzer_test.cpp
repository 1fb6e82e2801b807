#include <doctest/doctest.h>

#include <map>
#include <random>

#include "schema/analyzer.hpp"
#include "schema/fields.hpp"
#include "schema/utf8.hpp"

using namespace assay;

namespace {
std::vector<std::string> words(const Analyzer& a, std::string_view text, bool with_compounds = false) {
    std::vector<std::string> out;
    for (const auto& t : a.tokenize(text))
        if (with_compounds || !t.compound) out.push_back(t.word);
    return out;
}
std::vector<std::string> terms(const Analyzer& a, std::string_view text) {
    std::vector<std::string> out;
    for (const auto& t : a.tokenize(text)) out.push_back(a.term(t.word));
    return out;
}
}  // namespace

TEST_CASE("words are case-folded and apostrophes unified") {
    Analyzer a;
    CHECK(words(a, "Children’s Services") == std::vector<std::string>{"children", "services"});
    CHECK(words(a, "children's services") == std::vector<std::string>{"children", "services"});
    CHECK(words(a, "CHILDREN’S") == std::vector<std::string>{"children"});
    CHECK(words(a, "don't") == std::vector<std::string>{"dont"});
}

TEST_CASE("numbers are kept as tokens") {
    Analyzer a;
    CHECK(words(a, "section 47 enquiries") == std::vector<std::string>{"section", "47", "enquiries"});
    CHECK(words(a, "aged 16 and 17") == std::vector<std::string>{"aged", "16", "and", "17"});
    CHECK(words(a, "27.2% of 65,519") == std::vector<std::string>{"27.2", "of", "65,519"});
    CHECK(words(a, "s47") == std::vector<std::string>{"s47"});
}

TEST_CASE("hyphenated words yield their parts and the joined form") {
    Analyzer a;
    auto toks = a.tokenize("multi-agency work");
    REQUIRE(toks.size() == 4);
    CHECK(toks[0].word == "multiagency");
    CHECK(toks[0].compound);
    CHECK(toks[0].pos == toks[1].pos);  // the joined form shares the first part's position
    CHECK(toks[1].word == "multi");
    CHECK(toks[2].word == "agency");
    CHECK(toks[2].pos == toks[1].pos + 1);
    CHECK(words(a, "multi agency") == std::vector<std::string>{"multi", "agency"});
    CHECK(words(a, "multiagency") == std::vector<std::string>{"multiagency"});
    // A non-ASCII text (curly quote) takes the ICU path and must agree.
    auto icu = words(a, "‘multi-agency’ work", true);
    CHECK(icu == std::vector<std::string>{"multiagency", "multi", "agency", "work"});
}

TEST_CASE("NFKC folding: ligatures, full-width, eszett, dotted capital I") {
    Analyzer a;
    CHECK(words(a, "ﬁle") == std::vector<std::string>{"file"});
    CHECK(words(a, "ＡＢＣ１２３") == std::vector<std::string>{"abc123"});
    CHECK(words(a, "Straße") == std::vector<std::string>{"strasse"});
    // Case folding maps İ to i + combining dot: documented, and stable between index and query.
    CHECK(words(a, "İstanbul") == words(a, "i̇stanbul"));
    CHECK(words(a, "soft\xC2\xADhyphen") == std::vector<std::string>{"softhyphen"});
}

TEST_CASE("English stemming through Xapian") {
    Analyzer a;
    CHECK(terms(a, "discussions") == terms(a, "discussion"));
    CHECK(a.term("attended") == a.term("attend"));
    CHECK(a.term("strategies") == a.term("strategy"));
    CHECK(a.term("47") == "47");
}

TEST_CASE("byte offsets point at the token in the input") {
    Analyzer a;
    std::string text = "The MASH’s “front door” – works.";
    for (const auto& t : a.tokenize(text)) {
        REQUIRE(t.end <= text.size());
        REQUIRE(t.start < t.end);
    }
    auto toks = a.tokenize(text);
    CHECK(text.substr(toks[1].start, toks[1].end - toks[1].start) == "MASH’s");
    CHECK(text.substr(toks[2].start, toks[2].end - toks[2].start) == "front");
}

TEST_CASE("invalid UTF-8 and huge tokens never crash, offsets stay in range") {
    Analyzer a;
    unsigned seed = std::random_device{}();
    CAPTURE(seed);
    std::mt19937 rng(seed);
    for (int round = 0; round < 200; ++round) {
        std::string s(rng() % 300, '\0');
        for (auto& c : s) c = static_cast<char>(rng() % 256);
        std::size_t limit = sanitize_utf8(s).size();
        for (const auto& t : a.tokenize(s)) {
            CHECK(t.start < t.end);
            CHECK(t.end <= limit);
            CHECK(t.word.size() <= kMaxTokenBytes);
        }
    }
    std::string huge(100000, 'a');
    CHECK(a.tokenize(huge).empty());  // longer than kMaxTokenBytes: dropped
}

TEST_CASE("fold is idempotent") {
    Analyzer a;
    for (std::string s : {"Children’s", "MULTI-AGENCY", "ﬁle", "Straße", "section 47"})
        CHECK(a.fold(a.fold(s)) == a.fold(s));
}

// Removing an apostrophe must leave a word the query side would make the same way: marks that
// now follow a letter compose with it, and marks left at the start are not part of a word.
TEST_CASE("apostrophe removal leaves a settled word") {
    Analyzer a;
    // e + apostrophe + combining acute + x: without the apostrophe, e and the accent compose.
    CHECK(words(a, "e'\u0301x") == std::vector<std::string>{"\u00e9x"});
    CHECK(a.term(words(a, "e'\u0301x").at(0)) == a.term(words(a, "\u00e9x").at(0)));
    // Modifier apostrophe, combining acute, then letters: the marks go with the apostrophe.
    CHECK(words(a, "\u02bc\u0301abc") == std::vector<std::string>{"abc"});
    // Nothing but an apostrophe and marks: no word at all, as a query typing the marks gets.
    CHECK(words(a, "\u02bc\u0301").empty());
    for (std::string s : {"e'\u0301x", "\u02bc\u0301abc", "\u02bc\u0301\u0327a'\u0308b"})
        for (const auto& w : words(a, s)) CHECK(a.fold(w) == w);
}

// Compatibility folding can turn one word into several (U+FDFA is a phrase of four Arabic
// words; U+037A becomes a space and iota): each becomes its own token, as a query gets them.
TEST_CASE("a word that folds into several words gives several tokens") {
    Analyzer a;
    auto ligature = words(a, "\uFDFA");
    CHECK(ligature.size() == 4);
    CHECK(ligature == words(a, a.fold("\uFDFA")));
    CHECK(words(a, "x\u037Ay") == std::vector<std::string>{"x", "\u03B9y"});
    for (std::string s : {"\uFDFA", "x\u037Ay", "a \uFDFA b"})
        for (const auto& w : words(a, s)) CHECK(a.fold(w) == w);
    // Offsets of the parts point at the original word; positions follow on.
    auto tokens = a.tokenize("a \uFDFA b");
    REQUIRE(tokens.size() == 6);
    CHECK(tokens[1].start == 2);
    CHECK(tokens[4].end == 5);
    CHECK(tokens[5].word == "b");
    CHECK(tokens[5].pos == 5);
}

TEST_CASE("a folded word is split as the word rules split the folded text") {
    Analyzer a;
    // U+0140 folds to l and a middle dot, which joins letters (Catalan l·l) but ends no word.
    CHECK(words(a, "\u0140 x") == std::vector<std::string>{"l", "x"});
    CHECK(words(a, "\u0140o") == std::vector<std::string>{"l\u00B7o"});
    for (std::string s : {"\u0140", "\u0140o", "x\u0140 \u0140\u0301"})
        for (const auto& w : words(a, s)) CHECK(a.fold(w) == w);
}

TEST_CASE("a dot above left beside an i once an apostrophe goes is dropped, as for İ") {
    Analyzer a;
    CHECK(words(a, "ti\u2019\u0307ie") == std::vector<std::string>{"tiie"});
    for (const auto& w : words(a, "ti\u2019\u0307ie")) CHECK(a.fold(w) == w);
}

TEST_CASE("stop words keep their place but add no term; their count stays in the length") {
    Analyzer a;
    Xapian::Document doc;
    CHECK(a.index(doc, "The quality of the supervision", 1) == 6);
    std::map<std::string, std::vector<Xapian::termpos>> positions;
    std::map<std::string, Xapian::termcount> wdf;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
        wdf[*t] = t.get_wdf();
        for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) positions[*t].push_back(*p);
    }
    const std::string stop_term(field(FieldId::function_words).prefix);
    CHECK(positions == std::map<std::string, std::vector<Xapian::termpos>>{{"qualiti", {2}}, {"supervis", {5}}});
    CHECK(wdf == std::map<std::string, Xapian::termcount>{{"qualiti", 1}, {"supervis", 1}, {stop_term, 3}});
    CHECK(is_stopword("the"));
    CHECK_FALSE(is_stopword("quality"));
    // A heading's words: no positions, and its stop words counted too.
    Xapian::Document heading;
    a.index_unpositioned(heading, "Help and protection");
    std::map<std::string, Xapian::termcount> heading_wdf;
    for (auto t = heading.termlist_begin(); t != heading.termlist_end(); ++t) {
        heading_wdf[*t] = t.get_wdf();
        CHECK(t.positionlist_count() == 0);
    }
    CHECK(heading_wdf == std::map<std::string, Xapian::termcount>{{"help", 1}, {"protect", 1}, {stop_term, 1}});
}
