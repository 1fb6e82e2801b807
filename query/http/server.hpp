// Server: the HTTP/1.1 transport, on Boost.Beast with asynchronous I/O. Connections cost a
// socket and a small buffer, never a thread, so slow or idle clients cannot starve the
// workers. Each request is read under a deadline and size limits (limits.hpp), handed to the
// Dispatcher as a plain Request, and its Response written back with the security headers.
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>

#include "query/http/dispatcher.hpp"
#include "query/http/limits.hpp"
#include "query/http/metrics.hpp"

namespace assay::http {

class Server {
public:
    // Binds and listens now (port 0 picks a free port); throws std::runtime_error on failure.
    Server(const boost::asio::ip::address& address, unsigned short port, const ServerLimits& limits, Metrics& metrics);
    ~Server();

    unsigned short port() const { return port_; }
    // Starts accepting on the I/O threads; requests go to dispatcher (set before start).
    void start(Dispatcher& dispatcher);
    // Stops accepting, gives requests in flight up to `grace` to finish, then stops the I/O.
    void stop(std::chrono::milliseconds grace);

    std::atomic<long> in_flight{0};

private:
    void accept();
    void accept_later();

    ServerLimits limits_;
    Metrics& metrics_;
    Dispatcher* dispatcher_ = nullptr;
    boost::asio::io_context ioc_;
    boost::asio::ip::tcp::acceptor acceptor_;
    boost::asio::steady_timer accept_retry_;
    unsigned short port_ = 0;
    std::atomic<std::size_t> next_id_{1};
    std::atomic<bool> draining_{false};
    std::vector<std::thread> threads_;
    bool stopped_ = false;
};

}  // namespace assay::http
