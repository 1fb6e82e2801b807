// BitmapCache: match bitmaps of terms and sub-queries, per segment (SegmentCaches::bitmaps,
// keyed by segment UUID), shared by every searcher of every generation serving the segment.
// Frequent terms are asked for again and again; reading their posting list once makes exact
// totals and facet counts cheap.
#pragma once

#include <roaring/roaring.hh>

#include "query/lru_cache.hpp"

namespace assay {

class BitmapCache : public LruCache<Roaring> {
public:
    explicit BitmapCache(std::size_t capacity_bytes = 256u << 20)
        : LruCache<Roaring>(capacity_bytes, [](const Roaring& r) { return r.getSizeInBytes(); }) {}
};

// Rendered responses of one generation (the daemon's result cache), keyed by request.
class ResponseCache : public LruCache<std::string> {
public:
    explicit ResponseCache(std::size_t capacity_bytes = 64u << 20)
        : LruCache<std::string>(capacity_bytes, [](const std::string& s) { return s.size(); }) {}
};

}  // namespace assay
