// kill -9 at random moments of a build or update: the published index stays as it was and
// readable, and the next run completes (RELIABILITY.md R01-R09).
#include <doctest/doctest.h>

#include <fstream>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <thread>

#include "indexer/build.hpp"
#include "indexer/inspect.hpp"
#include "indexer/merge.hpp"
#include "indexer/update.hpp"
#include "support/temp_dir.hpp"

using namespace assay;
using namespace assay::testing;
namespace fs = std::filesystem;

namespace {
// A corpus big enough that a build takes a noticeable time: real reports from ../shared.
std::vector<fs::path> real_reports(std::size_t n) {
    std::vector<fs::path> out;
    fs::path dir = fs::path(ASSAY_SHARED_DIR) / "corpus" / "ofsted";
    if (!fs::is_directory(dir)) return out;
    for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    if (out.size() > n) out.resize(n);
    return out;
}

// Runs job in a child process and SIGKILLs it after `delay`; returns true if it was killed.
template <typename Job>
bool kill_during(Job job, std::chrono::microseconds delay) {
    pid_t pid = ::fork();
    if (pid == 0) {
        try {
            job();
        } catch (...) {}
        ::_exit(0);
    }
    std::this_thread::sleep_for(delay);
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFSIGNALED(status);
}
}  // namespace

TEST_CASE("kill -9 during builds, updates and merges never harms the published index") {
    auto files = real_reports(60);
    if (files.empty()) {
        MESSAGE("../shared/corpus/ofsted not found: crash test skipped");
        return;
    }
    TempDir dir{"crash"};
    fs::path corpus = dir.path / "corpus", index = dir.path / "index";
    fs::create_directories(corpus);
    for (std::size_t i = 0; i < files.size() / 2; ++i) fs::copy_file(files[i], corpus / files[i].filename());
    BuildOptions options;
    options.corpora = {corpus};
    options.index_dir = index;
    options.jobs = 2;
    options.memory_mb = 4;  // flush often, so kills land mid-write too
    auto first = build_index(options);
    REQUIRE(first.files_indexed == files.size() / 2);
    auto before = index_stats(index);

    // Add the other half, so each update has real work to do.
    for (std::size_t i = files.size() / 2; i < files.size(); ++i) fs::copy_file(files[i], corpus / files[i].filename());
    unsigned seed = std::random_device{}();
    CAPTURE(seed);
    std::mt19937 rng(seed);
    int killed = 0;
    for (int round = 0; round < 12; ++round) {
        auto delay = std::chrono::microseconds(rng() % 1500000);
        // Builds, updates (a changed report each, so there is always work) and merges in turn.
        int job = round % 3;
        if (job == 1)
            std::ofstream(corpus / files[round].filename(), std::ios::app)
                << "\n\nRound " << round << " changed this report.\n";
        bool was_killed = kill_during(
            [&] {
                if (job == 0)
                    build_index(options);
                else if (job == 1)
                    update_index(options);
                else
                    merge_index(index);
            },
            delay);
        killed += was_killed;
        auto now = index_stats(index);  // the published index is always readable
        CHECK(check_index(index).ok());
        // Either the old generation, or a complete new one: never anything in between.
        bool old = now.generation == before.generation && now.paragraphs == before.paragraphs;
        bool complete = now.reports >= before.reports && check_index(index).ok();
        CHECK((old || complete));
        if (!was_killed) before = now;
    }
    MESSAGE("killed " << killed << " of 12 runs mid-way");
    auto final_update = update_index(options);
    CHECK(check_index(index).ok());
    CHECK(index_stats(index).reports >= files.size());
    auto again = update_index(options);
    CHECK(again.generation.empty());  // the completed run left nothing to do
}
