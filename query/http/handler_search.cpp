// GET /api/search and GET /api/search.csv: the SearchRequest from the query string, run by
// this thread's Searcher on the request's snapshot, rendered by the CLI's own renderers.
// Rendered answers are kept per generation (the same URL asks the same question of the same
// index), so repeated searches cost a lookup; a new generation starts with an empty cache.
#include "query/http/errors.hpp"
#include "query/http/routes.hpp"
#include "query/http/search_params.hpp"
#include "query/http/source_file.hpp"
#include "query/http/thread_searcher.hpp"
#include "query/render.hpp"

namespace assay::http {
namespace {

using Render = std::string (*)(SearchResult);

// The JSON links each PDF hit to its file when the daemon can serve it (kept with the cached
// answer, so for one generation).
std::string render_json(SearchResult r) {
    link_source_files(r);
    return to_json(r).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The rendered answer for this request, from the cache or freshly searched. Parameters are
// validated before the cache is consulted, so a bad request is a 400 every time.
std::pair<std::shared_ptr<const std::string>, bool> answer(const Request& req, ApiContext& ctx, PagingLimits paging,
                                                           Render render) {
    Params params(req.query);
    SearchRequest search = parse_search_request(params, paging);
    auto snap = ctx.snapshot();  // once: the whole request sees one generation
    std::string key = req.path + "?" + req.query;
    if (auto hit = snap->responses->get(key)) return {hit, true};
    auto body = std::make_shared<const std::string>(render(thread_searcher(snap).search(search)));
    snap->responses->put(key, body);
    ctx.snapshots.recent().remember(search);
    return {body, false};
}

}  // namespace

Response handle_search(const Request& req, ApiContext& ctx) {
    auto [body, hit] = answer(req, ctx, kPageLimits, render_json);
    Response r = json_response(200, *body);
    r.headers.emplace_back("X-Assay-Cache", hit ? "hit" : "miss");
    return r;
}

Response handle_search_csv(const Request& req, ApiContext& ctx) {
    auto [body, hit] = answer(req, ctx, kCsvLimits, [](SearchResult r) { return render_csv(r); });
    Response r;
    r.content_type = "text/csv; charset=utf-8";
    r.body = *body;
    r.headers.emplace_back("Content-Disposition", "attachment; filename=\"assay-search.csv\"");
    r.headers.emplace_back("X-Assay-Cache", hit ? "hit" : "miss");
    return r;
}

}  // namespace assay::http
