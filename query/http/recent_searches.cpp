#include "query/http/recent_searches.hpp"

#include <algorithm>

#include "query/searcher.hpp"

namespace assay::http {
namespace {

bool same_search(const SearchRequest& a, const SearchRequest& b) {
    return a.query == b.query && a.filters == b.filters && a.limit == b.limit && a.offset == b.offset &&
           a.per_report == b.per_report && a.facets == b.facets;
}

}  // namespace

void RecentSearches::remember(const SearchRequest& req) {
    if (capacity_ == 0) return;
    std::lock_guard lock(mutex_);
    auto same = std::find_if(kept_.begin(), kept_.end(), [&](const SearchRequest& k) { return same_search(k, req); });
    if (same != kept_.end()) kept_.erase(same);
    kept_.push_front(req);
    if (kept_.size() > capacity_) kept_.pop_back();
}

std::vector<SearchRequest> RecentSearches::latest() const {
    std::lock_guard lock(mutex_);
    return {kept_.begin(), kept_.end()};
}

std::size_t RecentSearches::warm(const std::shared_ptr<const IndexSnapshot>& snap,
                                 std::chrono::milliseconds budget) const {
    const auto searches = latest();
    if (searches.empty()) return 0;
    const auto until = std::chrono::steady_clock::now() + budget;
    Searcher searcher(snap);
    std::size_t ran = 0;
    for (const auto& req : searches) {
        if (std::chrono::steady_clock::now() >= until) break;
        try {
            searcher.search(req);
        } catch (const std::exception&) {
            continue;
        }
        ++ran;
    }
    return ran;
}

}  // namespace assay::http
