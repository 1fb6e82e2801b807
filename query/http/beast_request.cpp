#include "query/http/beast_request.hpp"

#include "query/http/errors.hpp"

namespace assay::http {

namespace bhttp = boost::beast::http;

void apply_limits(RequestParser& parser, const ServerLimits& limits) {
    parser.header_limit(static_cast<std::uint32_t>(limits.header_bytes));
    parser.body_limit(limits.body_bytes);
}

Request to_request(const BeastRequest& req) {
    Request r;
    r.method = std::string(req.method_string());
    r.target = std::string(req.target());
    auto q = r.target.find('?');
    r.path = r.target.substr(0, q);
    r.query = q == std::string::npos ? "" : r.target.substr(q + 1);
    r.host = std::string(req[bhttp::field::host]);
    return r;
}

std::optional<Response> refuse_target(const Request& r) {
    if (!r.path.empty() && r.path[0] == '/') return std::nullopt;
    return error_body(400, "bad_request", "the request target must be a path");
}

Response protocol_error_response(boost::beast::error_code ec) {
    int status = 400;
    std::string message = "malformed HTTP request";
    if (ec == bhttp::error::header_limit || ec == bhttp::error::buffer_overflow) {
        status = 431;
        message = "request line or headers too large";
    } else if (ec == bhttp::error::body_limit) {
        status = 413;
        message = "request body too large";
    }
    Response r = error_body(status, status == 400 ? "bad_request" : "too_large", message);
    r.close = true;
    return r;
}

}  // namespace assay::http
