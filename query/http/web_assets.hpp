// The search page's files, compiled into the binary by query/web/embed_web.cmake.
#pragma once

#include <span>
#include <string_view>

namespace assay::http {

struct WebAsset {
    std::string_view path;  // "/index.html"
    std::string_view content_type;
    std::string_view body;
};

std::span<const WebAsset> web_assets();

// The asset served at a URL path ("/" is "/index.html"), or nullptr.
const WebAsset* find_web_asset(std::string_view path);

}  // namespace assay::http
