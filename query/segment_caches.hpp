// The caches a process keeps per segment, shared by every generation that serves the segment:
// match bitmaps in the segment's own docids, its reports' citations, and its paragraphs as
// cited in a hit's "also in" list. Entries are
// keyed by the segment's UUID (segment_key), so when an update publishes a generation, searches
// find the unchanged segments' bitmaps and records already made and pay only for the new
// segment's. One bound each for all segments: a segment no generation serves any more is never
// asked again, and its entries are the first to go.
#pragma once

#include <string>

#include "query/bitmap_cache.hpp"
#include "query/lru_cache.hpp"
#include "query/search_request.hpp"
#include "schema/stored.hpp"

namespace assay {

// What a hit and each of its copies cite. Only this is kept: a parsed record is a tree several
// times its text, so a cache of them held a few hundred reports and a search's copies (up to
// ten a hit, from as many reports) kept parsing records again.
struct ReportEntry {
    ReportCitation citation;
    std::size_t bytes = 0;  // what the citation holds, roughly, for the cache's bound
};

// The caches are made once and never destroyed: a generation held by a static (or a thread
// still running) may let go of its segments after main returns, and forget() must still find them.
struct SegmentCaches {
    static BitmapCache& bitmaps() {
        static auto* cache = new BitmapCache{256u << 20};
        return *cache;
    }
    static LruCache<ReportEntry>& citations() {
        static auto* cache = new LruCache<ReportEntry>{64u << 20, [](const ReportEntry& e) { return e.bytes; }};
        return *cache;
    }
    // A paragraph cited as another's copy: template text recurs in hit after hit, and each of its
    // copies would otherwise be read, decompressed and cited again in every search.
    static LruCache<Copy>& copies() {
        static auto* cache = new LruCache<Copy>{16u << 20, [](const Copy& c) {
                                                    return sizeof(Copy) + c.report_id.capacity() + c.source.capacity() +
                                                           c.authority.capacity() + c.date.capacity() +
                                                           c.paragraph.capacity();
                                                }};
        return *cache;
    }
    static std::string segment_key(const std::string& uuid, const std::string& key) { return uuid + '\0' + key; }
    // Drops everything kept for the segment `uuid`.
    static void forget(const std::string& uuid) {
        const std::string prefix = segment_key(uuid, "");
        bitmaps().erase_prefix(prefix);
        citations().erase_prefix(prefix);
        copies().erase_prefix(prefix);
    }
};

// Held by every generation that serves a segment (segment_registry.hpp shares one per UUID).
// When the last of them goes, so do the segment's cache entries: no search will ask for them
// again, and a daemon whose updates retire a segment every few minutes would otherwise hold
// them until the caches' bounds pushed them out, its memory climbing all the while.
class SegmentLease {
public:
    explicit SegmentLease(std::string uuid) : uuid_(std::move(uuid)) {}
    SegmentLease(const SegmentLease&) = delete;
    SegmentLease& operator=(const SegmentLease&) = delete;
    ~SegmentLease() { SegmentCaches::forget(uuid_); }

private:
    std::string uuid_;
};

}  // namespace assay
