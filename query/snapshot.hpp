// IndexSnapshot: the immutable, shareable part of one published index generation — where it
// is, its facet bitmaps and its report records. Searchers (one per thread) open their own
// Xapian handle on it. A daemon swaps snapshots when a new generation is published; requests
// in flight keep the one they started with.
#pragma once

#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "query/bitmap_cache.hpp"
#include "query/deleted_paragraphs.hpp"
#include "query/generation_facets.hpp"
#include "query/lru_cache.hpp"
#include "query/paragraph_columns.hpp"
#include "query/segment_caches.hpp"
#include "query/segmented_bitmap.hpp"
#include "schema/record_dictionary.hpp"
#include "schema/stored.hpp"

namespace assay {

class IndexUnavailable : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The published generation exists but cannot be read: damaged files (R10). Fixed by
// assay-index check and a rebuild, not by waiting.
class IndexDamaged : public IndexUnavailable {
    using IndexUnavailable::IndexUnavailable;
};

struct IndexSnapshot {
    std::filesystem::path index_dir;
    std::filesystem::path generation;  // the database folder
    std::string generation_name;
    GenerationFacets facets;
    // Facets failed their checksum and were rebuilt from terms, or the index was written with
    // another thesaurus (group_terms false).
    bool degraded = false;
    // Every segment was written with this program's thesaurus, so a synonym group is searched
    // as its one group term; otherwise as the phrases of its forms (right, but slower).
    bool group_terms = true;
    // Set when a search found the database damaged (R10): /healthz reports it until a new
    // generation is served.
    mutable std::atomic<bool> damaged{false};
    std::string degraded_reason;
    std::size_t documents = 0;  // paragraphs served (deleted ones not counted)
    std::size_t segments = 1;
    // Paragraphs later updates removed, per segment: subtracted from every total and facet count.
    SegmentedBitmap deleted;
    // The same paragraphs for the ranked match, per segment in its own docids (deleted_paragraphs.hpp).
    std::shared_ptr<const DeletedBySegment> deleted_by_segment;
    // Each live report: its id and the segment that holds its record, by the key its
    // paragraphs carry (value slot kSlotReport: a paragraph's record does not repeat the id).
    // Records are read and parsed when a hit or a request needs one (report()), not when a
    // generation opens: at 1 GB, parsing all 29,000 took 3.6 s and 600 MB at every reload.
    struct LiveReport {
        std::string id;
        std::uint32_t segment = 0;
    };
    std::unordered_map<std::uint64_t, LiveReport> live_reports;
    // Reads paragraph records (value slot kSlotRecord), with the segments' record dictionaries.
    RecordDecoder records;
    // Each paragraph's prior and signature, in memory (paragraph_columns.hpp).
    std::shared_ptr<const ParagraphColumns> columns;
    // The segments in the combined database's order: each one's folder, and its UUID (what the
    // process's per-segment caches know it by: segment_caches.hpp).
    std::vector<std::filesystem::path> segment_paths;
    std::vector<std::string> segment_uuids;
    // This generation's claim on its segments' cache entries (segment_caches.hpp).
    std::vector<std::shared_ptr<const SegmentLease>> segment_leases;
    // Rendered search responses of this generation (a new generation starts empty).
    std::shared_ptr<ResponseCache> responses = std::make_shared<ResponseCache>();

    // Opens what INDEX/CURRENT names. Throws IndexUnavailable with a reason a user can act on.
    static std::shared_ptr<const IndexSnapshot> open(const std::filesystem::path& index_dir);
    Xapian::Database database() const;
    // The id of the live report a paragraph document belongs to; "" when there is none.
    const std::string& report_id_of(const Xapian::Document& paragraph) const;
    // The live report's citation, or null when there is none (or it is damaged).
    std::shared_ptr<const ReportEntry> report(const std::string& id) const;
    // The live report's whole record, read and parsed afresh (searches need only citations);
    // nullopt when there is none (or it is damaged).
    std::optional<nlohmann::json> report_record(const std::string& id) const;
    std::size_t report_count() const { return live_reports.size(); }

private:
    const LiveReport* live(const std::string& id) const;
    // One handle per segment for reading records; Xapian handles are not thread-safe.
    mutable std::mutex segments_mutex_;
    std::vector<Xapian::Database> segment_dbs_;
};

}  // namespace assay
