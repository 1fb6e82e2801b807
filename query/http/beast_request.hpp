// Between Beast's parser and the HTTP layer's own Request: the limits a parser reads under,
// the conversion of a parsed request, and the answer to bytes that did not parse. The session
// uses them on a socket; the HTTP fuzz target (fuzz/http_target.hpp) uses them on raw bytes,
// so both run the same rules.
#pragma once

#include <optional>

#include <boost/beast/core/error.hpp>
#include <boost/beast/http.hpp>

#include "query/http/limits.hpp"
#include "query/http/message.hpp"

namespace assay::http {

using BeastRequest = boost::beast::http::request<boost::beast::http::string_body>;
using RequestParser = boost::beast::http::request_parser<boost::beast::http::string_body>;

void apply_limits(RequestParser& parser, const ServerLimits& limits);

// Method, target, path, query string and Host of a parsed request (request_id left empty).
Request to_request(const BeastRequest& req);

// 400 when the target is not a path ("*", an absolute URL); nullopt when it is.
std::optional<Response> refuse_target(const Request& r);

// The answer to a request Beast could not parse: 431, 413 or 400; it closes the connection.
Response protocol_error_response(boost::beast::error_code ec);

}  // namespace assay::http
