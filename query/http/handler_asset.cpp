// GET / and GET /{asset}: the search page's files, served from memory. The page reads its
// state from the URL's query string, so "/" accepts any parameters.
#include "query/http/errors.hpp"
#include "query/http/routes.hpp"
#include "query/http/web_assets.hpp"

namespace assay::http {

Response handle_asset(const Request& req, ApiContext&) {
    std::string_view path = req.path_params.empty() ? "/" : std::string_view(req.path);
    const WebAsset* asset = find_web_asset(path);
    if (!asset) throw ApiError(404, "not_found", "no such page");
    Response r;
    r.content_type = std::string(asset->content_type);
    r.body = std::string(asset->body);
    r.cacheable = path != "/" && path != "/index.html";
    return r;
}

}  // namespace assay::http
