#include "query/generation_facets.hpp"

#include <algorithm>

#include "query/combined_docids.hpp"
#include "query/segment_registry.hpp"
#include "schema/fields.hpp"

namespace assay {

void GenerationFacets::add_segment(std::shared_ptr<const FacetBitmaps> bitmaps) {
    segments_.push_back(std::move(bitmaps));
}

void GenerationFacets::finish() {
    terms_.clear();
    for (const auto& s : segments_)
        for (const auto& [term, bm] : s->by_term) terms_.push_back(term);
    std::sort(terms_.begin(), terms_.end());
    terms_.erase(std::unique(terms_.begin(), terms_.end()), terms_.end());
    const std::size_t n = segments_.size();
    bitmaps_.assign(terms_.size() * n, nullptr);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < terms_.size(); ++j) bitmaps_[j * n + i] = segments_[i]->find(terms_[j]);
}

std::pair<std::size_t, std::size_t> GenerationFacets::range(std::string_view prefix) const {
    auto first = std::lower_bound(terms_.begin(), terms_.end(), prefix);
    auto last = first;
    while (last != terms_.end() && std::string_view(*last).substr(0, prefix.size()) == prefix) ++last;
    return {static_cast<std::size_t>(first - terms_.begin()), static_cast<std::size_t>(last - terms_.begin())};
}

SegmentedBitmap GenerationFacets::any_of(const std::vector<std::string>& terms) const {
    SegmentedBitmap out(segments_.size());
    for (std::size_t i = 0; i < segments_.size(); ++i)
        for (const auto& t : terms)
            if (const Roaring* bm = segments_[i]->find(t)) out.part(i) |= *bm;
    return out;
}

FacetBitmaps GenerationFacets::combined() const {
    FacetBitmaps out;
    const std::size_t n = segments_.size();
    for (std::size_t j = 0; j < terms_.size(); ++j) {
        Roaring& joined = out.by_term[terms_[j]];
        for (std::size_t i = 0; i < n; ++i)
            if (const Roaring* bm = bitmap(j, i)) add_as_combined(joined, *bm, i, n);
    }
    return out;
}

bool operator==(const GenerationFacets& a, const GenerationFacets& b) {
    if (a.segments() != b.segments()) return false;
    for (std::size_t i = 0; i < a.segments(); ++i)
        if (!(a.segment(i) == b.segment(i))) return false;
    return true;
}

std::shared_ptr<const FacetBitmaps> segment_facets(const Xapian::Database& segment, bool& recounted) {
    recounted = false;
    auto stored = [&]() -> std::shared_ptr<const FacetBitmaps> {
        auto facets = FacetBitmaps::deserialise(segment.get_metadata(std::string(kMetaFacets)));
        if (!facets) return nullptr;
        auto out = std::make_shared<FacetBitmaps>(std::move(*facets));
        for (auto& [term, bm] : out->by_term) bm.runOptimize();
        return out;
    };
    // Known by UUID and revision: a segment is never rewritten, but a plain database opened as
    // a one-segment generation can be.
    const std::string key = segment.get_uuid() + ':' + std::to_string(segment.get_revision());
    auto shared = shared_per_segment<const FacetBitmaps>(key, stored);
    if (shared) return shared;
    // Not kept: each generation that reads a damaged record says so.
    recounted = true;
    return std::make_shared<const FacetBitmaps>(FacetBitmaps::from_database(segment));
}

}  // namespace assay
