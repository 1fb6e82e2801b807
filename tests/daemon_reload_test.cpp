// Hot reload: a build that publishes a new generation is served within a second, while
// clients keep searching, with no failed request and no request that mixes two generations.
#include <doctest/doctest.h>

#include <atomic>
#include <thread>

#include "daemon_fixture.hpp"

using namespace assay;
using namespace assay::testing;
using Clock = std::chrono::steady_clock;

namespace {

// A report that only the second generation holds.
Report newcomer() {
    return make_report("hackney2021", "Hackney", "E09000012", {2021, 11, 5}, DocType::focused_visit, "ilacs", "", 0,
                       {{SectionKind::findings,
                         {"Zanzibarite police liaison is now consistent.", "Zanzibarite caseloads are lower."}}});
}

struct Load {
    std::atomic<bool> stop{false};
    std::atomic<int> requests{0}, failures{0}, mixed{0};
    std::vector<std::thread> threads;

    // Each client searches for "police": 4 paragraphs in the first generation, 5 in the second.
    // A total and a facet count that disagree would mean a request saw two generations.
    void start(unsigned short port, int clients) {
        for (int c = 0; c < clients; ++c)
            threads.emplace_back([this, port] {
                while (!stop) {
                    HttpReply r = http_get(port, "/api/search?q=police&limit=20");
                    ++requests;
                    if (r.status != 200) {
                        ++failures;
                        continue;
                    }
                    auto j = r.json();
                    std::size_t sum = 0;
                    for (const auto& v : j["facets"]["type"]) sum += v["count"].get<std::size_t>();
                    std::size_t total = j["total"];
                    if (sum != total || (total != 4 && total != 5) || j["hits"].size() != total) ++mixed;
                }
            });
    }
    void finish() {
        stop = true;
        for (auto& t : threads) t.join();
    }
};

}  // namespace

TEST_CASE("a new generation is served within a second, without failing or mixing a request") {
    DaemonFixture fx({}, sample_reports());
    CHECK(fx.get("/api/search?q=police").json()["total"] == 4);
    Load load;
    load.start(fx.port(), 4);
    std::this_thread::sleep_for(std::chrono::milliseconds(200));

    auto reports = sample_reports();
    reports.push_back(newcomer());
    std::string next = publish_reports(fx.dir.path, reports);
    auto published = Clock::now();
    std::string seen;
    while (Clock::now() - published < std::chrono::seconds(3)) {
        seen = fx.get("/healthz").json()["generation"];
        if (seen == next) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    double ms = std::chrono::duration<double, std::milli>(Clock::now() - published).count();
    CHECK(seen == next);
    CHECK(ms < 1000);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    load.finish();

    CHECK(load.requests > 20);
    CHECK(load.failures == 0);
    CHECK(load.mixed == 0);
    CHECK(fx.get("/api/search?q=zanzibarite").json()["total"] == 2);
    CHECK(fx.get("/api/search?q=police").json()["total"] == 5);
    CHECK(fx.get("/metrics").body.find("assay_index_reloads_total 2") != std::string::npos);
}

TEST_CASE("a generation that cannot be opened is skipped; the old one keeps serving") {
    DaemonFixture fx({}, sample_reports());
    // CURRENT pointing at an empty folder: not a database.
    auto bogus = fx.dir.path / "generations" / "broken";
    std::filesystem::create_directories(bogus);
    auto tmp = fx.dir.path / "CURRENT.tmp";
    std::filesystem::create_directory_symlink(std::filesystem::path("generations") / "broken", tmp);
    std::filesystem::rename(tmp, fx.dir.path / "CURRENT");
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    auto h = fx.get("/healthz").json();
    CHECK(h["generation"] == fx.generation);
    CHECK(fx.get("/api/search?q=police").status == 200);
    CHECK(fx.get("/metrics").body.find("assay_index_reload_failures_total 0") == std::string::npos);
}

namespace {

// How many of this process's open files lie inside folder (the daemon runs in-process).
int open_files_under(const std::filesystem::path& folder) {
    int n = 0;
    std::error_code ec;
    for (const auto& fd : std::filesystem::directory_iterator("/proc/self/fd", ec)) {
        auto target = std::filesystem::read_symlink(fd.path(), ec);
        if (!ec && target.string().starts_with(folder.string())) ++n;
    }
    return n;
}

}  // namespace

TEST_CASE("idle workers let go of a replaced generation, so its files can be freed") {
    http::ServerLimits limits;
    limits.worker_threads = 2;
    DaemonFixture fx(limits, sample_reports());
    auto old_gen = std::filesystem::canonical(fx.dir.path / "generations" / fx.generation);
    // Both workers open the first generation (two clients at once, a few times).
    for (int i = 0; i < 4; ++i) {
        std::thread other([&] { fx.get("/api/search?q=police&limit=" + std::to_string(20 + i)); });
        fx.get("/api/search?q=caseloads&limit=" + std::to_string(20 + i));
        other.join();
    }
    CHECK(open_files_under(old_gen) > 0);
    std::string next = publish_reports(fx.dir.path, sample_reports());
    auto deadline = Clock::now() + std::chrono::seconds(4);
    while (open_files_under(old_gen) > 0 && Clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    CHECK(open_files_under(old_gen) == 0);
    CHECK(fx.get("/healthz").json()["generation"] == next);
}
