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

Roaring filter_bitmap(const FacetBitmaps& facets, const ResolvedFilter& filter) {
    Roaring out;
    for (const auto& t : filter.terms)
        if (const Roaring* bm = facets.find(t)) out |= *bm;
    return out;
}

std::vector<std::pair<std::string, std::vector<FacetValue>>> count_facets(const FacetBitmaps& facets,
                                                                          const Roaring& text_matches,
                                                                          const std::vector<ResolvedFilter>& filters) {
    std::vector<Roaring> filter_bms;
    for (const auto& f : filters) filter_bms.push_back(filter_bitmap(facets, f));

    std::vector<std::pair<std::string, std::vector<FacetValue>>> out;
    for (FieldId id : kFacetFields) {
        // The base for this facet: text matches and every filter but this field's own.
        Roaring base = text_matches;
        const ResolvedFilter* own = nullptr;
        for (std::size_t i = 0; i < filters.size(); ++i) {
            if (filters[i].field == id)
                own = &filters[i];
            else
                base &= filter_bms[i];
        }
        const auto& spec = field(id);
        std::string prefix(spec.prefix);
        std::vector<FacetValue> values;
        for (auto it = facets.by_term.lower_bound(prefix);
             it != facets.by_term.end() && it->first.rfind(prefix, 0) == 0; ++it) {
            std::size_t n = base.and_cardinality(it->second);
            bool selected = own && std::find(own->terms.begin(), own->terms.end(), it->first) != own->terms.end();
            if (n == 0 && !selected) continue;
            values.push_back({facet_display_value(id, std::string_view(it->first).substr(prefix.size())), n, selected});
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
