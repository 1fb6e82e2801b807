// The exact set of documents a Xapian query matches, as a Roaring bitmap, without ranking.
// Boolean structure (AND, OR, AND_NOT, FILTER, AND_MAYBE, SYNONYM, SCALE_WEIGHT) becomes
// bitmap algebra over cached term bitmaps; anything positional or value-based (PHRASE, NEAR,
// value ranges) is evaluated by Xapian once and cached. Totals and facet counts come from this,
// so the ranked pass only has to find the top k.
#pragma once

#include <xapian.h>
#include <roaring/roaring.hh>

#include "query/bitmap_cache.hpp"

namespace assay {

Roaring match_bitmap(const Xapian::Query& query, const Xapian::Database& db, BitmapCache& cache);

}  // namespace assay
