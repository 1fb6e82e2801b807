// Merging segments: their live paragraphs, report records and spelling words, in order, become
// one new segment; deleted paragraphs are dropped. When nothing is deleted Xapian's compactor
// joins them. It copies documents whole and cannot leave any out, though, and a termlist-free
// segment cannot hand back a document's terms, so with deletions the live documents are
// rebuilt from the posting lists (term, wdf, positions), a window of docids at a time to bound
// memory, with their stored data and values.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "schema/segments.hpp"

namespace assay {

struct MergeInput {
    std::filesystem::path path;
    Deletions deleted;
};

struct MergeStats {
    std::size_t documents = 0, dropped = 0;
};

// Writes the merged segment `name` to dest, through a scratch folder beside it.
// window_docs bounds how many documents are rebuilt in memory at once.
MergeStats merge_segments(const std::vector<MergeInput>& inputs, const std::filesystem::path& dest,
                          const std::string& name, std::size_t window_docs = 8192);

}  // namespace assay
