// The last searches the daemon answered, kept to warm a new generation before it is served
// (as Solr's autowarming replays the old searcher's recent queries on the new one). A new
// generation's segments that an update or a merge has just written start with nothing
// cached: every term's bitmap, report citation and copy is read from disk by the first searches
// that need them, all at once, while requests queue behind them. Replaying the recent searches
// first does that work once, on the watcher thread, while the old generation still answers.
#pragma once

#include <chrono>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

#include "query/search_request.hpp"
#include "query/snapshot.hpp"

namespace assay::http {

class RecentSearches {
public:
    explicit RecentSearches(std::size_t capacity = 32) : capacity_(capacity) {}

    // A search just answered (a repeat of a kept one moves it to the front).
    void remember(const SearchRequest& req);
    std::vector<SearchRequest> latest() const;

    // Runs the kept searches on snap, newest first, until they are done or `budget` is spent.
    // Returns how many ran. A search that fails is skipped: the generation's own requests will
    // report it.
    std::size_t warm(const std::shared_ptr<const IndexSnapshot>& snap, std::chrono::milliseconds budget) const;

private:
    std::size_t capacity_;
    mutable std::mutex mutex_;
    std::deque<SearchRequest> kept_;  // newest first
};

}  // namespace assay::http
