// build: the whole-corpus job. Enumerate sources, read + parse + analyse them on all cores
// (in file order, so a build is reproducible), write reports through one segment writer per
// shard, list the segments as a new generation, then publish the generation atomically.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "indexer/merge_policy.hpp"
#include "indexer/source.hpp"

namespace assay {

struct BuildOptions {
    std::vector<std::filesystem::path> corpora;
    std::filesystem::path index_dir;
    unsigned jobs = 0;            // parser threads; 0 = hardware threads
    unsigned shards = 0;          // writer threads (one segment each); 0 = jobs
    std::size_t memory_mb = 256;  // writer flushes to disk before buffered postings pass this
    SourceOptions source;
    MergePolicy merge;  // what an update merges after it publishes its change
};

// Xapian's in-memory postings take several times the text they index; flush when the text
// buffered since the last flush times this factor would pass the memory budget.
inline constexpr std::size_t kPostingBytesPerTextByte = 6;

struct FileOutcome {
    std::string path;
    std::string reason;  // why skipped, or a decoding note for an indexed file
};

struct BuildSummary {
    std::size_t files_seen = 0, files_indexed = 0, reports = 0, paragraphs = 0;
    std::uintmax_t bytes = 0;  // bytes of the files indexed
    std::vector<FileOutcome> skipped, notes;
    std::filesystem::path generation;
    std::size_t flushes = 0, shards = 1;
    double seconds = 0, parse_seconds = 0, write_seconds = 0, commit_seconds = 0;
    double mb_per_second() const { return seconds > 0 ? bytes / 1e6 / seconds : 0; }
};

// Progress callback: files done, files total, bytes done.
using Progress = std::function<void(std::size_t, std::size_t, std::uintmax_t)>;

BuildSummary build_index(const BuildOptions& options, const Progress& progress = {});

}  // namespace assay
