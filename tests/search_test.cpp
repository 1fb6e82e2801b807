// End-to-end over the index and query path: reports written through IndexWriter, published as
// a generation, searched through Searcher; checked against known answers and a brute-force
// oracle over the same paragraphs.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "indexer/generations.hpp"
#include "indexer/lock.hpp"
#include "indexer/writer.hpp"
#include "query/searcher.hpp"
#include "schema/fields.hpp"
#include "schema/index_layout.hpp"
#include "schema/segments.hpp"
#include "schema/thesaurus.hpp"
#include "support/published_index.hpp"
#include "support/sample_reports.hpp"
#include "support/temp_dir.hpp"

using namespace assay;
using namespace assay::testing;

namespace {

struct Fixture {
    TempDir dir{"search"};
    std::vector<Report> reports = sample_reports();
    std::shared_ptr<const IndexSnapshot> snap;

    Fixture() : snap(searchable(dir.path, reports)) {}

    SearchResult search(const std::string& q, std::size_t limit = 50) {
        Searcher s(snap);
        SearchRequest req;
        req.query = q;
        req.limit = limit;
        return s.search(req);
    }

    // Paragraph texts containing every / any of the words' terms.
    std::set<std::string> oracle(const std::vector<std::string>& words, bool all) {
        Analyzer a;
        std::set<std::string> out;
        for (const auto& r : reports)
            for (const auto& s : r.sections)
                for (const auto& p : s.paragraphs) {
                    std::set<std::string> terms;
                    for (const auto& t : a.tokenize(p.text)) terms.insert(a.term(t.word));
                    std::size_t found = 0;
                    for (const auto& w : words) found += terms.count(a.term(w));
                    if (all ? found == words.size() : found > 0) out.insert(p.text);
                }
        return out;
    }
};

// Paragraph texts of the hits, without the printed number a hit's text starts with.
std::string plain(const Hit& h) {
    std::string prefix = h.paragraph + ". ";
    return !h.paragraph.empty() && h.text.rfind(prefix, 0) == 0 ? h.text.substr(prefix.size()) : h.text;
}

std::set<std::string> texts(const SearchResult& r) {
    std::set<std::string> out;
    for (const auto& h : r.hits) out.insert(plain(h));
    return out;
}

const FacetValue* facet(const SearchResult& r, const std::string& name, const std::string& value) {
    for (const auto& [n, values] : r.facets)
        if (n == name)
            for (const auto& v : values)
                if (v.value == value) return &v;
    return nullptr;
}

}  // namespace

TEST_CASE("ranked search finds the paragraphs and cites them") {
    Fixture f;
    auto r = f.search("strategy discussions police attendance");
    REQUIRE(r.hits.size() >= 3);
    CHECK(r.hits[0].text == "1. Police attendance at strategy discussions is consistent and timely.");
    CHECK(r.hits[0].authority == "Brent");
    CHECK(r.hits[0].ons_code == "E09000005");
    CHECK(r.hits[0].date == "2012-10-31");
    CHECK(r.hits[0].type == "inspection_report");
    CHECK(r.hits[0].paragraph == "1");
    CHECK(r.hits[0].section_kind == "help_and_protection");
    CHECK(r.hits[0].source == "/reports/brent2012.txt");
    CHECK(r.hits[0].snippet.find("<mark>Police</mark>") != std::string::npos);
    for (std::size_t i = 1; i < r.hits.size(); ++i) CHECK(r.hits[i - 1].score >= r.hits[i].score);
}

TEST_CASE("differential: OR and AND match exactly what a scan finds") {
    Fixture f;
    std::vector<std::string> vocab{"police",       "caseloads",   "supervision", "children", "timely", "strategy",
                                   "arrangements", "recruitment", "assessment",  "leaders",  "missing"};
    unsigned seed = std::random_device{}();
    CAPTURE(seed);
    std::mt19937 rng(seed);
    for (int i = 0; i < 30; ++i) {
        std::string a = vocab[rng() % vocab.size()], b = vocab[rng() % vocab.size()];
        CAPTURE(a);
        CAPTURE(b);
        auto any = f.search(a + " " + b);
        CHECK(any.total == f.oracle({a, b}, false).size());
        CHECK(texts(any) == f.oracle({a, b}, false));
        auto both = f.search(a + " AND " + b);
        CHECK(texts(both) == f.oracle({a, b}, true));
        CHECK(both.total == f.oracle({a, b}, true).size());
    }
}

TEST_CASE("filters narrow; filter-then-search equals search-then-filter") {
    Fixture f;
    auto all = f.search("strategy police");
    auto brent = f.search("strategy police authority:Brent");
    std::set<std::string> expected;
    for (const auto& h : all.hits)
        if (h.authority == "Brent") expected.insert(plain(h));
    CHECK(texts(brent) == expected);
    CHECK(brent.total == expected.size());
    for (const auto& h : brent.hits) CHECK(h.authority == "Brent");
    // Any alias or the ONS code selects the same authority.
    CHECK(texts(f.search("strategy police authority:E09000005")) == expected);
    CHECK(texts(f.search("strategy police authority:\"London Borough of Brent\"")) == expected);
}

TEST_CASE("facet counts are exact and disjunctive") {
    Fixture f;
    auto r = f.search("strategy police caseloads");
    REQUIRE(facet(r, "authority", "Brent"));
    std::map<std::string, std::size_t> by_authority;
    for (const auto& h : f.search("strategy police caseloads", 100).hits) ++by_authority[h.authority];
    for (const auto& [name, n] : by_authority) CHECK(facet(r, "authority", name)->count == n);
    // Filtering on an authority leaves the authority counts as they were, and selected.
    auto filtered = f.search("strategy police caseloads authority:Greenwich");
    for (const auto& [name, n] : by_authority) CHECK(facet(filtered, "authority", name)->count == n);
    CHECK(facet(filtered, "authority", "Greenwich")->selected);
    // ...while other facets narrow to Greenwich's paragraphs.
    std::size_t greenwich = by_authority["Greenwich"];
    std::size_t years = 0;
    for (const auto& [n, values] : filtered.facets)
        if (n == "year")
            for (const auto& v : values) years += v.count;
    CHECK(years == greenwich);
    CHECK(filtered.total == greenwich);
}

TEST_CASE("year, date, grade, section and type filters") {
    Fixture f;
    auto texts_of = [&](const std::string& q) { return f.search(q, 100).total; };
    CHECK(texts_of("year:2019") == 6);
    CHECK(texts_of("year:2012..2013") == 9);
    CHECK(texts_of("year:..2012") == 9);
    CHECK(texts_of("year:2013..") == 6);
    CHECK(texts_of("date:2012-12-01..") == 10);
    CHECK(texts_of("date:2012-12-01..2012-12-31") == 4);
    CHECK(texts_of("grade:good") == 7);
    CHECK(texts_of("grade:adequate") == 5);
    CHECK(texts_of("section:recommendations") == 3);
    CHECK(texts_of("type:focused_visit") == 3);
    CHECK(texts_of("framework:ilacs") == 6);
    CHECK(texts_of("supervision section:recommendations") == 1);
    // A browse (filters only) lists newest first.
    auto browse = f.search("authority:Greenwich");
    REQUIRE(!browse.hits.empty());
    CHECK(browse.hits.front().date == "2019-05-24");
}

TEST_CASE("unknown filter values are errors listing the valid ones") {
    Fixture f;
    CHECK_THROWS_WITH_AS(f.search("grade:excellent"), doctest::Contains("outstanding"), QueryError);
    CHECK_THROWS_WITH_AS(f.search("type:memo"), doctest::Contains("focused_visit"), QueryError);
    CHECK_THROWS_WITH_AS(f.search("section:nowhere"), doctest::Contains("recommendations"), QueryError);
    CHECK_THROWS_WITH_AS(f.search("authority:Atlantis"), doctest::Contains("authority"), QueryError);
    CHECK_THROWS_WITH_AS(f.search("year:soon"), doctest::Contains("year"), QueryError);
    CHECK_THROWS_WITH_AS(f.search("colour:red"), doctest::Contains("unknown field"), QueryError);
}

TEST_CASE("phrases, exclusion, NEAR and hyphen variants") {
    Fixture f;
    CHECK(f.search("\"strategy discussions\"").total == 3);
    CHECK(f.search("\"discussions strategy\"").total == 0);
    // Stop words are not indexed: a phrase's other words match in order, spread over no more
    // words than were typed.
    CHECK(texts(f.search("\"levels of domestic violence\"")) ==
          std::set<std::string>{"The borough has high levels of domestic violence and the MARAC is well attended."});
    CHECK(f.search("\"levels domestic violence\"").total == 0);
    CHECK(f.search("\"violence of domestic levels\"").total == 0);
    CHECK(f.search("\"levels of the domestic violence\"").total == 1);
    // Only stop words: nothing matches (not everything, date-sorted).
    CHECK(f.search("the").total == 0);
    CHECK(f.search("\"to be\"").total == 0);
    CHECK(f.search("\"to be\" supervision").total == 2);
    auto no_police = f.search("strategy -police");
    for (const auto& h : no_police.hits) CHECK(h.text.find("olice") == std::string::npos);
    CHECK(f.search("police NEAR/3 attendance").total == 2);
    CHECK(f.search("police NEAR/3 timely").total == 0);
    CHECK(f.search("police NEAR/9 timely").total == 1);
    // Synonym-bearing words and phrases in boosts never reach Xapian's leaf-only NEAR.
    CHECK(f.search("MASH police strategy").total > 0);
    CHECK(f.search("\"multi-agency safeguarding hub\" police IRO").total > 0);
    CHECK_THROWS_AS(f.search("\"strategy discussions\" NEAR police"), QueryError);
    // multi-agency = multiagency = multi agency
    auto hyph = texts(f.search("\"multi-agency\""));
    auto joined = texts(f.search("multiagency"));
    CHECK(hyph.count("The multi-agency safeguarding hub provides a timely response.") == 1);
    CHECK(joined.count("The multi-agency safeguarding hub provides a timely response.") == 1);
    CHECK(joined.count("Multiagency strategy meetings are held promptly, but police attendance is variable.") == 1);
}

TEST_CASE("thesaurus: an acronym finds its expansion and back") {
    Fixture f;
    auto mash = texts(f.search("MASH"));
    CHECK(mash.count("The multi-agency safeguarding hub provides a timely response.") == 1);
    CHECK(mash.count("Foster carer recruitment has improved; the MASH is effective.") == 1);
    auto hub = texts(f.search("\"multi-agency safeguarding hub\""));
    CHECK(hub.count("Foster carer recruitment has improved; the MASH is effective.") == 1);
    auto unquoted = texts(f.search("multi-agency safeguarding hub"));
    CHECK(unquoted.count("Foster carer recruitment has improved; the MASH is effective.") == 1);
}

TEST_CASE("collapse to N paragraphs per report, and paging") {
    Fixture f;
    SearchRequest req;
    req.query = "police strategy caseloads supervision";
    req.per_report = 1;
    req.limit = 50;
    Searcher s(f.snap);
    auto r = s.search(req);
    std::set<std::string> reports;
    for (const auto& h : r.hits) CHECK(reports.insert(h.report_id).second);
    req.per_report = 0;
    req.limit = 2;
    auto page1 = s.search(req);
    req.offset = 2;
    auto page2 = s.search(req);
    REQUIRE(page1.hits.size() == 2);
    REQUIRE(!page2.hits.empty());
    CHECK(page2.hits[0].rank == 3);
    CHECK(page1.hits[1].seq != page2.hits[0].seq);
    req.limit = kMaxLimit + 1;
    CHECK_THROWS_AS(s.search(req), RequestError);
}

TEST_CASE("text is stored as written; snippets are escaped") {
    Fixture f;
    auto r = f.search("wishes feelings");
    REQUIRE(!r.hits.empty());
    CHECK(r.hits[0].text.find("<script>alert(1)</script>") != std::string::npos);
    CHECK(r.hits[0].snippet.find("<script>") == std::string::npos);
    CHECK(r.hits[0].snippet.find("&lt;script&gt;") != std::string::npos);
}

TEST_CASE("an index of another schema version is refused with a reason") {
    Fixture f;
    auto gen = new_generation(f.dir.path);
    {
        Xapian::WritableDatabase db(gen.string(), Xapian::DB_CREATE_OR_OVERWRITE);
        db.set_metadata(std::string(kMetaSchemaVersion), "0");
        db.commit();
    }
    publish_generation(f.dir.path, gen);
    CHECK_THROWS_WITH_AS(IndexSnapshot::open(f.dir.path), doctest::Contains("rebuild"), IndexUnavailable);
    CHECK_THROWS_WITH_AS(IndexSnapshot::open(f.dir.path / "nothing"), doctest::Contains("no index"), IndexUnavailable);
}

TEST_CASE("segments of an older schema are refused as such, not as damaged") {
    Fixture f;
    auto gen = new_generation(f.dir.path);
    const std::string name = new_segment_name();
    {
        Xapian::WritableDatabase db(segment_path(gen, name).string(), Xapian::DB_CREATE_OR_OVERWRITE);
        Xapian::Document doc;  // schema 8 kept a paragraph's record in the document data
        doc.set_data("a record");
        doc.add_term("fostering");
        db.add_document(doc);
        db.set_metadata(std::string(kMetaSchemaVersion), "8");
        db.commit();
    }
    write_segment_list(gen, {name});
    publish_generation(f.dir.path, gen);
    CHECK_THROWS_WITH_AS(IndexSnapshot::open(f.dir.path), doctest::Contains("has schema version 8"), IndexUnavailable);
}

TEST_CASE("a corrupt facet record is detected and counted from terms instead") {
    Fixture f;
    {
        Xapian::WritableDatabase db(f.snap->generation.string(), Xapian::DB_OPEN);
        std::string bytes = db.get_metadata(std::string(kMetaFacets));
        bytes[bytes.size() / 2] ^= 0x20;
        db.set_metadata(std::string(kMetaFacets), bytes);
        db.commit();
    }
    auto snap = IndexSnapshot::open(f.dir.path);
    CHECK(snap->degraded);
    CHECK(snap->facets == f.snap->facets);
}

TEST_CASE("one writer at a time; the second is told who holds the lock") {
    TempDir d{"lock"};
    WriterLock first(d.path);
    CHECK_THROWS_WITH_AS(WriterLock second(d.path), doctest::Contains(("pid " + std::to_string(::getpid())).c_str()),
                         LockError);
}

TEST_CASE("publishing swaps CURRENT and keeps one previous generation") {
    TempDir d{"gens"};
    std::vector<std::filesystem::path> gens;
    for (int i = 0; i < 4; ++i) {
        auto gen = new_generation(d.path);
        {
            IndexWriter w(gen, true);
            w.commit();
        }
        publish_generation(d.path, gen);
        gens.push_back(gen);
        CHECK(current_generation(d.path)->filename() == gen.filename());
    }
    remove_old_generations(d.path);
    CHECK(std::filesystem::exists(gens[3]));
    CHECK(std::filesystem::exists(gens[2]));
    CHECK_FALSE(std::filesystem::exists(gens[1]));
    CHECK_FALSE(std::filesystem::exists(gens[0]));
}

TEST_CASE("did you mean: unknown words are replaced by the closest indexed word") {
    Fixture f;
    CHECK(f.search("caseloads suprvision").suggestion == "caseloads supervision");
    CHECK(f.search("Stratgy discussions").suggestion == "strategy discussions");
    CHECK(f.search("caseloads supervision").suggestion.empty());
}
