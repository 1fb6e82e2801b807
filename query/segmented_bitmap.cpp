#include "query/segmented_bitmap.hpp"

#include <algorithm>

#include "query/combined_docids.hpp"
#include "schema/segments.hpp"

namespace assay {

const Roaring& SegmentedBitmap::part(std::size_t i) const {
    static const Roaring kEmpty;
    return i < parts_.size() ? parts_[i] : kEmpty;
}

Roaring& SegmentedBitmap::part(std::size_t i) {
    if (i >= parts_.size()) parts_.resize(i + 1);
    return parts_[i];
}

bool SegmentedBitmap::isEmpty() const {
    return std::all_of(parts_.begin(), parts_.end(), [](const Roaring& r) { return r.isEmpty(); });
}

std::uint64_t SegmentedBitmap::cardinality() const {
    std::uint64_t n = 0;
    for (const auto& r : parts_) n += r.cardinality();
    return n;
}

bool SegmentedBitmap::contains(Xapian::docid combined) const {
    if (parts_.empty() || combined == 0) return false;
    auto [index, local] = local_docid(combined, parts_.size());
    return parts_[index].contains(local);
}

Roaring SegmentedBitmap::combined() const {
    Roaring out;
    for (std::size_t i = 0; i < parts_.size(); ++i) add_as_combined(out, parts_[i], i, parts_.size());
    return out;
}

void SegmentedBitmap::runOptimize() {
    for (auto& r : parts_) r.runOptimize();
}

SegmentedBitmap& SegmentedBitmap::operator&=(const SegmentedBitmap& other) {
    for (std::size_t i = 0; i < parts_.size(); ++i) {
        if (parts_[i].isEmpty()) continue;
        if (i < other.parts_.size())
            parts_[i] &= other.parts_[i];
        else
            parts_[i] = Roaring();
    }
    return *this;
}

SegmentedBitmap& SegmentedBitmap::operator|=(const SegmentedBitmap& other) {
    if (parts_.size() < other.parts_.size()) parts_.resize(other.parts_.size());
    for (std::size_t i = 0; i < other.parts_.size(); ++i) parts_[i] |= other.parts_[i];
    return *this;
}

SegmentedBitmap& SegmentedBitmap::operator-=(const SegmentedBitmap& other) {
    for (std::size_t i = 0; i < std::min(parts_.size(), other.parts_.size()); ++i)
        if (!parts_[i].isEmpty()) parts_[i] -= other.parts_[i];
    return *this;
}

bool operator==(const SegmentedBitmap& a, const SegmentedBitmap& b) {
    for (std::size_t i = 0; i < std::max(a.segments(), b.segments()); ++i)
        if (a.part(i) != b.part(i)) return false;
    return true;
}

}  // namespace assay
