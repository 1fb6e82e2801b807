#include "query/match_bitmap.hpp"

#include "query/segment_caches.hpp"

namespace assay {
namespace {

using Q = Xapian::Query;

// Run on one segment only: a document of a multi-database reports its docid in its segment.
class Collect : public Xapian::MatchSpy {
public:
    explicit Collect(Roaring& out) : out_(out) {}
    void operator()(const Xapian::Document& doc, double) override { out_.add(doc.get_docid()); }

private:
    Roaring& out_;
};

// A leaf's bitmap: compute(segment) run on each segment, or found in the process's cache.
template <typename Compute>
SegmentedBitmap leaf(const std::string& key, const BitmapSources& from, Compute compute) {
    auto& cache = SegmentCaches::bitmaps();
    SegmentedBitmap out(from.segments.size());
    for (std::size_t i = 0; i < from.segments.size(); ++i) {
        const std::string k = SegmentCaches::segment_key(from.segment_uuids[i], key);
        auto bm = cache.get(k);
        if (!bm) {
            auto made = std::make_shared<Roaring>(compute(from.segments[i]));
            made->runOptimize();
            cache.put(k, made);
            bm = std::move(made);
        }
        out.part(i) = *bm;
    }
    return out;
}

Roaring postings(const std::string& term, const Xapian::Database& db) {
    Roaring bm;
    for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p) bm.add(*p);
    return bm;
}

// Anything the bitmap algebra cannot express: let Xapian match it, unranked.
Roaring xapian_matches(const Q& q, const Xapian::Database& db) {
    Roaring bm;
    Xapian::Enquire enquire(db);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.set_query(q);
    Collect spy(bm);
    enquire.add_matchspy(&spy);
    enquire.get_mset(0, 0, db.get_doccount());
    return bm;
}

}  // namespace

SegmentedBitmap match_bitmap(const Q& q, const BitmapSources& from) {
    const std::size_t n = q.get_num_subqueries();
    auto sub = [&](std::size_t i) { return match_bitmap(q.get_subquery(i), from); };
    switch (q.get_type()) {
        case Q::LEAF_TERM: {
            auto t = q.get_terms_begin();
            if (t == q.get_terms_end()) return SegmentedBitmap();
            const std::string term = *t;
            return leaf("T" + term, from, [&](const Xapian::Database& db) { return postings(term, db); });
        }
        case Q::LEAF_MATCH_ALL: return leaf("*", from, [](const Xapian::Database& db) { return postings("", db); });
        case Q::LEAF_MATCH_NOTHING: return SegmentedBitmap();
        case Q::OP_AND:
        case Q::OP_FILTER: {
            SegmentedBitmap out = sub(0);
            for (std::size_t i = 1; i < n && !out.isEmpty(); ++i) out &= sub(i);
            return out;
        }
        case Q::OP_OR:
        case Q::OP_SYNONYM: {
            SegmentedBitmap out;
            for (std::size_t i = 0; i < n; ++i) out |= sub(i);
            return out;
        }
        case Q::OP_AND_NOT: {
            SegmentedBitmap out = sub(0);
            for (std::size_t i = 1; i < n && !out.isEmpty(); ++i) out -= sub(i);
            return out;
        }
        case Q::OP_AND_MAYBE:
        case Q::OP_SCALE_WEIGHT: return sub(0);
        default:
            return leaf("Q" + q.get_description(), from,
                        [&](const Xapian::Database& db) { return xapian_matches(q, db); });
    }
}

}  // namespace assay
