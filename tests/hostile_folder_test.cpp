// A source folder that fights back (RELIABILITY R12, R13): every odd file is indexed or
// skipped with its own reason, the summary adds up, the normal reports stay searchable and
// `update` converges; timestamps that lie never hide a change or cause a needless re-index.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <thread>

#include "indexer/inspect.hpp"
#include "indexer/update.hpp"
#include "support/folder_index.hpp"
#include "support/run_program.hpp"

using namespace assay;
using namespace assay::testing;
namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kSizeLimit = 1 << 20;  // the CLI's smallest --max-file-mb

struct Folder : FolderIndex {
    Folder() : FolderIndex("hostile") {}
    BuildOptions options(unsigned jobs = 1) const { return FolderIndex::options(jobs, kSizeLimit); }
};

std::string utf16le_with_bom(const std::string& ascii) {
    std::string out = "\xFF\xFE";
    for (char c : ascii) out += std::string{c, '\0'};
    return out;
}

std::string random_bytes(std::size_t n, unsigned seed) {
    std::mt19937 rng(seed);
    std::string s(n, '\0');
    for (auto& c : s) c = static_cast<char>(rng() & 0xFF);
    return s;
}

// The folder of R12 minus the two races (deletion, growth), which need a running build.
// Returns the expected outcome per file name: "" = indexed, otherwise a word of the reason.
std::map<std::string, std::string> populate(const Folder& f, bool root) {
    std::map<std::string, std::string> expect;
    const char* normal[] = {"kestrel", "heron", "plover", "curlew", "dunlin", "godwit", "lapwing", "redshank"};
    for (int i = 0; i < 8; ++i) {
        std::string name = "a_normal_" + std::to_string(i) + ".txt";
        f.write(name, marker_report(normal[i]));
        expect[name] = "";
    }
    f.write("b_zero.txt", "");
    expect["b_zero.txt"] = "empty";
    auto locked = f.write("c_unreadable.txt", marker_report("bittern"));
    ::chmod(locked.c_str(), 0);
    expect["c_unreadable.txt"] = root ? "" : "Permission denied";
    fs::create_symlink("d_loop.txt", f.corpus / "d_loop.txt");
    expect["d_loop.txt"] = "symbolic link loop";
    fs::create_symlink("nowhere.txt", f.corpus / "e_dangling.txt");
    expect["e_dangling.txt"] = "dangling symbolic link";
    f.write("f_oversized.txt", std::string(kSizeLimit + 1, 'x'));
    expect["f_oversized.txt"] = "too large";
    f.write("g_latin1.txt", "Caf\xE9 culture and the sandpiper survey, na\xEFve but thorough.\n");
    expect["g_latin1.txt"] = "";
    f.write("h_utf16.txt", utf16le_with_bom("The turnstone review was completed on time.\n"));
    expect["h_utf16.txt"] = "";
    // Two stray NULs in a page of text (damaged extraction): text, not binary.
    const char first_line[] = "The whimbrel audit\0 was\0 thorough and well recorded.\n";
    std::string nul_text(first_line, sizeof first_line - 1);
    for (int i = 0; i < 6; ++i) nul_text += "Managers checked the plans and recorded their decisions clearly.\n";
    f.write("i_nul_text.txt", nul_text);
    expect["i_nul_text.txt"] = "";
    f.write("j_random.txt", random_bytes(64 << 10, 12345));
    expect["j_random.txt"] = "binary";
    f.write("k_name_\xE9.txt", marker_report("greenshank"));  // a file name that is not UTF-8
    expect["k_name_\xE9.txt"] = "";
    return expect;
}

// Outcome per file name from a build or update summary.
std::map<std::string, std::string> skipped_by_name(const std::vector<FileOutcome>& skipped) {
    std::map<std::string, std::string> out;
    for (const auto& s : skipped) {
        CHECK_MESSAGE(out.count(fs::path(s.path).filename().string()) == 0, "reported twice: " << s.path);
        out[fs::path(s.path).filename().string()] = s.reason;
    }
    return out;
}

}  // namespace

TEST_CASE("R12: a hostile folder: every file indexed or skipped with its reason; update converges") {
    const bool root = ::geteuid() == 0;
    if (root) MESSAGE("running as root: chmod 000 does not stop reads, so that file is expected to be indexed");
    Folder f;
    auto expect = populate(f, root);
    f.write("y_growing.txt", marker_report("stonechat"));
    expect["y_growing.txt"] = "";
    f.write("z_deleted.txt", marker_report("wheatear"));
    expect["z_deleted.txt"] = "No such file";

    // A writer appends to y_growing.txt for the whole build; z_deleted.txt goes once the first
    // file is written (one worker reads at most four files ahead, so it is not read yet).
    std::jthread grower([&](std::stop_token stop) {
        std::ofstream out(f.corpus / "y_growing.txt", std::ios::app);
        for (int n = 0; !stop.stop_requested() && n < 5000; ++n) {
            out << "Growth line " << n << " about the stonechat.\n" << std::flush;
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
    });
    bool deleted = false;
    auto summary = build_index(f.options(1), [&](std::size_t done, std::size_t, std::uintmax_t) {
        if (done == 1 && !deleted) deleted = fs::remove(f.corpus / "z_deleted.txt");
    });
    grower.request_stop();
    grower.join();
    REQUIRE(deleted);

    auto skipped = skipped_by_name(summary.skipped);
    std::size_t expect_skipped = 0, expect_symlink_problems = 0;
    for (const auto& pair : expect) {  // (no structured binding: clang 14 cannot capture one in CAPTURE)
        const std::string& name = pair.first;
        const std::string& reason = pair.second;
        CAPTURE(name);
        if (reason.empty()) {
            CHECK_MESSAGE(skipped.count(name) == 0, "skipped: " << skipped[name]);
            continue;
        }
        ++expect_skipped;
        expect_symlink_problems += name == "d_loop.txt" || name == "e_dangling.txt";
        REQUIRE(skipped.count(name) == 1);
        CHECK_MESSAGE(skipped[name].find(reason) != std::string::npos, "reason: " << skipped[name]);
    }
    // The counts add up: files seen = indexed + skipped (symlinks that lead nowhere are
    // reported by the folder walk, before a file is seen).
    CHECK(summary.skipped.size() == expect_skipped);
    CHECK(summary.files_seen == expect.size() - expect_symlink_problems);
    CHECK(summary.files_indexed == expect.size() - expect_skipped);
    CHECK(summary.files_indexed + summary.skipped.size() - expect_symlink_problems == summary.files_seen);
    CHECK(summary.reports == summary.files_indexed);
    std::map<std::string, std::string> notes;
    for (const auto& n : summary.notes) notes[fs::path(n.path).filename().string()] = n.reason;
    CHECK(notes["g_latin1.txt"].find("Windows-1252") != std::string::npos);
    CHECK(notes["h_utf16.txt"].find("UTF-16LE") != std::string::npos);

    // Every normal and decodable report is searchable; nothing leaked from the skipped ones.
    for (const char* w : {"kestrel", "heron", "plover", "curlew", "dunlin", "godwit", "lapwing", "redshank",
                          "sandpiper", "turnstone", "whimbrel", "greenshank", "stonechat"}) {
        CAPTURE(w);
        CHECK(f.hits(w) >= 1);
    }
    CHECK(f.hits("café") == 1);  // Latin-1 é decoded
    CHECK(f.hits("naïve") == 1);
    CHECK(f.hits("wheatear") == 0);
    CHECK((f.hits("bittern") > 0) == root);
    CHECK(check_index(f.index).ok());

    // The first update picks up the growth finished after the build read the file; the second
    // changes nothing. The unreadable and broken files are skipped the same way each time.
    f.write("y_growing.txt", marker_report("stonechat") + "Closing note on the ortolan.\n");
    auto first = update_index(f.options(2));
    CHECK(first.changed == 1);
    CHECK(first.added == 0);
    CHECK(first.removed == 0);
    CHECK_FALSE(first.generation.empty());
    CHECK(f.hits("ortolan") == 1);
    auto second = update_index(f.options(2));
    CHECK(second.generation.empty());
    CHECK(second.added + second.changed + second.removed == 0);
    CHECK(second.unchanged == summary.files_indexed);
    CHECK(skipped_by_name(second.skipped).size() == expect_skipped - 1);  // z_deleted.txt is gone
    CHECK(check_index(f.index).ok());
    ::chmod((f.corpus / "c_unreadable.txt").c_str(), 0644);  // so the folder can be removed
}

TEST_CASE("R12: assay-index build prints one line per skipped file, and the counts agree") {
    const bool root = ::geteuid() == 0;
    Folder f;
    auto expect = populate(f, root);
    auto r = run_program(program("assay-index") + " build --max-file-mb 1 --jobs 2 --corpus " +
                         shell_quote(f.corpus.string()) + " --index " + shell_quote(f.index.string()));
    INFO(r.out);
    REQUIRE(r.status == 0);
    std::size_t indexed = 0, seen = 0, skipped = 0;
    REQUIRE(std::sscanf(r.out.c_str() + r.out.find("indexed "), "indexed %zu of %zu files", &indexed, &seen) == 2);
    auto at = r.out.find("\nskipped ");
    REQUIRE(at != std::string::npos);
    REQUIRE(std::sscanf(r.out.c_str() + at, "\nskipped %zu:", &skipped) == 1);
    std::size_t expect_skipped = 0;
    for (const auto& pair : expect) {  // (no structured binding: clang 14 cannot capture one in CAPTURE)
        const std::string& name = pair.first;
        const std::string& reason = pair.second;
        if (reason.empty()) continue;
        ++expect_skipped;
        CAPTURE(name);
        auto line = r.out.find("/" + name + ": ");
        REQUIRE(line != std::string::npos);
        CHECK(r.out.substr(line, r.out.find('\n', line) - line).find(reason) != std::string::npos);
    }
    CHECK(skipped == expect_skipped);
    CHECK(indexed == expect.size() - expect_skipped);
    CHECK(seen == indexed + skipped - 2);  // the two bad symlinks are never seen as files
    ::chmod((f.corpus / "c_unreadable.txt").c_str(), 0644);
}

TEST_CASE("R13: timestamps that lie: changes found by content, unchanged files left alone") {
    Folder f;
    f.write("future.txt", marker_report("fieldfare"));
    f.write("epoch.txt", marker_report("redwing"));
    auto same_size = f.write("same_size.txt", marker_report("brambling"));
    build_index(f.options(2));
    const std::string generation = index_stats(f.index).generation;

    // Mtimes jump to 2099 and to 1970 without a content change: nothing is re-indexed.
    auto at = [](int year) {
        std::tm tm{};
        tm.tm_year = year - 1900;
        tm.tm_mday = 1;
        return fs::file_time_type::clock::from_sys(std::chrono::system_clock::from_time_t(::timegm(&tm)));
    };
    fs::last_write_time(f.corpus / "future.txt", at(2099));
    fs::last_write_time(f.corpus / "epoch.txt", at(1970));
    auto lied = update_index(f.options(2));
    CHECK(lied.unchanged == 3);
    CHECK(lied.added + lied.changed + lied.removed == 0);
    CHECK(lied.generation.empty());
    CHECK(index_stats(f.index).generation == generation);

    // Same size, new content, the old mtime put back (touch -r): found by the content hash.
    struct stat before {};
    REQUIRE(::stat(same_size.c_str(), &before) == 0);
    std::string changed = marker_report("chaffinch");
    REQUIRE(changed.size() == marker_report("brambling").size());
    f.write("same_size.txt", changed);
    timespec times[2] = {before.st_atim, before.st_mtim};
    REQUIRE(::utimensat(AT_FDCWD, same_size.c_str(), times, 0) == 0);
    struct stat after {};
    REQUIRE(::stat(same_size.c_str(), &after) == 0);
    REQUIRE(after.st_size == before.st_size);
    REQUIRE(after.st_mtim.tv_sec == before.st_mtim.tv_sec);
    REQUIRE(after.st_mtim.tv_nsec == before.st_mtim.tv_nsec);

    auto detected = update_index(f.options(2));
    CHECK(detected.changed == 1);
    CHECK(detected.unchanged == 2);
    CHECK(f.hits("chaffinch") >= 1);
    CHECK(f.hits("brambling") == 0);
    CHECK(f.hits("fieldfare") >= 1);
    auto again = update_index(f.options(2));
    CHECK(again.generation.empty());
    CHECK(again.unchanged == 3);
}
