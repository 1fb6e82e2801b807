// The exact set of documents a Xapian query matches, as bitmaps per segment, without ranking.
// Boolean structure (AND, OR, AND_NOT, FILTER, AND_MAYBE, SYNONYM, SCALE_WEIGHT) becomes
// bitmap algebra over cached term bitmaps; anything positional or value-based (PHRASE, NEAR,
// value ranges) is evaluated by Xapian once and cached. Totals and facet counts come from this,
// so the ranked pass only has to find the top k.
//
// Everything is per segment, in the segment's own docids (segmented_bitmap.hpp); leaves are
// cached per segment (segment_caches.hpp), so a new generation finds the bitmaps of the
// segments it shares with the last one already made.
#pragma once

#include <memory>
#include <vector>

#include <xapian.h>
#include <roaring/roaring.hh>

#include "query/segmented_bitmap.hpp"

namespace assay {

// Where bitmaps come from: each segment's own handle and UUID (its key in the process's
// caches), in the combined database's order.
struct BitmapSources {
    const std::vector<Xapian::Database>& segments;
    const std::vector<std::string>& segment_uuids;
};

SegmentedBitmap match_bitmap(const Xapian::Query& query, const BitmapSources& from);

}  // namespace assay
