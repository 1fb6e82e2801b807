// The facet bitmaps of a generation: each segment's own, in its own docids, as the segment
// stores them (deleted paragraphs included: every count intersects them with matches that have
// none), shared by every generation that serves the segment, plus an index of the facet terms
// across segments. Nothing is joined when a generation opens, so a reload after an update reads
// only the new segment's bitmaps.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <xapian.h>

#include "query/segmented_bitmap.hpp"
#include "schema/facet_bitmaps.hpp"

namespace assay {

class GenerationFacets {
public:
    // Appends the next segment's bitmaps (in the combined database's order).
    void add_segment(std::shared_ptr<const FacetBitmaps> bitmaps);
    // Builds the term index; call once after the last add_segment.
    void finish();

    std::size_t segments() const { return segments_.size(); }
    const FacetBitmaps& segment(std::size_t i) const { return *segments_[i]; }
    // Every facet term of any segment, in order.
    const std::vector<std::string>& terms() const { return terms_; }
    // The positions in terms() of those starting with prefix.
    std::pair<std::size_t, std::size_t> range(std::string_view prefix) const;
    // Term j's bitmap in segment i, or null when the segment has no paragraph with it.
    const Roaring* bitmap(std::size_t j, std::size_t i) const { return bitmaps_[j * segments_.size() + i]; }
    // The paragraphs carrying any of these terms, deleted ones included.
    SegmentedBitmap any_of(const std::vector<std::string>& terms) const;

    // The segments' bitmaps joined as combined docids, deleted paragraphs left in (tests, tools).
    FacetBitmaps combined() const;
    friend bool operator==(const GenerationFacets& a, const GenerationFacets& b);

private:
    std::vector<std::shared_ptr<const FacetBitmaps>> segments_;
    std::vector<std::string> terms_;
    std::vector<const Roaring*> bitmaps_;  // [term][segment]
};

// A segment's stored facet bitmaps, shared with any generation of this process that already
// read them; counted from the terms when the stored ones fail their checksum (`recounted`).
std::shared_ptr<const FacetBitmaps> segment_facets(const Xapian::Database& segment, bool& recounted);

}  // namespace assay
