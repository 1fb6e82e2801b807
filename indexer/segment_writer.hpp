// SegmentWriter: writes one new segment (schema/segments.hpp). Paragraphs are appended to a
// fresh Xapian database without a termlist in a scratch folder (a segment never replaces
// anything: replaced reports are deletions beside the old segment); seal_segment() then
// compacts it into the generation. The spelling dictionary behind "did you mean" is written
// once per distinct word when the segment is finished, not once per report that uses it.
#pragma once

#include <filesystem>
#include <string>
#include <unordered_map>

#include <xapian.h>

#include "indexer/writer.hpp"

namespace assay {

class SegmentWriter {
public:
    // Creates the scratch database; every paragraph will carry zone_term(segment).
    SegmentWriter(const std::filesystem::path& scratch, const std::string& segment);

    void add(const Report& r, BuiltReport&& built);
    // Writes buffered documents to disk (bounding memory).
    void flush() { db_.commit(); }
    // Spelling words, facet bitmaps, schema stamps; then commits.
    void finish();

private:
    Xapian::WritableDatabase db_;
    std::string zone_;
    std::unordered_map<std::string, Xapian::termcount> words_;  // word -> reports using it
};

// Compacts a finished scratch database into dest (full blocks: about 30% smaller and faster
// to read than freshly written ones; docids unchanged) and removes the scratch folder.
void seal_segment(const std::filesystem::path& scratch, const std::filesystem::path& dest);

}  // namespace assay
