// Shared by the daemon suites: a small index of invented reports (the four sample reports
// plus one carrying XSS payloads), an in-process assayd on a free loopback port, and a raw
// HTTP/1.1 client on POSIX sockets (raw, so tests can also send what no client library would).
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "indexer/generations.hpp"
#include "indexer/writer.hpp"
#include "query/http/daemon.hpp"
#include "support/published_index.hpp"
#include "support/sample_reports.hpp"
#include "support/temp_dir.hpp"

namespace assay::testing {

// A report whose text tries every way into the page: the page must show it as text.
inline Report xss_report() {
    return make_report("xss2020", "Camden", "E09000007", {2020, 3, 2}, DocType::monitoring_visit, "ilacs", "", 0,
                       {{SectionKind::findings,
                         {"Quokkaline marker: <script>window.__xss=1</script> stays text.",
                          "Quokkaline attribute: \"><img src=x onerror=\"window.__xss=2\"> stays text.",
                          "Quokkaline close: </mark><script>window.__xss=3</script> & more."}}});
}

inline std::vector<Report> daemon_reports() {
    auto reports = sample_reports();
    reports.push_back(xss_report());
    return reports;
}

struct HttpReply {
    int status = 0;
    std::map<std::string, std::string> headers;  // lower-case names
    std::string body;
    nlohmann::json json() const { return nlohmann::json::parse(body); }
    std::string header(const std::string& name) const {
        auto it = headers.find(name);
        return it == headers.end() ? "" : it->second;
    }
};

// A connected socket with send/receive timeouts; closed by the destructor.
struct Socket {
    int fd = -1;
    explicit Socket(unsigned short port, std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        timeval tv{static_cast<time_t>(timeout.count() / 1000),
                   static_cast<suseconds_t>((timeout.count() % 1000) * 1000)};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port);
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
            ::close(fd);
            fd = -1;
        }
    }
    ~Socket() {
        if (fd >= 0) ::close(fd);
    }
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;
    Socket(Socket&& o) noexcept : fd(o.fd) { o.fd = -1; }

    bool send_all(const std::string& bytes) {
        std::size_t sent = 0;
        while (sent < bytes.size()) {
            ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
            if (n <= 0) return false;
            sent += static_cast<std::size_t>(n);
        }
        return true;
    }
    // Everything until the peer closes (or the timeout).
    std::string read_all() {
        std::string out;
        char buf[16384];
        for (;;) {
            ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0) break;
            out.append(buf, static_cast<std::size_t>(n));
        }
        return out;
    }
};

inline HttpReply parse_reply(const std::string& raw) {
    HttpReply r;
    auto end = raw.find("\r\n\r\n");
    if (raw.size() < 12 || end == std::string::npos) return r;
    r.status = std::stoi(raw.substr(9, 3));
    std::size_t at = raw.find("\r\n") + 2;
    while (at < end) {
        auto eol = raw.find("\r\n", at);
        std::string line = raw.substr(at, eol - at);
        auto colon = line.find(':');
        std::string name = line.substr(0, colon);
        for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        r.headers[name] = line.substr(colon + 2);
        at = eol + 2;
    }
    r.body = raw.substr(end + 4);
    return r;
}

// One request on a fresh connection ("Connection: close"); status 0 when nothing came back.
inline HttpReply http_raw(unsigned short port, const std::string& request) {
    Socket s(port);
    if (s.fd < 0 || !s.send_all(request)) return {};
    return parse_reply(s.read_all());
}

inline HttpReply http_get(unsigned short port, const std::string& target, const std::string& host = "") {
    std::string h = host.empty() ? "127.0.0.1:" + std::to_string(port) : host;
    return http_raw(port, "GET " + target + " HTTP/1.1\r\nHost: " + h + "\r\nConnection: close\r\n\r\n");
}

// An index of the daemon reports and assayd serving it on a free port.
struct DaemonFixture {
    TempDir dir{"daemon"};
    std::string generation;
    std::optional<http::Daemon> daemon;

    explicit DaemonFixture(http::ServerLimits limits = {}, std::vector<Report> reports = daemon_reports()) {
        generation = publish_reports(dir.path, reports);
        http::DaemonOptions o;
        o.index_dir = dir.path;
        o.port = 0;
        o.limits = limits;
        daemon.emplace(o);
    }
    unsigned short port() const { return daemon->port(); }
    HttpReply get(const std::string& target) const { return http_get(port(), target); }
};

}  // namespace assay::testing
