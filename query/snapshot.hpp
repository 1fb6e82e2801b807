// IndexSnapshot: the immutable, shareable part of one published index generation — where it
// is, its facet bitmaps and its report records. Searchers (one per thread) open their own
// Xapian handle on it. A daemon swaps snapshots when a new generation is published; requests
// in flight keep the one they started with.
#pragma once

#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "query/bitmap_cache.hpp"
#include "query/deleted_paragraphs.hpp"
#include "schema/facet_bitmaps.hpp"
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

struct ReportEntry {
    ReportCitation citation;
    nlohmann::json record;
};

struct IndexSnapshot {
    std::filesystem::path index_dir;
    std::filesystem::path generation;  // the database folder
    std::string generation_name;
    FacetBitmaps facets;
    bool degraded = false;  // facets failed their checksum and were rebuilt from terms
    // Set when a search found the database damaged (R10): /healthz reports it until a new
    // generation is served.
    mutable std::atomic<bool> damaged{false};
    std::string degraded_reason;
    std::size_t documents = 0;  // paragraphs served (deleted ones not counted)
    std::size_t segments = 1;
    // Paragraphs later updates removed, as docids of the generation's combined database:
    // subtracted from every total and facet count.
    Roaring deleted;
    // The same paragraphs for the ranked match, per segment in its own docids (deleted_paragraphs.hpp).
    std::shared_ptr<const DeletedBySegment> deleted_by_segment;
    std::unordered_map<std::string, ReportEntry> reports;
    // Match bitmaps of terms and sub-queries of this generation, shared by its searchers.
    std::shared_ptr<BitmapCache> bitmaps = std::make_shared<BitmapCache>();
    // Rendered search responses of this generation (a new generation starts empty).
    std::shared_ptr<ResponseCache> responses = std::make_shared<ResponseCache>();

    // Opens what INDEX/CURRENT names. Throws IndexUnavailable with a reason a user can act on.
    static std::shared_ptr<const IndexSnapshot> open(const std::filesystem::path& index_dir);
    Xapian::Database database() const;
    const ReportEntry* report(const std::string& id) const;
};

}  // namespace assay
