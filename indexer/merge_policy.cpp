#include "indexer/merge_policy.hpp"

#include <algorithm>
#include <map>
#include <numeric>

namespace assay {
namespace {

// Deleted paragraphs will not survive a merge: size by what is live.
double live_bytes(const SegmentStats& s) {
    double live = s.docs ? static_cast<double>(s.docs - std::min(s.deleted, s.docs)) / s.docs : 0;
    return static_cast<double>(s.bytes) * live;
}

// 0 for anything under the floor, then one more per factor of segments_per_tier.
int tier(const SegmentStats& s, const MergePolicy& policy) {
    double bytes = live_bytes(s);
    int t = 0;
    for (double limit = static_cast<double>(policy.floor_bytes); bytes >= limit; limit *= policy.segments_per_tier) ++t;
    return t;
}

}  // namespace

std::vector<std::size_t> choose_merge(const std::vector<SegmentStats>& segments, const MergePolicy& policy) {
    std::map<int, std::vector<std::size_t>> tiers;
    for (std::size_t i = 0; i < segments.size(); ++i) tiers[tier(segments[i], policy)].push_back(i);
    // The lowest full tier first: its merge is the cheapest.
    for (const auto& [t, members] : tiers)
        if (members.size() >= std::max<std::size_t>(2, policy.segments_per_tier)) return members;
    // Else the segment with the largest deleted share, if it is past the limit.
    std::size_t worst = segments.size();
    double worst_share = policy.max_deleted_share;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const auto& s = segments[i];
        double share = s.docs ? static_cast<double>(s.deleted) / s.docs : 0;
        if (share > worst_share) {
            worst = i;
            worst_share = share;
        }
    }
    // The rewrite takes along the segments under a quarter of its size (live): they add little
    // to what it writes, and the count falls back to what a build leaves.
    if (worst < segments.size()) {
        std::vector<std::size_t> pick;
        for (std::size_t i = 0; i < segments.size(); ++i)
            if (i == worst || live_bytes(segments[i]) < live_bytes(segments[worst]) / 4) pick.push_back(i);
        return pick;
    }
    // Else, past the cap, the smallest: as many as bring the count back to it.
    if (segments.size() > std::max<std::size_t>(2, policy.max_segments)) {
        std::vector<std::size_t> order(segments.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return live_bytes(segments[a]) < live_bytes(segments[b]);
        });
        order.resize(segments.size() - std::max<std::size_t>(2, policy.max_segments) + 1);
        std::sort(order.begin(), order.end());
        return order;
    }
    return {};
}

}  // namespace assay
