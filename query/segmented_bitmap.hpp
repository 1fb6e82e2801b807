// A set of paragraphs of a generation, held per segment in each segment's own docids. Xapian
// numbers a multi-database's documents round-robin over its segments, so one report's
// paragraphs, consecutive in their segment (one run container), are one in n apart in the
// combined numbering. Kept apart, a segment's bitmaps stay run-compressed, set algebra and
// facet counting work segment by segment, and a new generation re-uses its unchanged
// segments' bitmaps as they are instead of joining them again.
#pragma once

#include <cstdint>
#include <vector>

#include <xapian.h>
#include <roaring/roaring.hh>

namespace assay {

class SegmentedBitmap {
public:
    SegmentedBitmap() = default;
    explicit SegmentedBitmap(std::size_t segments) : parts_(segments) {}

    std::size_t segments() const { return parts_.size(); }
    // Segment i's docids. A segment past the end (of a default-made, empty set) reads as empty.
    const Roaring& part(std::size_t i) const;
    Roaring& part(std::size_t i);

    bool isEmpty() const;
    std::uint64_t cardinality() const;
    // By a docid of the generation's combined database.
    bool contains(Xapian::docid combined) const;
    // The same set in combined docids (for tools and tests; searches never need it).
    Roaring combined() const;
    void runOptimize();

    SegmentedBitmap& operator&=(const SegmentedBitmap& other);
    SegmentedBitmap& operator|=(const SegmentedBitmap& other);
    SegmentedBitmap& operator-=(const SegmentedBitmap& other);
    friend SegmentedBitmap operator&(SegmentedBitmap a, const SegmentedBitmap& b) { return a &= b; }
    friend bool operator==(const SegmentedBitmap& a, const SegmentedBitmap& b);

private:
    std::vector<Roaring> parts_;
};

}  // namespace assay
