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
// window_docs bounds how many documents are rebuilt in memory at once; each window is one
// commit. 2,000, as a new segment's writer batches (segment_writer.cpp): merging the 100 MB
// bench corpus's two segments with 50 reports deleted took 32.6-33.4 s at 2,048, 34.0-35.6 s
// at 8,192 and 42.8 s at 32,768, peak RSS 45, 78 and 241 MB.
MergeStats merge_segments(const std::vector<MergeInput>& inputs, const std::filesystem::path& dest,
                          const std::string& name, std::size_t window_docs = 2000);

}  // namespace assay
