// GET /api/facets: every facet value with its count over the whole index (the searcher's
// own facet counting over a match-all request), cached per generation.
#include "query/http/errors.hpp"
#include "query/http/params.hpp"
#include "query/http/routes.hpp"
#include "query/http/thread_searcher.hpp"
#include "query/render.hpp"

namespace assay::http {

Response handle_facets(const Request& req, ApiContext& ctx) {
    Params(req.query).check_all_used();
    auto snap = ctx.snapshot();
    std::string body = ctx.facets.get(snap);
    if (body.empty()) {
        SearchRequest all;
        all.limit = 0;
        SearchResult result = thread_searcher(snap).search(all);
        nlohmann::json j = to_json(result);
        nlohmann::json out = {{"generation", snap->generation_name}, {"total", result.total}, {"facets", j["facets"]}};
        body = out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        ctx.facets.put(snap, body);
    }
    return json_response(200, std::move(body));
}

}  // namespace assay::http
