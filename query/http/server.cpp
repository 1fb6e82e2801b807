#include "query/http/server.hpp"

#include <iostream>
#include <stdexcept>

#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>

#include "query/http/session.hpp"

namespace assay::http {

namespace net = boost::asio;
using tcp = net::ip::tcp;

Server::Server(const net::ip::address& address, unsigned short port, const ServerLimits& limits, Metrics& metrics)
    : limits_(limits), metrics_(metrics), acceptor_(net::make_strand(ioc_)), accept_retry_(acceptor_.get_executor()) {
    boost::system::error_code ec;
    tcp::endpoint endpoint(address, port);
    acceptor_.open(endpoint.protocol(), ec);
    if (!ec) acceptor_.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec) acceptor_.bind(endpoint, ec);
    if (!ec) acceptor_.listen(net::socket_base::max_listen_connections, ec);
    if (ec)
        throw std::runtime_error("cannot listen on " + address.to_string() + ":" + std::to_string(port) + ": " +
                                 ec.message());
    port_ = acceptor_.local_endpoint().port();
}

Server::~Server() { stop(std::chrono::milliseconds(0)); }

void Server::start(Dispatcher& dispatcher) {
    dispatcher_ = &dispatcher;
    accept();
    for (std::size_t i = 0; i < std::max<std::size_t>(1, limits_.io_threads); ++i)
        threads_.emplace_back([this] { ioc_.run(); });
}

void Server::accept() {
    acceptor_.async_accept(net::make_strand(ioc_), [this](boost::system::error_code ec, tcp::socket socket) {
        if (ec == net::error::operation_aborted || !acceptor_.is_open()) return;
        if (ec) return accept_later();  // out of file descriptors, most likely: retrying at once would spin
        if (static_cast<std::size_t>(metrics_.open_connections()) >= limits_.max_connections) {
            metrics_.rejected("connections");
            socket.close(ec);
        } else {
            SessionShared shared{limits_, metrics_, *dispatcher_, in_flight, next_id_, draining_};
            std::make_shared<Session>(std::move(socket), shared)->start();
        }
        accept();
    });
}

void Server::accept_later() {
    metrics_.rejected("accept_failed");
    accept_retry_.expires_after(std::chrono::milliseconds(50));
    accept_retry_.async_wait([this](boost::system::error_code ec) {
        if (!ec && acceptor_.is_open()) accept();
    });
}

void Server::stop(std::chrono::milliseconds grace) {
    if (stopped_) return;
    stopped_ = true;
    draining_ = true;
    net::post(acceptor_.get_executor(), [this] {
        boost::system::error_code ec;
        acceptor_.close(ec);
    });
    auto deadline = std::chrono::steady_clock::now() + grace;
    while (in_flight > 0 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    ioc_.stop();
    for (auto& t : threads_) t.join();
    threads_.clear();
    // The posted close may not have run before the stop; no I/O thread is left, so close here.
    boost::system::error_code ec;
    acceptor_.close(ec);
}

}  // namespace assay::http
