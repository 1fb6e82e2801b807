// The tiered merge policy (after Lucene's TieredMergePolicy, simplified): segments are put in
// tiers by size, each tier `segments_per_tier` times the one below, everything under
// `floor_bytes` in the lowest. When a tier holds `segments_per_tier` segments they are merged
// into one of the next tier, so an update writes a small segment and, now and then, merges small
// segments: the cost of a change stays proportional to the change, not to the index. A segment
// whose deleted share passes `max_deleted_share` is rewritten to drop them, with every segment
// under a quarter of its size. Tiers alone let a few of each pile up (two per tier); past
// `max_segments` the smallest are merged, so a search never walks more than that many posting
// lists per term.
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

namespace assay {

struct SegmentStats {
    std::uintmax_t bytes = 0;
    std::size_t docs = 0, deleted = 0;
};

struct MergePolicy {
    std::uintmax_t floor_bytes = 2u << 20;
    // Lower than Lucene's 10: every segment costs each Xapian search its own postings to open
    // and walk (in-process on the soak's index, 6 segments against 2 of the same corpus: mean
    // +20%, p50 +40%), so segments are merged sooner.
    std::size_t segments_per_tier = 3;
    // A deleted paragraph costs a search as much as a live one until its segment is rewritten
    // (the soak's daemon: CPU per search +15% with about a quarter of the build segments
    // deleted), so a segment is rewritten past 10% (Lucene's forceMergeDeletes default).
    double max_deleted_share = 0.10;
    // A 2-core build's two segments and a small one; past that the smallest are merged. Each
    // segment costs a search (4 against 2 of the same corpus: +14% CPU per search in the
    // daemon), and a rewrite for deletions takes the small ones along, so those merged here stay
    // small. A build on more cores than this writes more: the first update merges the smallest.
    std::size_t max_segments = 3;

    // Asks for nothing: segments are merged only by hand (`assay-index merge`).
    static MergePolicy never() {
        MergePolicy p;
        p.segments_per_tier = p.max_segments = std::numeric_limits<std::size_t>::max();
        p.max_deleted_share = 1.0;
        return p;
    }
};

// Indices (ascending) of the segments to merge into one; empty when the policy asks for nothing.
std::vector<std::size_t> choose_merge(const std::vector<SegmentStats>& segments, const MergePolicy& policy = {});

}  // namespace assay
