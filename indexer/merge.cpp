#include "indexer/merge.hpp"

#include <chrono>
#include <numeric>

#include "indexer/lock.hpp"
#include "indexer/merge_policy.hpp"
#include "indexer/segment_merge.hpp"

namespace fs = std::filesystem;

namespace assay {
namespace {

void merge_segments_of(NextGeneration& next, const std::vector<std::size_t>& pick, MergeSummary& summary) {
    std::vector<MergeInput> inputs;
    for (std::size_t i : pick) {
        const auto& s = next.segments()[i];
        inputs.push_back({segment_path(next.path(), s.name), s.deleted});
    }
    std::string name = new_segment_name();
    write_generation(next.path(), [&] {
        MergeStats stats = merge_segments(inputs, segment_path(next.path(), name), name);
        summary.documents += stats.documents;
        summary.dropped += stats.dropped;
    });
    next.replace_segments(pick, name);
    ++summary.merges;
}

double seconds_since(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

std::vector<std::size_t> policy_pick(const NextGeneration& next, const MergePolicy& policy) {
    std::vector<SegmentStats> stats;
    for (std::size_t i = 0; i < next.segments().size(); ++i)
        stats.push_back({next.segment_bytes(i), next.segment_docs(i), next.segments()[i].deleted.docs.cardinality()});
    return choose_merge(stats, policy);
}
}  // namespace

bool merge_policy_asks(const NextGeneration& next, const MergePolicy& policy) {
    return !policy_pick(next, policy).empty();
}

MergeSummary merge_as_policy_asks(NextGeneration& next, const MergePolicy& policy) {
    auto start = std::chrono::steady_clock::now();
    MergeSummary summary;
    summary.segments_before = next.segments().size();
    // A merge may fill the tier above; each round leaves fewer segments, so this ends.
    for (;;) {
        auto pick = policy_pick(next, policy);
        if (pick.empty()) break;
        merge_segments_of(next, pick, summary);
    }
    summary.segments_after = next.segments().size();
    summary.seconds = seconds_since(start);
    return summary;
}

MergeSummary merge_index(const fs::path& index_dir) {
    auto start = std::chrono::steady_clock::now();
    WriterLock lock(index_dir);
    NextGeneration next(index_dir);
    MergeSummary summary;
    summary.segments_before = summary.segments_after = next.segments().size();
    bool deletions = false;
    for (const auto& s : next.segments()) deletions |= !s.deleted.empty();
    if (next.segments().size() > 1 || deletions) {
        std::vector<std::size_t> all(next.segments().size());
        std::iota(all.begin(), all.end(), 0);
        merge_segments_of(next, all, summary);
        summary.segments_after = next.segments().size();
        summary.generation = next.path();
        next.publish(index_dir);
    }
    summary.seconds = seconds_since(start);
    return summary;
}

}  // namespace assay
