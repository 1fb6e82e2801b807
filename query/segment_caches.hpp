// The caches a process keeps per segment, shared by every generation that serves the segment:
// match bitmaps in the segment's own docids, and its report records as parsed. Entries are
// keyed by the segment's UUID (segment_key), so when an update publishes a generation, searches
// find the unchanged segments' bitmaps and records already made and pay only for the new
// segment's. One bound each for all segments: a segment no generation serves any more is never
// asked again, and its entries are the first to go.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "query/bitmap_cache.hpp"
#include "query/lru_cache.hpp"
#include "schema/stored.hpp"

namespace assay {

struct ReportEntry {
    ReportCitation citation;
    nlohmann::json record;
    std::size_t bytes = 0;  // what the parsed record holds, roughly, for the cache's bound
};

struct SegmentCaches {
    static BitmapCache& bitmaps() {
        static BitmapCache cache{256u << 20};
        return cache;
    }
    static LruCache<ReportEntry>& records() {
        static LruCache<ReportEntry> cache{64u << 20, [](const ReportEntry& e) { return e.bytes; }};
        return cache;
    }
    static std::string segment_key(const std::string& uuid, const std::string& key) { return uuid + '\0' + key; }
};

}  // namespace assay
