// Incremental changes to a published index: add new reports, re-index changed ones (by
// content hash), remove deleted ones. New and changed reports are written into one new small
// segment and their old paragraphs marked deleted; the segments already written are shared
// with the new generation, never rewritten. The new generation is published atomically, so
// readers never see a half-applied update and a crash leaves the published index as it was.
// Merges the tiered policy then asks for are published as one more generation, so a change is
// served without waiting for them. Nothing changed means no new generation at all.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "indexer/build.hpp"

namespace assay {

struct UpdateSummary {
    std::size_t added = 0, changed = 0, removed = 0, unchanged = 0, paragraphs = 0;
    std::size_t merges = 0, segments = 0;  // merges the policy asked for; segments after
    std::vector<FileOutcome> skipped;
    std::filesystem::path generation;  // the last published; empty when nothing changed
    std::string merge_error;           // why the merges after the published change failed
    double seconds = 0;
};

// Brings the index in step with the folders: new and changed files indexed, reports whose
// source is gone (or no longer below the folders) removed.
UpdateSummary update_index(const BuildOptions& options);

// Adds or replaces the given files.
UpdateSummary add_files(const std::filesystem::path& index_dir, const std::vector<std::filesystem::path>& files,
                        const BuildOptions& options);

// Removes the reports read from the given source paths.
UpdateSummary remove_files(const std::filesystem::path& index_dir, const std::vector<std::filesystem::path>& files,
                           const MergePolicy& merge = {});

}  // namespace assay
