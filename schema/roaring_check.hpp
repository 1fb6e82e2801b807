// Structural check of a Roaring bitmap read from bytes. CRoaring 0.2.66's readSafe only stays
// inside the buffer; it does not check that what it read makes sense (empty or unsorted
// containers, runs past 65535, a bitset whose count is wrong), and its iterators and set
// operations trust all of it: a corrupt facet blob with a valid checksum crashed the iterator
// (found by fuzz_facet_bitmaps). RELIABILITY.md item 9 and R11.
#pragma once

#include <roaring/roaring.hh>

namespace assay {

// True when every container is well formed: keys strictly increasing; arrays of 1..4096
// strictly increasing values; bitsets whose stored cardinality is their bit count; runs
// sorted, disjoint and inside 0..65535.
bool roaring_well_formed(const Roaring& bitmap);

}  // namespace assay
