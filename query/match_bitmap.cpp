#include "query/match_bitmap.hpp"

#include "query/combined_docids.hpp"

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

std::shared_ptr<const Roaring> cached(const std::string& key, BitmapCache& cache, auto&& compute) {
    if (auto hit = cache.get(key)) return hit;
    auto bm = std::make_shared<Roaring>(compute());
    bm->runOptimize();
    cache.put(key, bm);
    return bm;
}

// A leaf's bitmap: compute(database) run on each segment (or found in its cache), the results
// joined as combined docids. One segment's docids are the combined ones.
template <typename Compute>
std::shared_ptr<const Roaring> leaf(const std::string& key, const BitmapSources& from, Compute compute) {
    const std::size_t n = from.segments.size();
    auto in_segment = [&](std::size_t i) {
        return cached(SegmentCaches::segment_key(from.segment_uuids[i], key), SegmentCaches::bitmaps(),
                      [&] { return compute(from.segments[i]); });
    };
    if (n == 1) return in_segment(0);
    return cached(key, from.cache, [&] {
        if (n == 0) return compute(from.db);
        Roaring out;
        for (std::size_t i = 0; i < n; ++i) add_as_combined(out, *in_segment(i), i, n);
        return out;
    });
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

Roaring match_bitmap(const Q& q, const BitmapSources& from) {
    const std::size_t n = q.get_num_subqueries();
    auto sub = [&](std::size_t i) { return match_bitmap(q.get_subquery(i), from); };
    switch (q.get_type()) {
        case Q::LEAF_TERM: {
            auto t = q.get_terms_begin();
            if (t == q.get_terms_end()) return Roaring();
            const std::string term = *t;
            return *leaf("T" + term, from, [&](const Xapian::Database& db) { return postings(term, db); });
        }
        case Q::LEAF_MATCH_ALL: return *leaf("*", from, [](const Xapian::Database& db) { return postings("", db); });
        case Q::LEAF_MATCH_NOTHING: return Roaring();
        case Q::OP_AND:
        case Q::OP_FILTER: {
            Roaring out = sub(0);
            for (std::size_t i = 1; i < n && !out.isEmpty(); ++i) out &= sub(i);
            return out;
        }
        case Q::OP_OR:
        case Q::OP_SYNONYM: {
            Roaring out;
            for (std::size_t i = 0; i < n; ++i) out |= sub(i);
            return out;
        }
        case Q::OP_AND_NOT: {
            Roaring out = sub(0);
            for (std::size_t i = 1; i < n && !out.isEmpty(); ++i) out -= sub(i);
            return out;
        }
        case Q::OP_AND_MAYBE:
        case Q::OP_SCALE_WEIGHT: return sub(0);
        default:
            return *leaf("Q" + q.get_description(), from,
                         [&](const Xapian::Database& db) { return xapian_matches(q, db); });
    }
}

}  // namespace assay
