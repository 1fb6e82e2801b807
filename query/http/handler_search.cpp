// GET /api/search and GET /api/search.csv: the SearchRequest from the query string, run by
// this thread's Searcher on the request's snapshot, rendered by the CLI's own renderers.
#include "query/http/errors.hpp"
#include "query/http/routes.hpp"
#include "query/http/search_params.hpp"
#include "query/http/thread_searcher.hpp"
#include "query/render.hpp"

namespace assay::http {
namespace {

SearchResult run_search(const Request& req, ApiContext& ctx, PagingLimits paging) {
    Params params(req.query);
    SearchRequest search = parse_search_request(params, paging);
    auto snap = ctx.snapshot();  // once: the whole request sees one generation
    return thread_searcher(snap).search(search);
}

}  // namespace

Response handle_search(const Request& req, ApiContext& ctx) {
    SearchResult result = run_search(req, ctx, kPageLimits);
    return json_response(200, to_json(result).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

Response handle_search_csv(const Request& req, ApiContext& ctx) {
    SearchResult result = run_search(req, ctx, kCsvLimits);
    Response r;
    r.content_type = "text/csv; charset=utf-8";
    r.body = render_csv(result);
    r.headers.emplace_back("Content-Disposition", "attachment; filename=\"assay-search.csv\"");
    return r;
}

}  // namespace assay::http
