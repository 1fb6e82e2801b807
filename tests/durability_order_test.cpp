// R04 (power loss) where no fault-injecting file system is available: the order audit. A build
// and an update run under strace; before CURRENT is renamed to the new generation, every file
// of that generation must have been synced, and so must the generation's folder and the
// generations/ folder that holds its entry; after the rename, the index folder (which holds
// CURRENT) must be synced. Anything reported as committed then survives a power cut, and a cut
// before the rename leaves the old generation served.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "schema/index_layout.hpp"
#include "support/run_program.hpp"
#include "support/sample_reports.hpp"
#include "support/temp_dir.hpp"

using namespace assay;
using namespace assay::testing;
namespace fs = std::filesystem;

namespace {

struct Call {
    std::string name, path, second_path;  // second_path: a rename's target
};

// strace -y prints each fd with its path: fsync(3</x/y>) = 0; renames show both paths.
std::vector<Call> read_trace(const fs::path& log) {
    static const std::regex sync(R"re((fsync|fdatasync)\(\d+<([^>]*)>\) = 0)re");
    static const std::regex rename(
        R"re((rename|renameat2?)\((?:AT_FDCWD, )?"([^"]*)", (?:AT_FDCWD, )?"([^"]*)".*\) = 0)re");
    std::vector<Call> calls;
    std::ifstream in(log);
    for (std::string line; std::getline(in, line);) {
        std::smatch m;
        if (std::regex_search(line, m, sync))
            calls.push_back({m[1], m[2], ""});
        else if (std::regex_search(line, m, rename))
            calls.push_back({"rename", m[2], m[3]});
    }
    return calls;
}

bool synced_before(const std::vector<Call>& calls, std::size_t end, const fs::path& p) {
    for (std::size_t i = 0; i < end; ++i)
        if (calls[i].name != "rename" && fs::path(calls[i].path) == p) return true;
    return false;
}

// One publish: everything in `gen` synced before the rename at `publish`, the index folder after.
void audit_publish(const std::vector<Call>& calls, std::size_t publish, const fs::path& gen, const fs::path& index) {
    CAPTURE(gen.string());
    // The segment list, deletion files and every file of every segment, new or hard-linked
    // from the generation before, and each segment's folder.
    std::size_t files = 0;
    for (const auto& e : fs::recursive_directory_iterator(gen)) {
        CAPTURE(e.path().string());
        if (e.is_directory()) {
            CHECK(synced_before(calls, publish, e.path()));
            continue;
        }
        if (!e.is_regular_file() || e.file_size() == 0) continue;
        CHECK(synced_before(calls, publish, e.path()));
        ++files;
    }
    CHECK(files >= 4);                          // the segment list; postlist, position ... of a glass segment
    CHECK(synced_before(calls, publish, gen));  // its entries
    CHECK(synced_before(calls, publish, gen.parent_path()));  // its own entry in generations/
    bool index_synced_after = false;
    for (std::size_t i = publish + 1; i < calls.size(); ++i)
        index_synced_after |= calls[i].name != "rename" && fs::path(calls[i].path) == fs::canonical(index);
    CHECK(index_synced_after);
}

// Every rename onto CURRENT in the log is a publish; returns how many. The generations they
// published are the newest (folder names sort by creation time): an update whose merge is
// published after its change leaves both, the current one and the one before it.
std::size_t audit(const fs::path& index, const fs::path& log) {
    auto calls = read_trace(log);
    fs::path current = index / kCurrentLink;
    std::vector<std::size_t> publishes;
    for (std::size_t i = 0; i < calls.size(); ++i)
        if (calls[i].name == "rename" && fs::path(calls[i].second_path) == current) publishes.push_back(i);
    REQUIRE(!publishes.empty());
    std::vector<fs::path> gens;
    for (const auto& e : fs::directory_iterator(index / kGenerationsDir))
        if (e.is_directory()) gens.push_back(fs::canonical(e.path()));
    std::sort(gens.begin(), gens.end());
    REQUIRE(gens.size() >= publishes.size());
    CHECK(gens.back() == fs::canonical(current));
    for (std::size_t k = 0; k < publishes.size(); ++k)
        audit_publish(calls, publishes[k], gens[gens.size() - publishes.size() + k], index);
    return publishes.size();
}

std::string traced(const fs::path& log, const std::string& command) {
    // LeakSanitizer cannot run under ptrace; in a sanitizer build the traced program skips it.
    return "ASAN_OPTIONS=\"$ASAN_OPTIONS:detect_leaks=0\" strace -f -y -qq -e trace=fsync,fdatasync,rename,renameat,"
           "renameat2 -o " +
           shell_quote(log.string()) + " " + command;
}

}  // namespace

TEST_CASE("R04: a build, an update and a merge sync every file and folder before and after the CURRENT rename") {
    if (run_program("strace -V").status != 0) {
        MESSAGE("strace is not installed: order audit skipped");
        return;
    }
    TempDir dir{"durability"};
    for (int i = 0; i < 3; ++i) dir.write("corpus/r" + std::to_string(i) + ".txt", sample_report_text(i));
    fs::path corpus = dir.path / "corpus", index = dir.path / "index", log = dir.path / "trace.log";
    std::string args = " --corpus " + shell_quote(corpus.string()) + " --index " + shell_quote(index.string());

    auto build = run_program(traced(log, program("assay-index") + " build --jobs 1" + args));
    INFO(build.out);
    REQUIRE(build.status == 0);
    audit(fs::canonical(index), log);

    // One of the three changed: a third of the built segment is deleted, so the update publishes
    // its change, then the segment rewritten without it. Two segments are left for `merge`.
    dir.write("corpus/r0.txt", sample_report_text(3));
    auto update = run_program(traced(log, program("assay-index") + " update" + args));
    INFO(update.out);
    REQUIRE(update.status == 0);
    CHECK(audit(fs::canonical(index), log) == 2);

    auto merge = run_program(traced(log, program("assay-index") + " merge --index " + shell_quote(index.string())));
    INFO(merge.out);
    REQUIRE(merge.status == 0);
    REQUIRE(merge.out.find("merged") != std::string::npos);
    audit(fs::canonical(index), log);
}
