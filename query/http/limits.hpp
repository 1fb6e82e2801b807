// ServerLimits: every bound the HTTP server enforces, in one place with its reason. The
// defaults hold RELIABILITY.md rows R20-R23 and R33 on a laptop.
#pragma once

#include <chrono>
#include <cstddef>

namespace assay::http {

struct ServerLimits {
    // Request line plus headers; more is 431 (a line with no end is cut off here too).
    std::size_t header_bytes = 8 * 1024;
    // The API takes no bodies; a larger one (Content-Length or chunked) is 413.
    std::size_t body_bytes = 16 * 1024;
    // A whole request must arrive within this from its first byte: slowloris gets no longer.
    std::chrono::milliseconds request_timeout{2000};
    // A kept-alive connection may wait this long for its next request's first byte.
    std::chrono::milliseconds idle_timeout{5000};
    // A client that does not read its response is dropped after this.
    std::chrono::milliseconds write_timeout{5000};
    std::size_t max_requests_per_connection = 1000;
    // Sockets are cheap with asynchronous I/O, but not free: past this, new ones are closed.
    std::size_t max_connections = 1024;
    std::size_t worker_threads = 0;  // 0 = hardware threads
    // Searches waiting for a worker; past this a request is answered 503 with Retry-After.
    std::size_t max_queued = 64;
    // A search that waited longer than this for a worker is answered 503 instead of run: under
    // overload its client has mostly given up, and running it would only delay the next ones.
    // 300 ms keeps accepted searches under half a second when 20 clients ask costly phrases
    // of the commonest words (R30), and is far above the queueing of normal load.
    std::chrono::milliseconds max_queue_wait{300};
    std::size_t io_threads = 1;
};

}  // namespace assay::http
