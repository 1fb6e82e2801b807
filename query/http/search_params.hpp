// The query string of /api/search and /api/search.csv as a SearchRequest: the one request
// type the CLI builds too. Facet filters may repeat (authority=Brent&authority=Barnet means
// either), as the searcher ORs values of one field.
#pragma once

#include <cstddef>

#include "query/http/params.hpp"
#include "query/search_request.hpp"

namespace assay::http {

struct PagingLimits {
    std::size_t default_limit;
    std::size_t max_limit;
};

inline constexpr PagingLimits kPageLimits{10, 100};
inline constexpr PagingLimits kCsvLimits{100, kMaxLimit};
inline constexpr std::size_t kMaxPerReport = 100;

SearchRequest parse_search_request(Params& params, PagingLimits paging);

}  // namespace assay::http
