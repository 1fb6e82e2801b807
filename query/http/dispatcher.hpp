// Dispatcher: from a parsed Request to a Response. Checks the Host header and the method,
// finds the route, runs its handler (inline or on the worker pool), turns any exception into
// a JSON error, and records the outcome in the metrics. Knows nothing of sockets.
#pragma once

#include <chrono>
#include <functional>

#include "query/http/context.hpp"
#include "query/http/host_check.hpp"
#include "query/http/message.hpp"
#include "query/http/worker_pool.hpp"

namespace assay::http {

using Reply = std::function<void(Response)>;

class Dispatcher {
public:
    Dispatcher(ApiContext& ctx, WorkerPool& pool, const HostAllowList& hosts, std::chrono::milliseconds max_queue_wait)
        : ctx_(ctx), pool_(pool), hosts_(hosts), max_queue_wait_(max_queue_wait) {}

    // Calls reply exactly once, on this thread or on a worker.
    void dispatch(Request req, Reply reply);

private:
    ApiContext& ctx_;
    WorkerPool& pool_;
    const HostAllowList& hosts_;
    std::chrono::milliseconds max_queue_wait_;
};

}  // namespace assay::http
