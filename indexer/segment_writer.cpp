#include "indexer/segment_writer.hpp"

#include "schema/facet_bitmaps.hpp"
#include "schema/fields.hpp"
#include "schema/segments.hpp"
#include "schema/stored.hpp"

namespace fs = std::filesystem;

namespace assay {

// The scratch database is never published (its compacted copy is, and publication syncs every
// file first), so its own commits need not wait for the disk.
SegmentWriter::SegmentWriter(const fs::path& scratch, const std::string& segment)
    : db_(scratch.string(), Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_NO_TERMLIST | Xapian::DB_NO_SYNC),
      zone_(zone_term(segment)) {}

void SegmentWriter::add(const Report& r, BuiltReport&& built) {
    for (auto& w : built.words) ++words_[std::move(w)];
    for (auto& doc : built.docs) {
        doc.add_boolean_term(zone_);
        db_.add_document(doc);
    }
    // A file name need not be UTF-8 (Linux names are bytes): its record shows U+FFFD there
    // rather than the whole build failing. The report id still derives from the real bytes.
    db_.set_metadata(std::string(kMetaReportPrefix) + r.id,
                     report_record(r).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    db_.set_metadata(std::string(kMetaReportKeyPrefix) + r.id, ReportKey::of(r).encode());
}

void SegmentWriter::finish() {
    for (const auto& [word, reports] : words_) db_.add_spelling(word, reports);
    words_.clear();
    stamp_schema(db_, true);
    db_.set_metadata(std::string(kMetaFacets), FacetBitmaps::from_database(db_).serialise());
    db_.commit();
}

void seal_segment(const fs::path& scratch, const fs::path& dest) {
    Xapian::Database(scratch.string()).compact(dest.string());
    fs::remove_all(scratch);
}

}  // namespace assay
