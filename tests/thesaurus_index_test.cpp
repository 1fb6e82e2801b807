// Thesaurus group terms: the indexer adds one term where a form of a group occurs, the query
// side searches that term when the index was written with the same thesaurus, and falls back
// to the synonym of the forms' phrases when it was not.
#include <doctest/doctest.h>

#include "indexer/generations.hpp"
#include "indexer/inspect.hpp"
#include "indexer/writer.hpp"
#include "query/searcher.hpp"
#include "schema/fields.hpp"
#include "schema/thesaurus.hpp"
#include "support/sample_reports.hpp"
#include "support/temp_dir.hpp"

using namespace assay;
using namespace assay::testing;

namespace {

const SynonymGroup& group_of(const std::string& form) {
    std::vector<std::string> words;
    for (std::size_t at = 0; at <= form.size();) {
        auto space = form.find(' ', at);
        if (space == std::string::npos) space = form.size();
        words.push_back(form.substr(at, space - at));
        at = space + 1;
    }
    auto m = Thesaurus::instance().longest_match(words, 0);
    REQUIRE(m.group);
    REQUIRE(m.length == words.size());
    return *m.group;
}

std::vector<Xapian::termpos> positions(const Xapian::Document& doc, const std::string& term) {
    std::vector<Xapian::termpos> out;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
        if (*t == term)
            for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) out.push_back(*p);
    return out;
}

struct Index {
    TempDir dir{"thesaurus-index"};
    std::shared_ptr<const IndexSnapshot> snap;
    explicit Index(const std::string& thesaurus_stamp = "") {
        auto gen = new_generation(dir.path);
        {
            Analyzer analyzer;
            IndexWriter w(gen, true);
            w.add_report(
                make_report("cin1", "Camden", "E09000007", {2019, 5, 1}, DocType::inspection_report, "ilacs", "good", 2,
                            {{SectionKind::findings,
                              {"Plans for children in need are reviewed regularly.",
                               "Caseloads are manageable for most social workers.",
                               "The council runs three children's homes well.",
                               "The local authority's fostering service is strong."}}}),
                analyzer);
            w.commit();
            if (!thesaurus_stamp.empty()) {  // as if written with another table
                w.database().set_metadata(std::string(kMetaThesaurus), thesaurus_stamp);
                w.database().commit();
            }
        }
        publish_generation(dir.path, gen);
        snap = IndexSnapshot::open(dir.path);
    }
    SearchResult search(const std::string& q) {
        Searcher s(snap);
        SearchRequest req;
        req.query = q;
        req.explain = true;
        return s.search(req);
    }
};

}  // namespace

TEST_CASE("the analyzer adds a group term where a form starts, once per occurrence") {
    const auto& cin = group_of("children in need");
    std::string term = Thesaurus::group_term(cin);
    CHECK(term.rfind(field(FieldId::synonym).prefix, 0) == 0);
    Analyzer a;
    Xapian::Document doc;
    a.index(doc, "Plans for children in need, and for a child in need of help.", 1);
    // words: plans(1) for(2) children(3) in(4) need(5) and(6) for(7) a(8) child(9) in(10) need(11)
    CHECK(positions(doc, term) == std::vector<Xapian::termpos>{3, 9});
    Xapian::Document none;
    a.index(none, "Children are in need of nothing here: in need, children.", 1);
    CHECK(positions(none, term).empty());
}

TEST_CASE("a query for any form of a group searches the one group term") {
    Index idx;
    for (const char* q : {"CIN", "children in need", "\"child in need\""}) {
        CAPTURE(q);
        auto r = idx.search(q);
        CHECK(r.total == 1);
        CHECK(r.explain.find(Thesaurus::group_term(group_of("children in need"))) != std::string::npos);
        CHECK(r.explain.find("PHRASE") == std::string::npos);
        REQUIRE(r.hits.size() == 1);
        CHECK(r.hits[0].snippet.find("<mark>need</mark>") != std::string::npos);
    }
}

TEST_CASE("an index written with another thesaurus is searched through the forms' phrases") {
    Index idx("0123456789abcdef");
    auto r = idx.search("CIN");
    CHECK(r.total == 1);
    CHECK(r.explain.find("PHRASE") != std::string::npos);
    CHECK(r.explain.find(Thesaurus::group_term(group_of("children in need"))) == std::string::npos);
    // Right but slower, so the daemon's health and assay-index check say so, and why.
    CHECK(!idx.snap->group_terms);
    CHECK(idx.snap->degraded);
    CHECK(idx.snap->degraded_reason.find("another thesaurus") != std::string::npos);
    auto checked = check_index(idx.dir.path);
    CHECK(checked.ok());
    REQUIRE(checked.notes.size() == 1);
    CHECK(checked.notes[0].find("rebuild") != std::string::npos);
}

TEST_CASE("an index written with this thesaurus is neither degraded nor noted") {
    Index idx;
    CHECK(idx.snap->group_terms);
    CHECK(!idx.snap->degraded);
    auto checked = check_index(idx.dir.path);
    CHECK(checked.ok());
    CHECK(checked.notes.empty());
}

TEST_CASE("the council and the local authority are one body") {
    // Reports call the body they inspect either; a reader asking about the council's own homes
    // means the local authority's.
    Index idx;
    for (const char* q : {"council", "councils", "local authority", "Local Authorities"}) {
        CAPTURE(q);
        auto r = idx.search(q);
        CHECK(r.total == 2);
    }
    // A longer form is its own group: the authority's designated officer is not the authority.
    CHECK(group_of("local authority designated officer").forms != group_of("local authority").forms);
}
