#include "query/match_bitmap.hpp"

namespace assay {
namespace {

using Q = Xapian::Query;

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

Roaring term_bitmap(const std::string& term, const Xapian::Database& db, BitmapCache& cache) {
    return *cached("T" + term, cache, [&] {
        Roaring bm;
        for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p) bm.add(*p);
        return bm;
    });
}

// Anything the bitmap algebra cannot express: let Xapian match it, unranked.
Roaring xapian_bitmap(const Q& q, const Xapian::Database& db, BitmapCache& cache) {
    return *cached("Q" + q.get_description(), cache, [&] {
        Roaring bm;
        Xapian::Enquire enquire(db);
        enquire.set_weighting_scheme(Xapian::BoolWeight());
        enquire.set_query(q);
        Collect spy(bm);
        enquire.add_matchspy(&spy);
        enquire.get_mset(0, 0, db.get_doccount());
        return bm;
    });
}

Roaring all_documents(const Xapian::Database& db, BitmapCache& cache) {
    return *cached("*", cache, [&] {
        Roaring bm;
        for (auto p = db.postlist_begin(""); p != db.postlist_end(""); ++p) bm.add(*p);
        return bm;
    });
}

}  // namespace

Roaring match_bitmap(const Q& q, const Xapian::Database& db, BitmapCache& cache) {
    const std::size_t n = q.get_num_subqueries();
    auto sub = [&](std::size_t i) { return match_bitmap(q.get_subquery(i), db, cache); };
    switch (q.get_type()) {
        case Q::LEAF_TERM: {
            auto t = q.get_terms_begin();
            return t == q.get_terms_end() ? Roaring() : term_bitmap(*t, db, cache);
        }
        case Q::LEAF_MATCH_ALL: return all_documents(db, cache);
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
        default: return xapian_bitmap(q, db, cache);
    }
}

}  // namespace assay
