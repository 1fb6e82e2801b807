// Daemon: assayd as an object, so the program and the tests start the same thing. Opens the
// index (and watches it for new generations), starts the worker pool and the HTTP server.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "query/http/limits.hpp"

namespace assay::http {

struct DaemonOptions {
    std::filesystem::path index_dir;
    std::string host = "127.0.0.1";
    unsigned short port = 8080;           // 0 = any free port
    bool allow_remote = false;            // required to bind an address other than loopback
    std::vector<std::string> host_names;  // extra names accepted in the Host header
    std::chrono::milliseconds poll{200};  // how often INDEX/CURRENT is checked
    ServerLimits limits;
};

class Daemon {
public:
    // Throws std::runtime_error with a message for the user (bad address, port in use...).
    explicit Daemon(DaemonOptions options);
    ~Daemon();
    Daemon(const Daemon&) = delete;
    Daemon& operator=(const Daemon&) = delete;

    unsigned short port() const;
    std::string url() const;
    // Stops accepting, lets requests in flight finish (up to grace), joins every thread.
    void stop(std::chrono::milliseconds grace = std::chrono::seconds(5));

private:
    struct Parts;
    std::unique_ptr<Parts> parts_;
};

// True for 127.0.0.0/8, ::1 and "localhost".
bool is_loopback(const std::string& host);

}  // namespace assay::http
