#include "query/http/host_check.hpp"

#include <algorithm>
#include <cctype>

namespace assay::http {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

bool is_loopback_or_any(const std::string& h) {
    return h == "127.0.0.1" || h == "::1" || h == "localhost" || h == "0.0.0.0" || h == "::";
}

}  // namespace

HostAllowList::HostAllowList(const std::string& listen_host, unsigned short port, std::vector<std::string> extra) {
    std::vector<std::string> names = std::move(extra);
    if (is_loopback_or_any(listen_host)) names.insert(names.end(), {"127.0.0.1", "localhost", "[::1]"});
    if (listen_host != "0.0.0.0" && listen_host != "::")
        names.push_back(listen_host.find(':') != std::string::npos ? "[" + listen_host + "]" : listen_host);
    std::string p = std::to_string(port);
    for (const auto& n : names) {
        allowed_.push_back(lower(n) + ":" + p);
        if (port == 80) allowed_.push_back(lower(n));  // clients omit the default port
    }
}

bool HostAllowList::allows(std::string_view host_header) const {
    std::string h = lower(host_header);
    return std::find(allowed_.begin(), allowed_.end(), h) != allowed_.end();
}

}  // namespace assay::http
