// Segments: an index changed by updates (many segments, deleted paragraphs) answers exactly as
// a fresh build of the same files does (hits, totals, facet counts); a merge drops the deleted
// paragraphs and then ranks exactly as the fresh build; an update shares the old segments
// instead of copying them; the tiered merge policy picks what it should.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>

#include "indexer/build.hpp"
#include "indexer/inspect.hpp"
#include "indexer/merge.hpp"
#include "indexer/merge_policy.hpp"
#include "indexer/segment_merge.hpp"
#include "indexer/update.hpp"
#include "query/searcher.hpp"
#include "schema/index_layout.hpp"
#include "schema/record_dictionary.hpp"
#include "schema/segments.hpp"
#include "schema/stored.hpp"
#include "support/temp_dir.hpp"

using namespace assay;
using namespace assay::testing;
namespace fs = std::filesystem;

namespace {

const fs::path kOfsted = fs::path(ASSAY_SHARED_DIR) / "corpus" / "ofsted";

std::vector<fs::path> real_reports(std::size_t n) {
    std::vector<fs::path> all;
    for (const auto& e : fs::directory_iterator(kOfsted))
        if (e.path().extension() == ".txt") all.push_back(e.path());
    std::sort(all.begin(), all.end());
    if (all.size() > n) all.resize(n);
    return all;
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

const std::vector<std::string> kQueries = {
    "police",
    "strategy discussions police attendance",
    "\"return home interviews\"",
    // Phrases are matched by Xapian, not by bitmap algebra (match_bitmap.hpp).
    "\"management oversight\"",
    "\"strategy discussions\" police",
    "caseloads grade:inadequate",
    "adoption NOT delay",
    "section:leadership",
    "year:2015..",
    "care leavers accommodation",
    "zebrafish",
    "supervision AND managers",
};

struct Answer {
    std::size_t total = 0;
    std::multiset<std::string> hits;
    std::map<std::string, double> scores;
    std::map<std::string, std::string> citations;  // read from the report records, lazily
    std::vector<std::pair<std::string, std::vector<std::tuple<std::string, std::size_t, bool>>>> facets;
};

Answer ask(const fs::path& index, const std::string& q) {
    Searcher s(IndexSnapshot::open(index));
    SearchRequest req;
    req.query = q;
    req.limit = 1000;
    SearchResult r = s.search(req);
    Answer a;
    a.total = r.total;
    // Copies of one wording are one hit; which copy stands for them depends on docid order,
    // so a hit is known by its signature.
    for (const auto& h : r.hits) {
        // A hit is never among its own copies (a document of a multi-database knows only its
        // docid in its segment; the combined one must be used).
        for (const auto& c : h.also_in) CHECK_FALSE((c.report_id == h.report_id && c.seq == h.seq));
        a.hits.insert(h.signature);
        a.scores[h.signature] = h.score;
        // (A wording with copies is cited from whichever copy stands for it.)
        if (h.also_in.empty())
            a.citations[h.signature] = h.authority + "|" + h.date + "|" + h.section + "|" + h.paragraph;
    }
    for (const auto& [name, values] : r.facets) {
        std::vector<std::tuple<std::string, std::size_t, bool>> vs;
        for (const auto& v : values) vs.emplace_back(v.value, v.count, v.selected);
        std::sort(vs.begin(), vs.end());
        a.facets.emplace_back(name, std::move(vs));
    }
    return a;
}

// What a Xapian::DatabaseCorruptError thrown by `f` says ("" when nothing is thrown; doctest
// cannot read Xapian's exceptions).
template <typename F>
std::string corruption_reported(F f) {
    try {
        f();
    } catch (const Xapian::DatabaseCorruptError& e) {
        return e.get_msg();
    }
    return "";
}

std::string suggestion(const fs::path& index, const std::string& q) {
    Searcher s(IndexSnapshot::open(index));
    SearchRequest req;
    req.query = q;
    return s.search(req).suggestion;
}

// The same hits, totals and facet counts for every query; with `same_scores`, the same BM25
// weights too.
void check_same_answers(const fs::path& index, const fs::path& fresh, bool same_scores) {
    for (const auto& q : kQueries) {
        CAPTURE(q);
        Answer a = ask(index, q), b = ask(fresh, q);
        CHECK(a.total == b.total);
        CHECK(a.hits == b.hits);
        CHECK(a.facets == b.facets);
        CHECK(a.citations == b.citations);
        if (same_scores)
            for (const auto& [hit, score] : b.scores) CHECK(a.scores[hit] == doctest::Approx(score).epsilon(1e-9));
    }
}

struct Fixture {
    TempDir dir{"segments"};
    fs::path corpus = dir.path / "corpus", index = dir.path / "index", fresh = dir.path / "fresh";
    std::vector<fs::path> files = real_reports(66);

    BuildOptions options(const fs::path& idx, unsigned shards = 2) const {
        BuildOptions o;
        o.corpora = {corpus};
        o.index_dir = idx;
        o.jobs = 2;
        o.shards = shards;
        o.merge = MergePolicy::never();  // the updates' segments and deletions kept apart
        return o;
    }
    void put(std::size_t i, const std::string& extra = "") const {
        fs::create_directories(corpus);
        std::ofstream(corpus / files[i].filename(), std::ios::binary) << slurp(files[i]) << extra;
    }
    void drop(std::size_t i) const { fs::remove(corpus / files[i].filename()); }

    // Builds 60 reports, then changes, adds and removes reports through five updates (a few to
    // a segment, under the share the merge policy rewrites a segment for).
    void build_and_change() {
        for (std::size_t i = 0; i < 60; ++i) put(i);
        build_index(options(index));
        for (std::size_t i : {2, 11, 17})
            put(i, "\n\nInspectors saw a zebrafish tank in the reception area of the children's home.\n");
        CHECK(update_index(options(index)).changed == 3);
        drop(5);
        drop(22);
        for (std::size_t i : {60, 61, 62}) put(i);
        auto u = update_index(options(index));
        CHECK(u.removed == 2);
        CHECK(u.added == 3);
        put(11, "\n\nA second zebrafish, and police attendance at every strategy discussion.\n");  // changed twice
        CHECK(update_index(options(index)).changed == 1);
        put(63);
        add_files(index, {corpus / files[63].filename()}, options(index));
        remove_files(index, {corpus / files[17].filename()}, MergePolicy::never());
        drop(17);
    }
};

}  // namespace

TEST_CASE("many segments with deletions answer as a fresh one-segment build; after a merge they rank the same too") {
    if (!fs::exists(kOfsted)) {
        MESSAGE("../shared/corpus/ofsted not found: test skipped");
        return;
    }
    Fixture f;
    f.build_and_change();
    auto segments = read_segment_list(*current_generation(f.index));
    CHECK(segments.size() >= 3);
    std::size_t deletion_files = 0;
    for (const auto& s : segments) deletion_files += fs::exists(deletions_path(*current_generation(f.index), s));
    CHECK(deletion_files >= 1);  // the comparison covers deleted paragraphs still in their segment
    build_index(f.options(f.fresh, 1));
    REQUIRE(read_segment_list(*current_generation(f.fresh)).size() == 1);
    CHECK(index_stats(f.index).reports == index_stats(f.fresh).reports);
    CHECK(index_stats(f.index).paragraphs == index_stats(f.fresh).paragraphs);
    CHECK(index_stats(f.index).facets == index_stats(f.fresh).facets);
    CHECK(check_index(f.index).ok());

    check_same_answers(f.index, f.fresh, false);
    CHECK(ask(f.fresh, "zebrafish").total == 2);
    CHECK(ask(f.fresh, "\"management oversight\"").total > 20);  // the phrases' comparison is not vacuous
    // "Did you mean" knows a word only updates brought, from the spelling of their segment.
    CHECK(suggestion(f.index, "zebrafsh") == "zebrafish");  // 2 and 11 changed (a paragraph each), 17 removed

    MergeSummary m = merge_index(f.index);
    CHECK(m.segments_after == 1);
    CHECK(m.dropped > 0);
    CHECK(check_index(f.index).ok());
    check_same_answers(f.index, f.fresh, true);             // no deleted paragraph left in the statistics
    CHECK(suggestion(f.index, "zebrafsh") == "zebrafish");  // the merge kept the spelling words
    CHECK(merge_index(f.index).generation.empty());         // one segment, nothing deleted: nothing to do
}

TEST_CASE("an update writes one new segment and shares the old ones' files") {
    if (!fs::exists(kOfsted)) return;
    Fixture f;
    // Sixteen reports in two segments: one changed report is too small a share of its segment
    // for the merge policy to rewrite it.
    for (std::size_t i = 0; i < 16; ++i) f.put(i);
    build_index(f.options(f.index));
    fs::path before = *current_generation(f.index);
    auto old_segments = read_segment_list(before);
    f.put(3, "\n\nA changed paragraph about zebrafish.\n");
    update_index(f.options(f.index));
    fs::path after = *current_generation(f.index);
    auto segments = read_segment_list(after);
    REQUIRE(segments.size() == old_segments.size() + 1);
    for (const auto& s : old_segments)
        CHECK(fs::equivalent(before / s / "postlist.glass", after / s / "postlist.glass"));  // one file, two names
    std::size_t deletion_files = 0;
    for (const auto& s : old_segments) deletion_files += fs::exists(deletions_path(after, s));
    CHECK(deletion_files == 1);  // beside the segment that held report 3
    CHECK_FALSE(fs::exists(after / segments.back() / "termlist.glass"));
    // Paragraph records are compressed; the update's few reports use a dictionary the build
    // trained, kept beside them.
    auto dictionaries = [&](const std::string& s) {
        std::set<std::string> keys;
        Xapian::Database db((after / s).string());
        const std::string prefix(kMetaDictionaryPrefix);
        for (auto k = db.metadata_keys_begin(prefix); k != db.metadata_keys_end(prefix); ++k) keys.insert(*k);
        std::size_t compressed = 0;
        for (auto d = db.postlist_begin(""); d != db.postlist_end(""); ++d)
            compressed += is_compressed_record(stored_record(db.get_document(*d)));
        CHECK(compressed == db.get_doccount());
        return keys;
    };
    std::set<std::string> built;
    for (const auto& s : old_segments) {
        auto keys = dictionaries(s);
        CHECK(keys.size() == 1);
        built.insert(keys.begin(), keys.end());
    }
    auto added = dictionaries(segments.back());
    REQUIRE(added.size() == 1);
    CHECK(built.count(*added.begin()) == 1);
}

TEST_CASE("a build numbers its segments' record dictionaries; two different ones under one id are refused") {
    if (!fs::exists(kOfsted)) return;
    Fixture f;
    for (std::size_t i = 0; i < 12; ++i) f.put(i);
    build_index(f.options(f.index, 2));
    fs::path gen = *current_generation(f.index);
    auto names = read_segment_list(gen);
    REQUIRE(names.size() == 2);
    const std::string prefix(kMetaDictionaryPrefix);
    std::vector<std::string> bytes;
    for (std::size_t i = 0; i < 2; ++i) {
        Xapian::Database db((gen / names[i]).string());
        std::vector<std::string> keys;
        for (auto k = db.metadata_keys_begin(prefix); k != db.metadata_keys_end(prefix); ++k) keys.push_back(*k);
        CHECK(keys == std::vector<std::string>{prefix + std::to_string(i + 1)});  // a byte in every record
        bytes.push_back(db.get_metadata(prefix + std::to_string(i + 1)));
    }
    REQUIRE(bytes[0] != bytes[1]);
    CHECK_NOTHROW(IndexSnapshot::open(f.index));
    // Segments of two builds both number their dictionary 1: they belong to no one index, and
    // neither a reader nor a merge (by compaction, or by rebuilding with deletions) takes them.
    for (std::size_t i = 12; i < 24; ++i) f.put(i);
    build_index(f.options(f.fresh, 1));
    fs::path other = *current_generation(f.fresh);
    const fs::path a = gen / names[0], b = other / read_segment_list(other).at(0);
    REQUIRE(Xapian::Database(b.string()).get_metadata(prefix + "1") != bytes[0]);
    RecordDecoder decoder;
    decoder.add_segment(Xapian::Database(a.string()));
    const std::string refused = "different record dictionaries under one id";
    CHECK(corruption_reported([&] { decoder.add_segment(Xapian::Database(b.string())); }).find(refused) !=
          std::string::npos);
    CHECK(corruption_reported([&] {
              merge_segments({{a, {}}, {b, {}}}, f.dir.path / "joined", "sjoined");
          }).find(refused) != std::string::npos);
    Deletions one;
    one.docs.add(1);
    CHECK(corruption_reported([&] {
              merge_segments({{a, one}, {b, {}}}, f.dir.path / "rebuilt", "srebuilt");
          }).find(refused) != std::string::npos);
}

TEST_CASE("an update publishes its change first, then the merges the policy asks for as the next generation") {
    if (!fs::exists(kOfsted)) return;
    Fixture f;
    for (std::size_t i = 0; i < 16; ++i) f.put(i);
    BuildOptions o = f.options(f.index);
    o.merge = MergePolicy{};  // three segments under the floor fill the lowest tier
    build_index(o);
    f.put(3, "\n\nA changed paragraph about zebrafish.\n");
    UpdateSummary u = update_index(o);
    CHECK(u.changed == 1);
    CHECK(u.merges == 1);
    fs::path merged = *current_generation(f.index);
    CHECK(u.generation == merged);
    CHECK(read_segment_list(merged).size() == 1);
    CHECK(ask(f.index, "zebrafish").total == 1);
    CHECK(check_index(f.index).ok());
    // The generation before it (kept as the previous one) is the change alone: the two built
    // segments, one of them with report 3's old paragraphs deleted, and the new one.
    std::vector<fs::path> others;
    for (const auto& e : fs::directory_iterator(f.index / kGenerationsDir))
        if (e.path().filename() != merged.filename()) others.push_back(e.path());
    REQUIRE(others.size() == 1);
    auto changed = read_segment_list(others[0]);
    CHECK(changed.size() == 3);
    std::size_t deletion_files = 0;
    for (const auto& seg : changed) deletion_files += fs::exists(deletions_path(others[0], seg));
    CHECK(deletion_files == 1);
}

TEST_CASE("segments with nothing deleted merge by compaction, facets and answers kept") {
    if (!fs::exists(kOfsted)) return;
    Fixture f;
    for (std::size_t i = 0; i < 12; ++i) f.put(i);
    // Five: Xapian's multipass compaction would join more than three in rounds, and the facet
    // bitmaps must be joined once, with every source's offset.
    build_index(f.options(f.index, 5));
    build_index(f.options(f.fresh, 1));
    MergeSummary m = merge_index(f.index);
    CHECK(m.segments_before == 5);
    CHECK(m.segments_after == 1);
    CHECK(m.dropped == 0);
    CHECK(check_index(f.index).ok());  // the joined facet bitmaps agree with the facet terms
    check_same_answers(f.index, f.fresh, true);
}

TEST_CASE(
    "the tiered merge policy merges a full tier of small segments, rewrites a mostly deleted one, caps the count") {
    MergePolicy p;  // floor 2 MB, 3 per tier, 10% deleted, at most 3 segments
    std::vector<SegmentStats> s{{200u << 20, 1000, 0}, {300u << 20, 1000, 0}};
    CHECK(choose_merge(s, p).empty());
    s.push_back({100u << 10, 10, 0});
    CHECK(choose_merge(s, p).empty());  // a build's two and one small: within the cap
    s.push_back({50u << 10, 5, 0});
    CHECK(choose_merge(s, p) == std::vector<std::size_t>{2, 3});  // past the cap: the two big ones stay
    p.max_segments = 6;
    CHECK(choose_merge(s, p).empty());  // two small ones fill no tier
    s.push_back({80u << 10, 8, 0});
    CHECK(choose_merge(s, p) == std::vector<std::size_t>{2, 3, 4});  // three do
    p = MergePolicy{};
    std::vector<SegmentStats> d{{200u << 20, 1000, 50}, {300u << 20, 1000, 150}};
    CHECK(choose_merge(d, p) == std::vector<std::size_t>{1});  // 15% deleted; 5% is not yet
    d[1].deleted = 100;
    CHECK(choose_merge(d, p).empty());  // 10% exactly: not past it
    // The rewrite takes along what is under a quarter of its live size (255 MB): 10 MB, not 100.
    d[1].deleted = 150;
    d.push_back({10u << 20, 50, 0});
    d.push_back({100u << 20, 500, 0});
    CHECK(choose_merge(d, p) == std::vector<std::size_t>{1, 2});
    // Small tiers that fill no tier, but six segments are past the cap of three: the four
    // smallest are merged.
    std::vector<SegmentStats> many{{200u << 20, 1000, 0}, {3u << 20, 30, 0}, {100u << 10, 10, 0},
                                   {12u << 20, 120, 0},   {90u << 10, 9, 0}, {30u << 20, 300, 0}};
    CHECK(choose_merge(many, p) == std::vector<std::size_t>{1, 2, 3, 4});
    many.pop_back();
    CHECK(choose_merge(many, p) == std::vector<std::size_t>{1, 2, 4});
    p.max_segments = 6;
    CHECK(choose_merge(many, p).empty());
}
