#include "indexer/segment_writer.hpp"

#include <new>

#include "schema/facet_bitmaps.hpp"
#include "schema/fields.hpp"
#include "schema/segments.hpp"
#include "schema/stored.hpp"

namespace fs = std::filesystem;

namespace assay {
namespace {
// Paragraph text to train a segment's dictionary on: 1 MB gave records 1% larger than a
// dictionary trained on 8 MB sampled across the whole 100 MB bench corpus (41.6 MB instead of
// 41.4 MB of docdata), and its waiting documents cost 35 MB less memory than 2 MB did.
constexpr std::size_t kTrainingBytes = 1u << 20;
// Xapian's inverter holds the postings of a batch of documents in maps until it writes them to
// its tables. Batches of 2,000 paragraphs stay in the CPU's caches where its default 10,000 do
// not: building the 100 MB bench corpus took 15.0-15.7 s instead of 17.1-17.9 s, and peak RSS
// fell from 190 to 110-120 MB; 500 was no faster, 40,000 slower still (20.4 s).
constexpr Xapian::doccount kBatchDocuments = 2000;
}  // namespace

// The scratch database is never published (its compacted copy is, and publication syncs every
// file first), so its own commits need not wait for the disk.
SegmentWriter::SegmentWriter(const fs::path& scratch, const std::string& segment,
                             std::shared_ptr<const RecordDictionary> dictionary, std::uint32_t dictionary_id)
    : db_(scratch.string(), Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_NO_TERMLIST | Xapian::DB_NO_SYNC),
      zone_(zone_term(segment)),
      dictionary_(std::move(dictionary)),
      dictionary_id_(dictionary_id),
      training_(!dictionary_) {}

void SegmentWriter::write(BuiltReport& built) {
    for (auto& doc : built.docs) {
        if (dictionary_) set_stored_record(doc, dictionary_->compress(stored_record(doc)));
        doc.add_boolean_term(zone_);
        db_.add_document(doc);
        if (++batched_ >= kBatchDocuments) flush();
    }
    built.docs.clear();
}

void SegmentWriter::train_and_write_waiting() {
    // Null for a tiny segment, or when memory runs out: records then stay plain.
    try {
        std::vector<std::string> samples;
        for (const auto& b : waiting_)
            for (const auto& doc : b.docs) samples.push_back(stored_record(doc));
        dictionary_ = RecordDictionary::train(samples, dictionary_id_);
    } catch (const std::bad_alloc&) {
        dictionary_ = nullptr;
    }
    training_ = false;
    for (auto& b : waiting_) write(b);
    waiting_.clear();
    waiting_bytes_ = 0;
}

void SegmentWriter::add(const Report& r, BuiltReport&& built) {
    for (auto& w : built.words) ++words_[std::move(w)];
    if (training_) {
        for (const auto& doc : built.docs) waiting_bytes_ += stored_record(doc).size();
        waiting_.push_back(std::move(built));
        if (waiting_bytes_ >= kTrainingBytes) train_and_write_waiting();
    } else {
        write(built);
    }
    db_.set_metadata(std::string(kMetaReportPrefix) + r.id, pack_report_record(report_record(r)));
    db_.set_metadata(std::string(kMetaReportKeyPrefix) + r.id, ReportKey::of(r).encode());
}

void SegmentWriter::finish() {
    if (training_) train_and_write_waiting();
    if (dictionary_) dictionary_->store_in(db_);
    for (const auto& [word, reports] : words_) db_.add_spelling(word, reports);
    words_.clear();
    stamp_schema(db_, true);
    db_.set_metadata(std::string(kMetaFacets), FacetBitmaps::from_database(db_).serialise());
    db_.commit();
}

// Both ends are opened through open_segment_database, which refuses a table Xapian could not
// open: compaction would otherwise copy it as empty.
void seal_segment(const fs::path& scratch, const fs::path& dest) {
    open_segment_database(scratch).compact(dest.string());
    open_segment_database(dest);
    fs::remove_all(scratch);
}

}  // namespace assay
