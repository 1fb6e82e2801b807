// Bitmaps of one segment's docids turned into docids of the generation's combined database
// (Xapian numbers a multi-database's documents round-robin over its segments).
#pragma once

#include <cstddef>

#include <roaring/roaring.hh>

namespace assay {

// Adds `local`, docids of segment `index` of `count`, to `out` as combined docids.
void add_as_combined(Roaring& out, const Roaring& local, std::size_t index, std::size_t count);

}  // namespace assay
