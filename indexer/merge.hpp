// Merging the segments of an index: as the tiered policy asks (after an update), or all of
// them into one (assay-index merge), dropping deleted paragraphs. Either way the result is a
// new generation, published atomically.
#pragma once

#include <filesystem>

#include "indexer/merge_policy.hpp"
#include "indexer/next_generation.hpp"

namespace assay {

struct MergeSummary {
    std::size_t segments_before = 0, segments_after = 0, merges = 0;
    std::size_t documents = 0, dropped = 0;  // paragraphs written, deleted paragraphs dropped
    std::filesystem::path generation;        // empty when there was nothing to merge
    double seconds = 0;
};

// Whether the tiered policy (merge_policy.hpp) asks to merge any of next's segments.
bool merge_policy_asks(const NextGeneration& next, const MergePolicy& policy);
// Merges in next whatever the policy asks for, until it asks for nothing more.
MergeSummary merge_as_policy_asks(NextGeneration& next, const MergePolicy& policy);

// Merges every segment of the published index into one, dropping deleted paragraphs, and
// publishes the result. Nothing happens when the index is one segment with nothing deleted.
MergeSummary merge_index(const std::filesystem::path& index_dir);

}  // namespace assay
