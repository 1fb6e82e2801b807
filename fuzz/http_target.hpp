// fuzz_http: bytes as they would arrive on a connection -> Beast's parser under the daemon's
// limits -> the daemon's Request -> the Dispatcher (Host check, routing, parameter
// validation, handlers on the worker pool) against a small index -> the Beast response with
// its headers. Up to four pipelined requests per input; no sockets.
#pragma once

#include <cstddef>
#include <cstdint>
#include <future>
#include <sstream>
#include <string_view>
#include <vector>

#include <boost/asio/buffer.hpp>
#include <nlohmann/json.hpp>

#include "fuzz/check.hpp"
#include "fuzz/tiny_index.hpp"
#include "query/http/beast_request.hpp"
#include "query/http/context.hpp"
#include "query/http/dispatcher.hpp"
#include "query/http/response_headers.hpp"

namespace assay::fuzz {

struct HttpHarness {
    http::ServerLimits limits;
    http::Metrics metrics;
    http::SnapshotHolder snapshots{tiny_index(), std::chrono::hours(1)};
    http::ApiContext context{snapshots, metrics};
    http::WorkerPool pool{1, limits.max_queued};
    http::HostAllowList hosts{"127.0.0.1", 8080};
    http::Dispatcher dispatcher{context, pool, hosts, std::chrono::hours(1)};
};

inline http::Response dispatch_now(HttpHarness& h, http::Request req) {
    std::promise<http::Response> answer;
    auto done = answer.get_future();
    h.dispatcher.dispatch(std::move(req), [&answer](http::Response r) { answer.set_value(std::move(r)); });
    return done.get();
}

// What a client would read: the serialised response, checked for what must always hold.
// Returns its status.
inline int check_response(http::Response r) {
    const bool json = r.content_type == "application/json";
    const std::string body = r.body;
    auto beast = http::to_beast(std::move(r), "fuzz");
    beast.prepare_payload();
    const int status = beast.result_int();
    require(status >= 200 && status <= 599, "status is a final HTTP status");
    for (const auto& field : beast)
        require(field.value().find_first_of("\r\n") == std::string_view::npos, "no CR or LF in a header value");
    if (json) require(nlohmann::json::accept(body), "every JSON answer parses (R34)");
    std::ostringstream wire;
    wire << beast;
    return status;
}

// The statuses the daemon would answer the bytes with, in order (empty when it would just
// close the connection).
inline std::vector<int> http_statuses(std::string_view rest) {
    static HttpHarness harness;
    namespace bhttp = boost::beast::http;
    std::vector<int> statuses;
    for (int n = 0; n < 4 && !rest.empty(); ++n) {
        http::RequestParser parser;
        http::apply_limits(parser, harness.limits);
        parser.eager(true);
        boost::beast::error_code ec;
        while (!parser.is_done() && !ec) {
            std::size_t used = parser.put(boost::asio::buffer(rest.data(), rest.size()), ec);
            rest.remove_prefix(used);
            // Beast wants more than it was given (need_more, or nothing taken as a chunk
            // header waits for its end): a socket would read again; here the input is over.
            if (ec == bhttp::error::need_more || (!ec && used == 0 && !parser.is_done())) {
                ec = {};
                parser.put_eof(ec);  // everything was offered: the connection ends here
                break;
            }
        }
        if (ec == bhttp::error::end_of_stream) break;  // the session just closes
        if (ec) {
            statuses.push_back(check_response(http::protocol_error_response(ec)));
            break;
        }
        if (!parser.is_done()) break;
        const bool keep_alive = parser.get().keep_alive();
        http::Request req = http::to_request(parser.release());
        req.request_id = "fuzz";
        http::Response resp;
        if (auto bad = http::refuse_target(req))
            resp = std::move(*bad);
        else
            resp = dispatch_now(harness, std::move(req));
        const bool close = resp.close;
        statuses.push_back(check_response(std::move(resp)));
        if (!keep_alive || close) break;
    }
    return statuses;
}

inline int http_one(const std::uint8_t* data, std::size_t size) {
    http_statuses(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}

}  // namespace assay::fuzz
