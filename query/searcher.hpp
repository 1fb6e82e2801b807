// Searcher: runs one SearchRequest against one snapshot. Not thread-safe (it owns a Xapian
// handle and an Analyzer); make one per thread, all sharing the snapshot.
//
// Stages: parse (QueryAst) -> resolve (Xapian query + facet filters) -> match (ranked page,
// plus a bitmap of every match when facets are wanted) -> facets (bitmap intersections,
// disjunctive) -> hits (citations, snippets).
#pragma once

#include <memory>

#include "query/resolve.hpp"
#include "query/search_request.hpp"
#include "query/snapshot.hpp"
#include "schema/stored.hpp"

namespace assay {

class RequestError : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct BM25Params {
    // Fitted on the real-corpus judgements (../shared/eval/real) and checked on the seed set:
    // paragraphs are short and a long one is usually a fuller finding, not padding, so length
    // normalisation is much gentler than the usual b = 0.75 (condensed nDCG@10 0.823 at b 0.5,
    // 0.841 at 0.3, 0.765 at 0.7). k1 1.2 scores a little higher (real 0.812 -> 0.817, seed
    // 0.852 -> 0.853) but loosens Xapian's weight bounds: OR p99 at 1 GB 84-87 ms against 57-60.
    double k1 = 0.8, k2 = 0.0, k3 = 1.0, b = 0.3, min_normlen = 0.5;
};

class Searcher {
public:
    struct Tuning {
        RankingParams ranking;
        BM25Params bm25;
    };
    explicit Searcher(std::shared_ptr<const IndexSnapshot> snapshot);

    // Throws QueryError (malformed query, unknown filter value) or RequestError (bad paging).
    SearchResult search(const SearchRequest& request);

    const IndexSnapshot& snapshot() const { return *snapshot_; }
    std::shared_ptr<const IndexSnapshot> snapshot_ptr() const { return snapshot_; }
    RankingParams ranking;
    BM25Params bm25;

private:
    struct Candidate {
        Xapian::Document doc;
        // Its docid in the combined database (a document of a multi-database reports the one in
        // its own segment).
        Xapian::docid did = 0;
        double score = 0;
        std::uint64_t signature = 0;        // 0: none (paragraph_columns.hpp)
        std::vector<Xapian::docid> copies;  // live paragraphs with this wording, itself included
    };
    struct Page {
        std::vector<Candidate> hits;
        Xapian::doccount estimated = 0;
    };
    Page ranked_page(Xapian::Enquire& enquire, const SearchRequest& req, const ResolvedQuery& rq);
    double opening_share(Xapian::docid did, const std::vector<std::string>& terms) const;
    void cite(Hit& h, const Xapian::Document& doc, const StoredParagraph& stored) const;
    std::vector<Copy> cite_copies(Xapian::docid self, const std::vector<Xapian::docid>& copies) const;
    std::string suggest(const std::string& query, const std::vector<std::string>& words);
    Xapian::Query without_deleted(const Xapian::Query& query, const SegmentedBitmap* deleted_matches) const;
    std::shared_ptr<const IndexSnapshot> snapshot_;
    std::vector<Xapian::Database> segments_;  // each segment's own handle, in the combined order
    Xapian::Database db_;
    Analyzer analyzer_;
};

}  // namespace assay
