// The route table: every endpoint of assayd, in one place (routes.cpp), each with the one
// small handler that serves it. Handlers parse into typed values, call the engine and
// serialise; they throw ApiError (or the engine's errors) and never build error bodies.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "query/http/context.hpp"
#include "query/http/message.hpp"

namespace assay::http {

using Handler = Response (*)(const Request&, ApiContext&);

// Where a handler runs: cheap ones on the I/O thread (so /healthz answers while every
// worker is busy), searches on the bounded worker pool.
enum class RunOn { io_thread, worker };

struct Route {
    std::string_view pattern;  // "/api/reports/{id}/paragraphs/{n}"
    std::string_view name;     // the endpoint label in /metrics
    Handler handler;
    RunOn run_on;
};

std::span<const Route> routes();

struct RouteMatch {
    const Route* route = nullptr;
    std::vector<std::string> params;  // percent-decoded {placeholder} segments, in order
};

// nullopt when no route matches; throws ApiError 400 for a malformed escape in a segment.
std::optional<RouteMatch> match_route(std::string_view path);

// The handlers (one file each, or one per pair that share a helper).
Response handle_search(const Request&, ApiContext&);
Response handle_search_csv(const Request&, ApiContext&);
Response handle_report(const Request&, ApiContext&);
Response handle_paragraph(const Request&, ApiContext&);
Response handle_source_file(const Request&, ApiContext&);
Response handle_facets(const Request&, ApiContext&);
Response handle_healthz(const Request&, ApiContext&);
Response handle_metrics(const Request&, ApiContext&);
Response handle_asset(const Request&, ApiContext&);

}  // namespace assay::http
