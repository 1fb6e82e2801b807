// assayd: keeps an index open and answers searches over HTTP on 127.0.0.1, with a search page
// at /. Picks up each generation a build publishes without restarting.
#include <csignal>
#include <iostream>

#include "query/http/daemon.hpp"
#include "schema/cli_options.hpp"
#include "schema/version.hpp"

namespace po = boost::program_options;
using namespace assay;

namespace {

// "host:port", "[v6]:port" or ":port" into its parts.
void split_listen(const std::string& listen, std::string& host, unsigned short& port) {
    auto colon = listen.rfind(':');
    if (colon == std::string::npos) throw po::error("--listen must be HOST:PORT, not '" + listen + "'");
    host = listen.substr(0, colon);
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    if (host.empty()) host = "127.0.0.1";
    try {
        unsigned long p = std::stoul(listen.substr(colon + 1));
        if (p > 65535) throw std::out_of_range("port");
        port = static_cast<unsigned short>(p);
    } catch (const std::exception&) {
        throw po::error("--listen needs a port between 0 and 65535, not '" + listen.substr(colon + 1) + "'");
    }
}

int wait_for_signal() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    int sig = 0;
    sigwait(&set, &sig);
    return sig;
}

}  // namespace

int main(int argc, char** argv) {
    // Block the stop signals in every thread; main collects them with sigwait.
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    std::string config, index, listen = "127.0.0.1:8080";
    http::DaemonOptions opts;
    po::options_description desc("usage: assayd --index DIR [--listen 127.0.0.1:8080] [--threads N]\n\nOptions");
    desc.add(cli::general(config)).add(cli::version_flag()).add(cli::index_location(index));
    desc.add_options()("listen,l", po::value(&listen)->default_value(listen), "address and port to listen on")(
        "threads,t", po::value(&opts.limits.worker_threads)->default_value(0), "search threads (0 = one per core)")(
        "queue", po::value(&opts.limits.max_queued)->default_value(opts.limits.max_queued),
        "searches that may wait for a thread; more get 503")(
        "queue-wait-ms", po::value<long>()->default_value(opts.limits.max_queue_wait.count())->notifier([&](long ms) {
            opts.limits.max_queue_wait = std::chrono::milliseconds(ms);
        }),
        "a search that waited longer for a thread gets 503 instead")(
        "allow-remote", po::bool_switch(&opts.allow_remote),
        "allow a non-loopback --listen address (no authentication!)")(
        "host-name", po::value(&opts.host_names)->composing(), "another name clients may use in the Host header");
    try {
        po::variables_map vm;
        cli::parse(argc, argv, desc, {}, vm);
        if (cli::answered_help_or_version(vm, desc, "assayd")) return cli::kExitOk;
        po::notify(vm);
        split_listen(listen, opts.host, opts.port);
        opts.index_dir = index;
    } catch (const po::error& e) {
        std::cerr << "assayd: " << e.what() << "\n";
        return cli::kExitUsage;
    }
    try {
        http::Daemon daemon(opts);
        std::cerr << "assayd: listening on " << daemon.url() << "\n";
        int sig = wait_for_signal();
        std::cerr << "assayd: signal " << sig << ", finishing requests in flight\n";
        daemon.stop();
        return cli::kExitOk;
    } catch (const std::exception& e) {
        std::cerr << "assayd: " << e.what() << "\n";
        return cli::kExitFailure;
    }
}
