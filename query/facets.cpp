#include "query/facets.hpp"

#include <algorithm>
#include <numeric>

#include "query/filters.hpp"

namespace assay {
namespace {

// Drops all but the kMaxFacetValues most frequent values (selected ones always stay), keeping
// the survivors in their order.
void keep_top_values(std::vector<FacetValue>& values) {
    if (values.size() <= kMaxFacetValues) return;
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const auto &x = values[a], &y = values[b];
        return x.selected != y.selected ? x.selected : x.count > y.count;
    });
    std::vector<bool> keep(values.size());
    for (std::size_t i = 0; i < kMaxFacetValues; ++i) keep[order[i]] = true;
    std::size_t at = 0;
    std::erase_if(values, [&](const FacetValue&) { return !keep[at++]; });
}

}  // namespace

SegmentedBitmap filter_bitmap(const GenerationFacets& facets, const ResolvedFilter& filter) {
    return facets.any_of(filter.terms);
}

std::vector<std::pair<std::string, std::vector<FacetValue>>> count_facets(const GenerationFacets& facets,
                                                                          const SegmentedBitmap& text_matches,
                                                                          const std::vector<ResolvedFilter>& filters) {
    std::vector<SegmentedBitmap> filter_bms;
    for (const auto& f : filters) filter_bms.push_back(filter_bitmap(facets, f));

    const std::size_t segments = facets.segments();
    std::vector<std::pair<std::string, std::vector<FacetValue>>> out;
    for (FieldId id : kFacetFields) {
        // The base for this facet: text matches and every filter but this field's own.
        SegmentedBitmap base = text_matches;
        const ResolvedFilter* own = nullptr;
        for (std::size_t i = 0; i < filters.size(); ++i) {
            if (filters[i].field == id)
                own = &filters[i];
            else
                base &= filter_bms[i];
        }
        const auto& spec = field(id);
        const std::string_view prefix(spec.prefix);
        std::vector<FacetValue> values;
        auto [first, last] = facets.range(prefix);
        for (std::size_t j = first; j < last; ++j) {
            const std::string& term = facets.terms()[j];
            std::size_t n = 0;
            for (std::size_t i = 0; i < segments; ++i)
                if (const Roaring* bm = facets.bitmap(j, i); bm && !base.part(i).isEmpty())
                    n += base.part(i).and_cardinality(*bm);
            bool selected = own && std::find(own->terms.begin(), own->terms.end(), term) != own->terms.end();
            if (n == 0 && !selected) continue;
            values.push_back({facet_display_value(id, std::string_view(term).substr(prefix.size())), n, selected});
        }
        keep_top_values(values);
        if (id == FieldId::year)
            std::sort(values.begin(), values.end(), [](const auto& a, const auto& b) { return a.value < b.value; });
        else
            std::stable_sort(values.begin(), values.end(),
                             [](const auto& a, const auto& b) { return a.count > b.count; });
        out.emplace_back(std::string(spec.name), std::move(values));
    }
    return out;
}

}  // namespace assay
