#include "query/http/dispatcher.hpp"

#include <chrono>

#include "query/http/errors.hpp"
#include "query/http/routes.hpp"

namespace assay::http {
namespace {

using Clock = std::chrono::steady_clock;

Response run_handler(Handler handler, const Request& req, ApiContext& ctx) {
    try {
        return handler(req, ctx);
    } catch (...) {
        auto error = std::current_exception();
        // Marks the generation now served; a swap in between would mark the new one until the
        // next swap, a small price against reporting "ok" over damaged files.
        if (is_index_damage(error))
            if (auto snap = ctx.snapshots.current()) snap->damaged = true;
        return error_response(error, req.request_id);
    }
}

// Checks that come before any handler; a Response when the request is refused.
std::optional<Response> refuse(const Request& req, const HostAllowList& hosts) {
    if (req.host.empty()) return error_body(400, "bad_request", "the Host header is missing");
    if (!hosts.allows(req.host))
        return error_body(421, "misdirected_request", "this server does not answer for that host name");
    if (req.method != "GET" && req.method != "HEAD") {
        Response r = error_body(405, "method_not_allowed", "only GET and HEAD are supported");
        r.headers.emplace_back("Allow", "GET, HEAD");
        return r;
    }
    return std::nullopt;
}

Response overloaded() {
    Response r = error_body(503, "overloaded", "the server is busy; try again shortly");
    r.headers.emplace_back("Retry-After", "1");
    return r;
}

}  // namespace

void Dispatcher::dispatch(Request req, Reply reply) {
    const auto start = Clock::now();
    auto finish = [this, start, reply](std::string_view endpoint, Response r) {
        ctx_.metrics.record(std::string(endpoint), r.status,
                            std::chrono::duration<double>(Clock::now() - start).count());
        reply(std::move(r));
    };
    if (auto refused = refuse(req, hosts_)) return finish("refused", std::move(*refused));
    std::optional<RouteMatch> match;
    try {
        match = match_route(req.path);
    } catch (...) {
        return finish("not_found", error_response(std::current_exception(), req.request_id));
    }
    if (!match) return finish("not_found", error_body(404, "not_found", "no such endpoint"));
    req.path_params = std::move(match->params);
    const Route& route = *match->route;
    if (route.run_on == RunOn::io_thread) return finish(route.name, run_handler(route.handler, req, ctx_));
    auto task = [this, &route, req = std::move(req), finish, queued = Clock::now()]() mutable {
        if (Clock::now() - queued > max_queue_wait_) {
            ctx_.metrics.rejected("queue_wait");
            return finish(route.name, overloaded());
        }
        finish(route.name, run_handler(route.handler, req, ctx_));
    };
    if (!pool_.try_submit(std::move(task))) {
        ctx_.metrics.rejected("queue_full");
        finish(route.name, overloaded());
    }
}

}  // namespace assay::http
