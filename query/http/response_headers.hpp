// A Response as Beast's response, with the headers every answer carries: content type,
// caching, and the browser protections (a strict Content-Security-Policy, no sniffing, no
// framing, no referrer). No Access-Control-Allow-Origin, ever: other origins may not read us.
#pragma once

#include <string>

#include <boost/beast/http.hpp>

#include "query/http/message.hpp"

namespace assay::http {

inline constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

boost::beast::http::response<boost::beast::http::string_body> to_beast(Response r, const std::string& request_id);

}  // namespace assay::http
