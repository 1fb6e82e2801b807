// assayd under hostile clients (RELIABILITY.md R20-R23, R27, R33): slow and idle connections
// cannot starve it, oversized requests are refused early, and a full queue answers 503 with
// Retry-After. Every loop here is bounded and ends by itself.
#include <doctest/doctest.h>

#include <atomic>
#include <thread>

#include "daemon_fixture.hpp"

using namespace assay;
using namespace assay::testing;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

std::string host_line(unsigned short port) { return "Host: 127.0.0.1:" + std::to_string(port) + "\r\n"; }

}  // namespace

TEST_CASE("slowloris: /healthz answers in under a second while 20 slow connections are open") {
    http::ServerLimits limits;
    limits.worker_threads = 2;
    DaemonFixture fx(limits);
    std::vector<Socket> slow;
    for (int i = 0; i < 20; ++i) {
        slow.emplace_back(fx.port());
        REQUIRE(slow.back().fd >= 0);
        REQUIRE(slow.back().send_all("GET /api/search?q=police HTTP/1.1\r\n"));
    }
    // Dribble a header byte on each slow connection, and check /healthz between the drips.
    for (int round = 0; round < 6; ++round) {
        for (auto& s : slow) s.send_all("X");
        auto start = Clock::now();
        HttpReply h = fx.get("/healthz");
        CHECK(h.status == 200);
        CHECK(ms_since(start) < 1000);
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
    }
    // The request deadline (2 s from the first byte) has closed them: reads see the end.
    std::this_thread::sleep_for(std::chrono::milliseconds(700));
    for (auto& s : slow) {
        std::string rest = s.read_all();  // returns at close (or after the 5 s socket timeout)
        CHECK(rest.find("200 OK") == std::string::npos);
    }
}

TEST_CASE("an idle connection that never sends is dropped after the request timeout") {
    DaemonFixture fx;
    Socket idle(fx.port());
    auto start = Clock::now();
    CHECK(idle.read_all().empty());
    CHECK(ms_since(start) < 3500);
}

TEST_CASE("oversized requests are refused before they are buffered") {
    DaemonFixture fx;
    auto port = fx.port();
    SUBCASE("a body over the limit is 413") {
        HttpReply r =
            http_raw(port, "GET /api/search?q=x HTTP/1.1\r\n" + host_line(port) +
                               "Content-Length: 1000000\r\nConnection: close\r\n\r\n" + std::string(20000, 'a'));
        CHECK(r.status == 413);
        CHECK(r.json()["error"]["code"] == "too_large");
    }
    SUBCASE("a chunked body that never ends is cut at the body limit") {
        Socket s(port);
        s.send_all("GET /api/search?q=x HTTP/1.1\r\n" + host_line(port) + "Transfer-Encoding: chunked\r\n\r\n");
        std::string chunk = "4000\r\n" + std::string(0x4000, 'a') + "\r\n";
        for (int i = 0; i < 64 && s.send_all(chunk); ++i) {}
        HttpReply r = parse_reply(s.read_all());
        CHECK((r.status == 413 || r.status == 0));
    }
    SUBCASE("a 1 MB request line is 431") {
        HttpReply r = http_raw(
            port, "GET /api/search?q=" + std::string(1 << 20, 'a') + " HTTP/1.1\r\n" + host_line(port) + "\r\n");
        CHECK((r.status == 431 || r.status == 0));
    }
    SUBCASE("a stream with no newline at all is cut off") {
        HttpReply r = http_raw(port, std::string(200000, 'G'));
        CHECK((r.status == 431 || r.status == 400 || r.status == 0));
    }
    SUBCASE("a header flood is 431") {
        std::string req = "GET /healthz HTTP/1.1\r\n" + host_line(port);
        for (int i = 0; i < 5000; ++i) req += "X-a-" + std::to_string(i) + ": b\r\n";
        HttpReply r = http_raw(port, req + "\r\n");
        CHECK((r.status == 431 || r.status == 0));
    }
    SUBCASE("malformed HTTP is 400 and the next connection is served") {
        CHECK(http_raw(port, "GARBAGE\r\n\r\n").status == 400);
        CHECK(http_raw(port, "GET /healthz HTTP/1.1\r\n" + host_line(port) +
                                 "Content-Length: 1\r\nContent-Length: 2\r\n\r\nab")
                  .status == 400);
        CHECK(fx.get("/healthz").status == 200);
    }
    // After all of that the server still answers.
    CHECK(fx.get("/healthz").status == 200);
}

TEST_CASE("malformed and smuggling-shaped requests are refused; Range is ignored (R24, R26, R27)") {
    DaemonFixture fx;
    auto port = fx.port();
    std::string host = host_line(port);
    struct Row {
        std::string name, request;
        int status;
    };
    std::vector<Row> rows = {
        {"Content-Length and Transfer-Encoding",
         "GET /healthz HTTP/1.1\r\n" + host + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400},
        {"HTTP/0.9", "GET /healthz\r\n\r\n", 400},
        {"unknown method", "FOO /healthz HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n", 405},
        {"lone LF line ends", "GET /healthz HTTP/1.1\n" + host.substr(0, host.size() - 2) + "\n\n", 400},
        {"CR inside a header value", "GET /healthz HTTP/1.1\r\n" + host + "X-a: b\rc\r\n\r\n", 400},
        {std::string("NUL inside a header value"),
         "GET /healthz HTTP/1.1\r\n" + host + std::string("X-a: b\0c\r\n\r\n", 11), 400},
        {"2000 ranges",
         "GET /app.js HTTP/1.1\r\n" + host + "Range: bytes=" +
             [] {
                 std::string r = "0-";
                 for (int i = 1; i < 2000; ++i) r += ",0-";
                 return r;
             }() +
             "\r\nConnection: close\r\n\r\n",
         200},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        HttpReply r = http_raw(port, row.request);
        CHECK(r.status == row.status);
        CHECK(r.header("set-cookie").empty());
    }
    // The 2000-range request got the whole file once, not 2000 parts.
    HttpReply whole = http_raw(port, rows.back().request);
    CHECK(whole.header("content-type") == "text/javascript; charset=utf-8");
    CHECK(whole.body == fx.get("/app.js").body);
    CHECK(fx.get("/healthz").status == 200);
}

TEST_CASE("a full queue answers 503 with Retry-After; cheap endpoints still answer") {
    http::ServerLimits limits;
    limits.max_queued = 0;  // every search finds the queue full
    DaemonFixture fx(limits);
    HttpReply r = fx.get("/api/search?q=police");
    CHECK(r.status == 503);
    CHECK(r.header("retry-after") == "1");
    CHECK(r.json()["error"]["code"] == "overloaded");
    CHECK(fx.get("/healthz").status == 200);
    CHECK(fx.get("/metrics").body.find("assay_http_rejected_total{reason=\"queue_full\"} 1") != std::string::npos);
}

TEST_CASE("a search that waited too long for a worker is answered 503, not run late") {
    http::ServerLimits limits;
    limits.max_queue_wait = std::chrono::milliseconds(0);  // any wait at all is too long
    DaemonFixture fx(limits);
    HttpReply r = fx.get("/api/search?q=police");
    CHECK(r.status == 503);
    CHECK(r.header("retry-after") == "1");
    CHECK(r.json()["error"]["code"] == "overloaded");
    CHECK(fx.get("/metrics").body.find("assay_http_rejected_total{reason=\"queue_wait\"} 1") != std::string::npos);
}

TEST_CASE("keep-alive connections serve several requests, up to the per-connection limit") {
    http::ServerLimits limits;
    limits.max_requests_per_connection = 3;
    DaemonFixture fx(limits);
    Socket s(fx.port());
    std::string req = "GET /healthz HTTP/1.1\r\n" + host_line(fx.port()) + "\r\n";
    s.send_all(req + req + req + req);  // pipelined: the fourth is not answered
    std::string all = s.read_all();
    std::size_t answers = 0;
    for (auto at = all.find("HTTP/1.1 200"); at != std::string::npos; at = all.find("HTTP/1.1 200", at + 1)) ++answers;
    CHECK(answers == 3);
}

TEST_CASE("no index yet: 503 until a build publishes one, then served") {
    TempDir dir("daemon-empty");
    http::DaemonOptions o;
    o.index_dir = dir.path;
    o.port = 0;
    http::Daemon d(o);
    HttpReply h = http_get(d.port(), "/healthz");
    CHECK(h.status == 503);
    CHECK(h.json()["status"] == "unavailable");
    HttpReply s = http_get(d.port(), "/api/search?q=police");
    CHECK(s.status == 503);
    CHECK(s.body.find(dir.path.string()) == std::string::npos);
    publish_reports(dir.path, sample_reports());
    auto deadline = Clock::now() + std::chrono::seconds(2);
    while (http_get(d.port(), "/healthz").status != 200 && Clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK(http_get(d.port(), "/api/search?q=police").status == 200);
}

TEST_CASE("stop() lets requests in flight finish and does not wait for busy kept-alive clients") {
    DaemonFixture fx;
    std::atomic<bool> done{false};
    std::atomic<int> complete{0}, broken{0};
    // A client that never pauses: each answer is followed at once by the next request on the
    // same connection. Before draining, it could hold stop() for the whole grace period.
    std::thread client([&] {
        Socket s(fx.port());
        std::string req = "GET /api/search?q=police HTTP/1.1\r\n" + host_line(fx.port()) + "\r\n";
        while (!done && s.send_all(req)) {
            std::string got;
            char buf[65536];
            ssize_t n = 0;
            while (got.find("\r\n\r\n") == std::string::npos && (n = ::recv(s.fd, buf, sizeof buf, 0)) > 0)
                got.append(buf, n);
            if (n <= 0 && got.empty()) break;
            HttpReply r = parse_reply(got);
            std::size_t length = std::stoul(r.header("content-length").empty() ? "0" : r.header("content-length"));
            while (r.body.size() < length && (n = ::recv(s.fd, buf, sizeof buf, 0)) > 0) r.body.append(buf, n);
            if (r.status == 200 && r.body.size() == length)
                ++complete;
            else
                ++broken;
            if (r.header("connection") == "close") break;
        }
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    auto start = Clock::now();
    fx.daemon->stop(std::chrono::seconds(5));
    double stop_ms = ms_since(start);
    done = true;
    client.join();
    CHECK(stop_ms < 1000);
    CHECK(complete > 0);
    CHECK(broken == 0);
    CHECK(Socket(fx.port()).fd < 0);  // no longer accepting
}
