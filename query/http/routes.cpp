#include "query/http/routes.hpp"

#include "query/http/errors.hpp"
#include "query/http/params.hpp"

namespace assay::http {
namespace {

// Every endpoint. First match wins, so the catch-all asset route comes last.
const Route kRoutes[] = {
    {"/api/search", "search", handle_search, RunOn::worker},
    {"/api/search.csv", "search_csv", handle_search_csv, RunOn::worker},
    {"/api/reports/{id}", "report", handle_report, RunOn::io_thread},
    {"/api/reports/{id}/paragraphs/{n}", "paragraph", handle_paragraph, RunOn::worker},
    {"/api/reports/{id}/file", "source_file", handle_source_file, RunOn::worker},
    {"/api/facets", "facets", handle_facets, RunOn::worker},
    {"/healthz", "healthz", handle_healthz, RunOn::io_thread},
    {"/metrics", "metrics", handle_metrics, RunOn::io_thread},
    {"/", "page", handle_asset, RunOn::io_thread},
    {"/{asset}", "asset", handle_asset, RunOn::io_thread},
};

std::vector<std::string_view> segments(std::string_view path) {
    std::vector<std::string_view> out;
    while (!path.empty()) {
        if (path.front() == '/') path.remove_prefix(1);
        auto slash = path.find('/');
        out.push_back(path.substr(0, slash));
        path = slash == std::string_view::npos ? std::string_view{} : path.substr(slash);
    }
    return out;
}

std::optional<std::vector<std::string>> match(std::string_view pattern, const std::vector<std::string_view>& segs) {
    auto pat = segments(pattern);
    if (pat.size() != segs.size()) return std::nullopt;
    std::vector<std::string> params;
    for (std::size_t i = 0; i < pat.size(); ++i) {
        if (pat[i].starts_with('{')) {
            auto decoded = percent_decode(segs[i], false);
            if (!decoded || decoded->empty()) throw ApiError(400, "bad_request", "malformed path");
            params.push_back(std::move(*decoded));
        } else if (pat[i] != segs[i]) {
            return std::nullopt;
        }
    }
    return params;
}

}  // namespace

std::span<const Route> routes() { return kRoutes; }

std::optional<RouteMatch> match_route(std::string_view path) {
    auto segs = segments(path);
    for (const Route& r : kRoutes)
        if (auto params = match(r.pattern, segs)) return RouteMatch{&r, std::move(*params)};
    return std::nullopt;
}

}  // namespace assay::http
