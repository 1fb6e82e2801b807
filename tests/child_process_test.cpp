#include <doctest/doctest.h>

#include <chrono>
#include <csignal>
#include <stdexcept>
#include <thread>

#include "schema/child_process.hpp"

using namespace assay;

TEST_CASE("work in a child brings its result back, however long") {
    auto small = run_in_child([] { return std::string("3 problems"); });
    CHECK(small.completed);
    CHECK(small.output == "3 problems");
    // More than a pipe holds: the parent must read while the child writes.
    auto big = run_in_child([] { return std::string(1 << 20, 'x'); });
    CHECK(big.completed);
    CHECK(big.output.size() == (1u << 20));
}

TEST_CASE("a crash or an exception in the child is reported, and this process goes on") {
    auto crashed = run_in_child([]() -> std::string {
        std::raise(SIGSEGV);
        return "unreachable";
    });
    CHECK_FALSE(crashed.completed);
    CHECK(crashed.signal == SIGSEGV);
    CHECK(crashed.describe().find("SIGSEGV") != std::string::npos);

    auto threw = run_in_child([]() -> std::string { throw std::runtime_error("bad block"); });
    CHECK_FALSE(threw.completed);
    CHECK(threw.signal == 0);
    CHECK(threw.exit_code == 1);
    CHECK(threw.describe() == "exited with status 1");
}

TEST_CASE("a child that outlives its time limit is killed and reported, and the caller is not held") {
    auto start = std::chrono::steady_clock::now();
    auto stuck = run_in_child(
        []() -> std::string {
            std::this_thread::sleep_for(std::chrono::seconds(60));
            return "unreachable";
        },
        std::chrono::milliseconds(200));
    auto waited = std::chrono::steady_clock::now() - start;
    CHECK(stuck.timed_out);
    CHECK_FALSE(stuck.completed);
    CHECK(stuck.signal == SIGKILL);
    CHECK(stuck.describe() == "timed out after 200 ms");
    CHECK(waited < std::chrono::seconds(30));  // far below the child's 60 s

    auto quick = run_in_child([] { return std::string("done"); }, std::chrono::seconds(30));
    CHECK(quick.completed);
    CHECK_FALSE(quick.timed_out);
    CHECK(quick.output == "done");
}
