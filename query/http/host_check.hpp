// The Host header check that defeats DNS rebinding: a page on evil.example that resolves its
// name to 127.0.0.1 still sends "Host: evil.example", which is not one of our names.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace assay::http {

class HostAllowList {
public:
    // listen_host: the address bound ("127.0.0.1", "::1", "0.0.0.0", a name); port: the real one.
    HostAllowList(const std::string& listen_host, unsigned short port, std::vector<std::string> extra_names = {});
    bool allows(std::string_view host_header) const;

private:
    std::vector<std::string> allowed_;  // lower-case host[:port] forms
};

}  // namespace assay::http
