#include "query/http/response_headers.hpp"

namespace assay::http {

namespace bhttp = boost::beast::http;

bhttp::response<bhttp::string_body> to_beast(Response r, const std::string& request_id) {
    bhttp::response<bhttp::string_body> out{static_cast<bhttp::status>(r.status), 11};
    out.set(bhttp::field::content_type, r.content_type);
    out.set(bhttp::field::cache_control, r.cacheable ? "public, max-age=300" : "no-store");
    out.set("Content-Security-Policy", kContentSecurityPolicy);
    out.set("X-Content-Type-Options", "nosniff");
    out.set("X-Frame-Options", "DENY");
    out.set("Referrer-Policy", "no-referrer");
    out.set("X-Request-Id", request_id);
    // Handlers only ever set fixed header values; nothing from the request is reflected.
    for (auto& [name, value] : r.headers) out.set(name, value);
    if (r.close) out.set(bhttp::field::connection, "close");
    out.body() = std::move(r.body);
    return out;
}

}  // namespace assay::http
