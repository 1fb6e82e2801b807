#include "query/http/search_params.hpp"

#include "query/http/errors.hpp"
#include "query/query_ast.hpp"
#include "schema/fields.hpp"

namespace assay::http {

SearchRequest parse_search_request(Params& params, PagingLimits paging) {
    SearchRequest req;
    req.query = params.text("q", kMaxQueryBytes).value_or("");
    for (FieldId id : kFacetFields) {
        std::string name(field(id).name);
        for (auto& value : params.all(name, 16)) {
            if (value.empty()) throw bad_parameter(name, "is empty");
            req.filters.emplace_back(name, std::move(value));
        }
    }
    for (auto& value : params.all("date", 1)) req.filters.emplace_back("date", std::move(value));
    req.limit = params.number("limit", paging.default_limit, 0, paging.max_limit);
    req.offset = params.number("offset", 0, 0, kMaxOffset);
    req.per_report = static_cast<unsigned>(params.number("per_report", 0, 0, kMaxPerReport));
    req.facets = params.flag("facets", true);
    params.check_all_used();
    return req;
}

}  // namespace assay::http
