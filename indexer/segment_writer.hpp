// SegmentWriter: writes one new segment (schema/segments.hpp). Paragraphs are appended to a
// fresh Xapian database without a termlist in a scratch folder (a segment never replaces
// anything: replaced reports are deletions beside the old segment); seal_segment() then
// compacts it into the generation. The spelling dictionary behind "did you mean" is written
// once per distinct word when the segment is finished, not once per report that uses it.
// Paragraph records are compressed with a dictionary (schema/record_dictionary.hpp): the
// index's own for an update, or one trained on the segment's first paragraphs, which wait in
// memory until there are enough of them (1 MB of text).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "indexer/writer.hpp"
#include "schema/record_dictionary.hpp"

namespace assay {

class SegmentWriter {
public:
    // Creates the scratch database; every paragraph will carry zone_term(segment). Records
    // are compressed with `dictionary`, or, when null, with one trained on this segment and
    // given `dictionary_id` (unique in the index: record_dictionary.hpp).
    SegmentWriter(const std::filesystem::path& scratch, const std::string& segment,
                  std::shared_ptr<const RecordDictionary> dictionary, std::uint32_t dictionary_id);

    void add(const Report& r, BuiltReport&& built);
    // Writes buffered documents to disk (bounding memory).
    void flush() {
        db_.commit();
        batched_ = 0;
    }
    // Spelling words, facet bitmaps, the dictionary, schema stamps; then commits.
    void finish();

private:
    void write(BuiltReport& built);
    void train_and_write_waiting();

    Xapian::WritableDatabase db_;
    std::string zone_;
    std::unordered_map<std::string, Xapian::termcount> words_;  // word -> reports using it
    std::shared_ptr<const RecordDictionary> dictionary_;
    std::uint32_t dictionary_id_;
    bool training_;                     // gathering the first paragraphs to train on
    std::vector<BuiltReport> waiting_;  // their reports, not yet written
    std::size_t waiting_bytes_ = 0;
    Xapian::doccount batched_ = 0;  // documents added since the last commit
};

// Compacts a finished scratch database into dest (full blocks: about 30% smaller and faster
// to read than freshly written ones; docids unchanged) and removes the scratch folder.
void seal_segment(const std::filesystem::path& scratch, const std::filesystem::path& dest);

}  // namespace assay
