// The exact set of documents a Xapian query matches, as a Roaring bitmap, without ranking.
// Boolean structure (AND, OR, AND_NOT, FILTER, AND_MAYBE, SYNONYM, SCALE_WEIGHT) becomes
// bitmap algebra over cached term bitmaps; anything positional or value-based (PHRASE, NEAR,
// value ranges) is evaluated by Xapian once and cached. Totals and facet counts come from this,
// so the ranked pass only has to find the top k.
//
// Leaves are read segment by segment and kept per segment as well as per generation: a new
// generation finds the bitmaps of the segments it shares with the last one already made.
#pragma once

#include <memory>
#include <vector>

#include <xapian.h>
#include <roaring/roaring.hh>

#include "query/bitmap_cache.hpp"
#include "query/segment_caches.hpp"

namespace assay {

// Where bitmaps come from: the generation's combined database and its cache (combined docids),
// and each segment's own handle and UUID (its key in the process's caches), in combined order.
struct BitmapSources {
    const Xapian::Database& db;
    BitmapCache& cache;
    const std::vector<Xapian::Database>& segments;
    const std::vector<std::string>& segment_uuids;
};

Roaring match_bitmap(const Xapian::Query& query, const BitmapSources& from);

}  // namespace assay
