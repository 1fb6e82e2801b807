// The caches a process keeps for one segment, shared by every generation that serves it
// (segment_registry.hpp): match bitmaps in the segment's own docids, and its report records as
// parsed. When an update publishes a generation, searches find the unchanged segments' bitmaps
// and records already made and pay only for the new segment's.
#pragma once

#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "query/bitmap_cache.hpp"
#include "query/lru_cache.hpp"
#include "query/segment_registry.hpp"
#include "schema/stored.hpp"

namespace assay {

struct ReportEntry {
    ReportCitation citation;
    nlohmann::json record;
    std::size_t bytes = 0;  // what the parsed record holds, roughly, for the cache's bound
};

struct SegmentCaches {
    BitmapCache bitmaps{64u << 20};
    LruCache<ReportEntry> records{32u << 20, [](const ReportEntry& e) { return e.bytes; }};

    static std::shared_ptr<SegmentCaches> of(const std::string& uuid) {
        return shared_per_segment<SegmentCaches>(uuid, [] { return std::make_shared<SegmentCaches>(); });
    }
};

}  // namespace assay
