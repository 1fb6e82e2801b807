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

namespace assay {

class RequestError : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct BM25Params {
    // Tuned on the judged dev set (../shared/eval): paragraphs are short, so length
    // normalisation is gentler than the usual b = 0.75.
    double k1 = 0.8, k2 = 0.0, k3 = 1.0, b = 0.5, min_normlen = 0.5;
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
    std::string suggest(const std::string& query, const std::vector<std::string>& words);
    Xapian::Query without_deleted(const Xapian::Query& query, const Roaring* deleted_matches) const;
    std::shared_ptr<const IndexSnapshot> snapshot_;
    Xapian::Database db_;
    Xapian::Query deleted_;  // every deleted paragraph (snapshot's deletion_query)
    Analyzer analyzer_;
};

}  // namespace assay
