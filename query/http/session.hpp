// Session: one client connection. Reads a request under a deadline, hands it to the
// Dispatcher, writes the response, and either waits for the next request (keep-alive, up to a
// limit) or closes. Protocol errors close the connection after a short JSON error.
#pragma once

#include <array>
#include <atomic>
#include <memory>
#include <optional>

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "query/http/dispatcher.hpp"
#include "query/http/limits.hpp"
#include "query/http/metrics.hpp"

namespace assay::http {

struct SessionShared {
    const ServerLimits& limits;
    Metrics& metrics;
    Dispatcher& dispatcher;
    std::atomic<long>& in_flight;
    std::atomic<std::size_t>& next_id;
    // Set when the server stops: answers say "Connection: close" and no further request is
    // read, so a client on a kept-alive connection cannot hold the shutdown open.
    const std::atomic<bool>& draining;
};

class Session : public std::enable_shared_from_this<Session> {
public:
    Session(boost::asio::ip::tcp::socket socket, SessionShared shared);
    ~Session();
    void start() { wait_for_request(); }

private:
    using BeastRequest = boost::beast::http::request<boost::beast::http::string_body>;
    using BeastResponse = boost::beast::http::response<boost::beast::http::string_body>;

    void wait_for_request();
    void read_request();
    void on_read(boost::beast::error_code ec);
    void on_protocol_error(boost::beast::error_code ec);
    void handle(BeastRequest req);
    void write(Response r, bool head, bool keep_alive, const std::string& request_id);
    void close();
    void drain(std::shared_ptr<std::array<char, 16384>> sink, std::size_t drained);

    boost::beast::tcp_stream stream_;
    boost::beast::flat_buffer buffer_;
    std::optional<boost::beast::http::request_parser<boost::beast::http::string_body>> parser_;
    std::shared_ptr<BeastResponse> response_;
    SessionShared shared_;
    std::size_t served_ = 0;
    bool linger_ = false;  // an error answer: read what the client still sends before closing
};

}  // namespace assay::http
