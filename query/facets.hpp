// Facet counts by bitmap intersection, segment by segment, the counts summed. Disjunctive
// ("drill sideways"): a facet the user has filtered on is counted without its own filter, so
// the alternatives stay visible.
#pragma once

#include <roaring/roaring.hh>

#include "query/generation_facets.hpp"
#include "query/resolve.hpp"
#include "query/search_request.hpp"

namespace assay {

// Union of the bitmaps of a filter's terms.
SegmentedBitmap filter_bitmap(const GenerationFacets& facets, const ResolvedFilter& filter);

// Values shown per facet: the most frequent ones, plus any the user selected. More than any
// real facet has (about 160 authorities, years 1990-2099), so it only bounds an answer's size
// against an index with a runaway vocabulary.
inline constexpr std::size_t kMaxFacetValues = 200;

// text_matches: every live paragraph matching the text and non-facet filters.
std::vector<std::pair<std::string, std::vector<FacetValue>>> count_facets(const GenerationFacets& facets,
                                                                          const SegmentedBitmap& text_matches,
                                                                          const std::vector<ResolvedFilter>& filters);

}  // namespace assay
