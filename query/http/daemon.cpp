#include "query/http/daemon.hpp"

#include <sys/resource.h>

#include <iostream>
#include <stdexcept>
#include <thread>

#include <boost/asio/ip/address.hpp>

#include "query/http/context.hpp"
#include "query/http/dispatcher.hpp"
#include "query/http/host_check.hpp"
#include "query/http/server.hpp"
#include "query/http/thread_searcher.hpp"
#include "query/http/worker_pool.hpp"

namespace assay::http {

namespace net = boost::asio;

namespace {

net::ip::address parse_address(const std::string& host) {
    boost::system::error_code ec;
    auto addr = net::ip::make_address(host == "localhost" ? "127.0.0.1" : host, ec);
    if (ec) throw std::runtime_error("--listen needs an IP address (or localhost), not '" + host + "'");
    return addr;
}

// Connections beyond the file-descriptor limit would fail in accept(); keep some descriptors
// for Xapian's files (one set per worker and generation) and the log.
ServerLimits within_fd_limit(ServerLimits limits) {
    rlimit rl{};
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur > 256)
        limits.max_connections = std::min<std::size_t>(limits.max_connections, rl.rlim_cur - 128);
    return limits;
}

std::size_t worker_count(std::size_t wanted) {
    if (wanted > 0) return wanted;
    return std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace

bool is_loopback(const std::string& host) {
    if (host == "localhost") return true;
    boost::system::error_code ec;
    auto addr = net::ip::make_address(host, ec);
    return !ec && addr.is_loopback();
}

struct Daemon::Parts {
    DaemonOptions options;
    Metrics metrics;
    SnapshotHolder snapshots;
    ApiContext context{snapshots, metrics};
    WorkerPool pool;
    Server server;
    HostAllowList hosts;
    Dispatcher dispatcher{context, pool, hosts, options.limits.max_queue_wait};

    explicit Parts(DaemonOptions o)
        : options(std::move(o)),
          snapshots(options.index_dir, options.poll),
          pool(worker_count(options.limits.worker_threads), options.limits.max_queued,
               [this] { release_stale_thread_state(snapshots.current()); }),
          server(parse_address(options.host), options.port, within_fd_limit(options.limits), metrics),
          hosts(options.host, server.port(), options.host_names) {}
};

Daemon::Daemon(DaemonOptions options) {
    if (!is_loopback(options.host) && !options.allow_remote)
        throw std::runtime_error("refusing to listen on " + options.host +
                                 ": it is not a loopback address; pass --allow-remote to expose the index");
    parse_address(options.host);  // a clear error before anything starts
    parts_ = std::make_unique<Parts>(std::move(options));
    if (!is_loopback(parts_->options.host))
        std::cerr << "assayd: WARNING: listening on " << parts_->options.host
                  << ", reachable from other machines; there is no authentication\n";
    parts_->server.start(parts_->dispatcher);
}

Daemon::~Daemon() { stop(std::chrono::milliseconds(0)); }

unsigned short Daemon::port() const { return parts_->server.port(); }

std::string Daemon::url() const {
    const std::string& h = parts_->options.host;
    std::string host = h.find(':') != std::string::npos ? "[" + h + "]" : h;
    return "http://" + host + ":" + std::to_string(port()) + "/";
}

void Daemon::stop(std::chrono::milliseconds grace) {
    if (!parts_) return;
    parts_->server.stop(grace);
    parts_->pool.stop();
}

}  // namespace assay::http
