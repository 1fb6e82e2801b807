// The paragraph columns held in memory (query/paragraph_columns.hpp) agree with the value slots
// they are read from, and the prior posting source ranks exactly as Xapian's own value-weight
// source over the same slot, across segments.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <map>

#include "indexer/build.hpp"
#include "indexer/update.hpp"
#include "query/prior_source.hpp"
#include "query/snapshot.hpp"
#include "schema/analyzer.hpp"
#include "schema/fields.hpp"
#include "schema/segments.hpp"
#include "support/temp_dir.hpp"

using namespace assay;
using namespace assay::testing;
namespace fs = std::filesystem;

namespace {

const fs::path kOfsted = fs::path(ASSAY_SHARED_DIR) / "corpus" / "ofsted";

std::shared_ptr<const IndexSnapshot> built_index(const TempDir& dir) {
    const fs::path corpus = dir.path / "corpus", index = dir.path / "index";
    fs::create_directories(corpus);
    std::vector<fs::path> all;
    for (const auto& e : fs::directory_iterator(kOfsted))
        if (e.path().extension() == ".txt") all.push_back(e.path());
    std::sort(all.begin(), all.end());
    all.resize(std::min<std::size_t>(all.size(), 14));
    for (const auto& p : all) fs::copy_file(p, corpus / p.filename());
    BuildOptions o;
    o.corpora = {corpus};
    o.index_dir = index;
    o.jobs = 2;
    o.shards = 2;
    o.merge = MergePolicy::never();  // with the update, three segments, one with deletions
    build_index(o);
    // One report changed: its old paragraphs are deleted, and their wording lives on in the new
    // segment, so deleted copies must not count.
    std::ofstream(corpus / all.front().filename(), std::ios::app) << "\n\nInspectors saw a zebrafish tank.\n";
    REQUIRE(update_index(o).changed == 1);
    return IndexSnapshot::open(index);
}

// The best k paragraphs for text, each with the prior weighed 4 (Xapian's source through
// OP_SCALE_WEIGHT, ours through its own scale).
std::vector<std::pair<Xapian::docid, double>> ranked(const Xapian::Database& db, const Xapian::Query& text,
                                                     Xapian::PostingSource* prior, Xapian::doccount k = 100) {
    Xapian::Enquire enquire(db);
    Xapian::Query weighed = dynamic_cast<PriorSource*>(prior)
                                ? Xapian::Query(prior->release())
                                : Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(prior->release()), 4.0);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_AND_MAYBE, text, weighed));
    std::vector<std::pair<Xapian::docid, double>> out;
    Xapian::MSet mset;
    mset = enquire.get_mset(0, k);
    for (auto it = mset.begin(); it != mset.end(); ++it) out.emplace_back(*it, it.get_weight());
    return out;
}

}  // namespace

TEST_CASE("in-memory paragraph columns hold what the value slots hold, and the prior ranks as Xapian's own") {
    if (!fs::exists(kOfsted)) {
        MESSAGE("../shared/corpus/ofsted not found: test skipped");
        return;
    }
    TempDir dir{"prior-source"};
    auto snap = built_index(dir);
    REQUIRE(snap->segments == 3);
    REQUIRE(!snap->deleted.isEmpty());
    Xapian::Database db = snap->database();

    std::size_t with_signature = 0;
    std::map<std::uint64_t, std::vector<Xapian::docid>> live_by_signature;
    for (Xapian::docid did = 1; did <= db.get_lastdocid(); ++did) {
        std::string sig;
        try {
            sig = db.get_document(did).get_value(kSlotSignature);
        } catch (const Xapian::DocNotFoundError&) {
            // Segments differ in length: the combined numbering has gaps past the shorter ones.
        }
        CHECK(snap->columns->signature(did) == unpack_slot_u64(sig));
        if (!sig.empty()) {
            ++with_signature;
            CHECK(sig.size() == 8);
            CHECK(snap->columns->signature(did) != 0);
            if (!snap->deleted.contains(did)) live_by_signature[unpack_slot_u64(sig)].push_back(did);
        }
    }
    CHECK(with_signature == db.get_doccount());
    std::size_t shared = 0;
    for (const auto& [sig, docids] : live_by_signature) {
        CHECK(snap->columns->copies(sig, snap->deleted) == docids);
        shared += docids.size() > 1;
    }
    CHECK(shared > 0);
    CHECK(unpack_slot_u64("not eight") == 0);
    CHECK(unpack_slot_u64(pack_slot_u64(0x0123456789abcdefULL)) == 0x0123456789abcdefULL);

    Analyzer analyzer;
    const std::vector<std::vector<std::string>> queries = {{"police"},
                                                           {"strategy", "discussions", "police", "attendance"},
                                                           {"children"},
                                                           {"adoption", "delay"},
                                                           {"zebrafish"}};
    // Xapian's own source, asked for every paragraph so that nothing is pruned, is the
    // reference: under OP_SCALE_WEIGHT it compares the weight the match still needs with its
    // unweighed maximum and ends its list early once a page is full, as ours once did, so
    // paragraphs late in docid order lost their prior and a page of 10 was not the start of a
    // page of 20. Ours weighs the prior itself and ends only when its weighed prior cannot help.
    for (const auto& words : queries) {
        CAPTURE(words.front());
        std::vector<Xapian::Query> terms;
        for (const auto& w : words) terms.emplace_back(analyzer.term(w));
        Xapian::Query text(Xapian::Query::OP_OR, terms.begin(), terms.end());
        auto theirs = ranked(db, text, new Xapian::ValueWeightPostingSource(kSlotPrior), db.get_doccount());
        for (Xapian::doccount k : {1U, 3U, 10U, 100U}) {
            CAPTURE(k);
            auto ours = ranked(db, text, new PriorSource(snap->columns, 4.0), k);
            REQUIRE(ours.size() == std::min<std::size_t>(k, theirs.size()));
            for (std::size_t i = 0; i < ours.size(); ++i) {
                CHECK(ours[i].first == theirs[i].first);
                CHECK(ours[i].second == doctest::Approx(theirs[i].second).epsilon(1e-12));
            }
        }
    }
    // The prior alone: every paragraph, in the same order.
    auto theirs =
        ranked(db, Xapian::Query::MatchAll, new Xapian::ValueWeightPostingSource(kSlotPrior), db.get_doccount());
    theirs.resize(100);
    auto ours = ranked(db, Xapian::Query::MatchAll, new PriorSource(snap->columns, 4.0));
    CHECK(ours == theirs);
}

TEST_CASE("the prior column gives back every value of the slot, past 255 distinct ones too") {
    // Priors are held as one-byte codes into a table of the segment's values; a segment with
    // more values than the codes can name keeps the rest exactly beside them.
    TempDir dir{"prior-column"};
    Xapian::WritableDatabase db((dir.path / "db").string(), Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
    std::map<Xapian::docid, double> want;
    for (int i = 0; i < 600; ++i) {
        Xapian::Document doc;
        doc.add_term("x");
        if (i % 7 != 3) {  // some paragraphs without a prior
            const double p = (i % 300) / 300.0 + 0.001;
            doc.add_value(kSlotPrior, Xapian::sortable_serialise(p));
            want[static_cast<Xapian::docid>(i + 1)] = p;
        }
        db.add_document(doc);
    }
    db.commit();
    auto columns = SegmentColumns::read(Xapian::Database((dir.path / "db").string()));
    CHECK(columns->prior_overflow.size() > 0);
    CHECK(columns->with_prior == want.size());
    double max = 0;
    for (Xapian::docid did = 1; did <= 600; ++did) {
        CAPTURE(did);
        auto it = want.find(did);
        REQUIRE(columns->has_prior(did) == (it != want.end()));
        if (it == want.end()) continue;
        CHECK(columns->prior(did) == it->second);
        max = std::max(max, it->second);
    }
    CHECK(columns->max_prior == max);
}
