#include "query/http/session.hpp"

#include <array>
#include <chrono>

#include <fmt/format.h>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>

#include "query/http/beast_request.hpp"
#include "query/http/response_headers.hpp"

namespace assay::http {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;

Session::Session(net::ip::tcp::socket socket, SessionShared shared)
    : stream_(std::move(socket)), buffer_(shared.limits.header_bytes + shared.limits.body_bytes), shared_(shared) {
    shared_.metrics.connection_opened();
}

Session::~Session() { shared_.metrics.connection_closed(); }

// Waits for the first byte of the next request: the idle timeout applies to this wait only.
void Session::wait_for_request() {
    if (shared_.draining) return close();
    if (buffer_.size() > 0) return read_request();  // pipelined bytes already here
    stream_.expires_after(served_ == 0 ? shared_.limits.request_timeout : shared_.limits.idle_timeout);
    stream_.async_read_some(buffer_.prepare(1024), [self = shared_from_this()](beast::error_code ec, std::size_t n) {
        if (ec) return self->close();
        self->buffer_.commit(n);
        self->read_request();
    });
}

// Reads the rest of the request: the whole of it must arrive within the request timeout.
void Session::read_request() {
    parser_.emplace();
    apply_limits(*parser_, shared_.limits);
    stream_.expires_after(shared_.limits.request_timeout);
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_read(ec); });
}

void Session::on_read(beast::error_code ec) {
    if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout || ec == net::error::eof ||
        ec == net::error::operation_aborted || ec == net::error::connection_reset)
        return close();
    if (ec) return on_protocol_error(ec);
    handle(parser_->release());
}

// A request we could not parse: answer with the matching status, then close.
void Session::on_protocol_error(beast::error_code ec) {
    Response r = protocol_error_response(ec);
    shared_.metrics.rejected(fmt::format("http_{}", r.status));
    shared_.metrics.record("malformed", r.status, 0);
    linger_ = true;
    write(std::move(r), false, false, "-");
}

void Session::handle(BeastRequest req) {
    Request r = to_request(req);
    r.request_id = fmt::format("{:x}", shared_.next_id++);
    bool head = req.method() == bhttp::verb::head;
    bool keep_alive = req.keep_alive() && served_ + 1 < shared_.limits.max_requests_per_connection;
    if (auto bad = refuse_target(r)) return write(std::move(*bad), head, false, r.request_id);
    ++shared_.in_flight;
    auto self = shared_from_this();
    std::string id = r.request_id;
    shared_.dispatcher.dispatch(std::move(r), [self, head, keep_alive, id](Response resp) {
        // The reply may come from a worker thread: continue on the connection's strand.
        net::post(self->stream_.get_executor(), [self, resp = std::move(resp), head, keep_alive, id]() mutable {
            --self->shared_.in_flight;
            self->write(std::move(resp), head, keep_alive, id);
        });
    });
}

void Session::write(Response r, bool head, bool keep_alive, const std::string& request_id) {
    keep_alive = keep_alive && !r.close && !shared_.draining;
    response_ = std::make_shared<BeastResponse>(to_beast(std::move(r), request_id));
    response_->keep_alive(keep_alive);
    if (head) {
        response_->content_length(response_->body().size());
        response_->body().clear();
    } else {
        response_->prepare_payload();
    }
    ++served_;
    stream_.expires_after(shared_.limits.write_timeout);
    // A HEAD answer carries the length of a body it does not send.
    if (head) {
        auto sr = std::make_shared<bhttp::response_serializer<bhttp::string_body>>(*response_);
        sr->split(true);
        return bhttp::async_write_header(
            stream_, *sr, [self = shared_from_this(), sr, keep_alive](beast::error_code ec, std::size_t) {
                if (ec || !keep_alive) return self->close();
                self->wait_for_request();
            });
    }
    bhttp::async_write(stream_, *response_, [self = shared_from_this(), keep_alive](beast::error_code ec, std::size_t) {
        if (ec || !keep_alive) return self->close();
        self->wait_for_request();
    });
}

void Session::close() {
    beast::error_code ec;
    stream_.socket().shutdown(net::ip::tcp::socket::shutdown_send, ec);
    if (linger_ && !ec) {
        stream_.expires_after(std::chrono::seconds(1));
        return drain(std::make_shared<std::array<char, 16384>>(), 0);
    }
    stream_.close();
}

// After an error answer the client may still be sending (an oversized request line). Closing
// with its bytes unread makes the kernel reset the connection, and the client can lose the
// answer; so the rest is read and dropped first, for at most 1 s and 4 MB.
void Session::drain(std::shared_ptr<std::array<char, 16384>> sink, std::size_t drained) {
    auto into = net::buffer(*sink);
    stream_.async_read_some(into, [self = shared_from_this(), sink = std::move(sink), drained](beast::error_code ec,
                                                                                               std::size_t n) mutable {
        if (ec || drained + n > (4u << 20)) return self->stream_.close();
        self->drain(std::move(sink), drained + n);
    });
}

}  // namespace assay::http
