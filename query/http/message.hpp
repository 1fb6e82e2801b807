// The HTTP layer's own request and response values: what a handler sees and returns. The
// server (server.cpp) converts to and from Beast's types, so handlers know nothing of Beast.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace assay::http {

struct Request {
    std::string method;                    // "GET", "HEAD"
    std::string target;                    // as received: path and query string
    std::string path;                      // percent-decoding is left to whoever reads a segment
    std::string query;                     // the raw text after '?'
    std::string host;                      // the Host header ("" when absent)
    std::vector<std::string> path_params;  // decoded {placeholders}, filled by the router
    std::string request_id;
};

struct Response {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;  // extra ones (Retry-After...)
    bool cacheable = false;                                    // static assets may be cached; API answers never are
    bool close = false;                                        // close the connection after this response
};

Response json_response(int status, std::string body);

}  // namespace assay::http
