// The tiered merge policy (after Lucene's TieredMergePolicy, simplified): segments are put in
// tiers by size, each tier `segments_per_tier` times the one below, everything under
// `floor_bytes` in the lowest. When a tier holds `segments_per_tier` segments they are merged
// into one of the next tier, so an update writes a small segment and, now and then, merges small
// segments: the cost of a change stays proportional to the change, not to the index. A segment
// whose deleted share passes `max_deleted_share` is rewritten on its own to drop them. Tiers
// alone let a few of each pile up (three per tier); past `max_segments` the smallest are
// merged, so a search never walks more than that many posting lists per term.
#pragma once

#include <cstdint>
#include <vector>

namespace assay {

struct SegmentStats {
    std::uintmax_t bytes = 0;
    std::size_t docs = 0, deleted = 0;
};

struct MergePolicy {
    std::uintmax_t floor_bytes = 2u << 20;
    // Lower than Lucene's 10: every segment costs each Xapian search another posting list per
    // term (about 3% of the match each at 100 MB), so segments are merged sooner.
    std::size_t segments_per_tier = 4;
    double max_deleted_share = 1.0 / 3;
    // The soak's slowest minutes came with 7-9 segments (p99 up to 637 ms, against 94 ms at
    // 1-4); merging the smallest few costs little.
    std::size_t max_segments = 6;
};

// Indices (ascending) of the segments to merge into one; empty when the policy asks for nothing.
std::vector<std::size_t> choose_merge(const std::vector<SegmentStats>& segments, const MergePolicy& policy = {});

}  // namespace assay
