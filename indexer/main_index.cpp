// assay-index: build an index from folders of reports, or show how one report parses.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>
#include <optional>

#include <fmt/format.h>
#include <xapian.h>

#include "indexer/build.hpp"
#include "indexer/inspect.hpp"
#include "indexer/lock.hpp"
#include "indexer/merge.hpp"
#include "indexer/parse.hpp"
#include "indexer/pipeline.hpp"
#include "indexer/progress.hpp"
#include "indexer/report_json.hpp"
#include "indexer/update.hpp"
#include "schema/cli_options.hpp"
#include "schema/version.hpp"

namespace po = boost::program_options;
using namespace assay;

namespace {

// Another writer holds the index: distinct from a failed job, so scripts can wait and retry.
constexpr int kExitLocked = 3;

constexpr const char* kUsage =
    "usage: assay-index COMMAND [options]\n\n"
    "commands:\n"
    "  build --corpus DIR [--corpus DIR ...] --index DIR   index every report below the folders\n"
    "  update --corpus DIR [--corpus DIR ...] --index DIR  add new, re-index changed, remove deleted reports\n"
    "  add FILE... --index DIR                             add or replace these reports\n"
    "  remove FILE... --index DIR                          remove the reports read from these files\n"
    "  stats --index DIR                                   reports, paragraphs, facet counts, size\n"
    "  check --index DIR                                   verify the index and its facets agree\n"
    "  merge --index DIR                                   merge every segment into one, dropping deleted paragraphs\n"
    "  parse FILE [--format json|text]                     print how a report parses\n\n"
    "options:\n"
    "  -h, --help                                          show this help\n"
    "  -V, --version                                       print the version and the index schema version\n\n"
    "exit status: 0 done, 1 failed, 2 bad arguments, 3 index locked by another writer\n"
    "Run 'assay-index COMMAND --help' for the options of a command.\n";

void print_summary(const BuildSummary& s) {
    std::printf("indexed %zu of %zu files: %zu reports, %zu paragraphs, %.1f MB in %.2f s (%.1f MB/s)\n",
                s.files_indexed, s.files_seen, s.reports, s.paragraphs, s.bytes / 1e6, s.seconds, s.mb_per_second());
    std::printf(
        "phases: waiting for parse+analyse %.2f s, handing to %zu shard writers %.2f s (%zu flushes), "
        "finishing and compacting the segments %.2f s\n",
        s.parse_seconds, s.shards, s.write_seconds, s.flushes, s.commit_seconds);
    std::printf("generation: %s\n", s.generation.string().c_str());
    if (!s.skipped.empty()) {
        std::printf("skipped %zu:\n", s.skipped.size());
        for (const auto& f : s.skipped) std::printf("  %s: %s\n", f.path.c_str(), f.reason.c_str());
    }
    if (!s.notes.empty()) {
        std::printf("notes %zu:\n", s.notes.size());
        for (const auto& f : s.notes) std::printf("  %s: %s\n", f.path.c_str(), f.reason.c_str());
    }
}

// Options every writing command shares.
struct WriteArgs {
    std::string config, index;
    std::vector<std::string> corpora, files;
    unsigned jobs = 0, shards = 0;
    std::size_t memory_mb = 256;
    std::uintmax_t max_mb = 32;

    po::options_description options(const std::string& title, bool corpus, bool file_args) {
        po::options_description opts(title);
        opts.add(cli::general(config)).add(cli::index_location(index));
        if (corpus)
            opts.add_options()("corpus,c", po::value(&corpora)->required()->composing(),
                               "folder of reports (repeatable)");
        if (file_args) opts.add_options()("file", po::value(&files)->required()->multitoken(), "report files");
        opts.add_options()("jobs,j", po::value(&jobs), "parser threads (default: all cores)")(
            "shards", po::value(&shards),
            "build: writer threads, one database each, merged at the end (default: --jobs)")(
            "memory", po::value(&memory_mb)->default_value(256), "writer memory budget in MB")(
            "max-file-mb", po::value(&max_mb)->default_value(32), "skip files larger than this");
        return opts;
    }
    // Parses argv; returns false when --help was printed.
    bool parse(int argc, const char* const* argv, const po::options_description& opts) {
        po::positional_options_description pos;
        pos.add("file", -1);
        po::variables_map vm;
        cli::parse(argc, argv, opts, pos, vm);
        if (vm.count("help")) {
            std::cout << opts;
            return false;
        }
        po::notify(vm);
        return true;
    }
    BuildOptions build_options() const {
        BuildOptions o;
        for (const auto& c : corpora) o.corpora.emplace_back(c);
        o.index_dir = index;
        o.jobs = jobs;
        o.shards = shards;
        o.memory_mb = memory_mb;
        o.source.max_file_bytes = max_mb << 20;
        return o;
    }
};

void print_update(const UpdateSummary& s) {
    std::printf("added %zu, changed %zu, removed %zu, unchanged %zu reports; %zu paragraphs written in %.2f s\n",
                s.added, s.changed, s.removed, s.unchanged, s.paragraphs, s.seconds);
    if (!s.generation.empty()) std::printf("segments: %zu (%zu merges)\n", s.segments, s.merges);
    std::printf("generation: %s\n",
                s.generation.empty() ? "(unchanged: nothing to do)" : s.generation.string().c_str());
    for (const auto& f : s.skipped) std::printf("  skipped %s: %s\n", f.path.c_str(), f.reason.c_str());
    if (!s.merge_error.empty())
        std::fprintf(stderr,
                     "assay-index: the update is published, but merging its segments failed: %s; the next "
                     "update or assay-index merge will merge them\n",
                     s.merge_error.c_str());
}

int cmd_update(int argc, const char* const* argv, const std::string& command) {
    WriteArgs args;
    bool corpus = command == "update";
    auto opts = args.options("assay-index " + command, corpus, !corpus);
    if (!args.parse(argc, argv, opts)) return cli::kExitOk;
    UpdateSummary s;
    if (command == "update")
        s = update_index(args.build_options());
    else if (command == "add")
        s = add_files(args.index, {args.files.begin(), args.files.end()}, args.build_options());
    else
        s = remove_files(args.index, {args.files.begin(), args.files.end()});
    print_update(s);
    return cli::kExitOk;
}

// Parses the options of a command that only names an index; nullopt when --help was printed.
std::optional<std::string> index_only_args(int argc, const char* const* argv, const std::string& title) {
    std::string config, index;
    po::options_description opts(title);
    opts.add(cli::general(config)).add(cli::index_location(index));
    po::variables_map vm;
    cli::parse(argc, argv, opts, {}, vm);
    if (vm.count("help")) {
        std::cout << opts;
        return std::nullopt;
    }
    po::notify(vm);
    return index;
}

int cmd_stats(int argc, const char* const* argv) {
    auto index = index_only_args(argc, argv, "assay-index stats");
    if (!index) return cli::kExitOk;
    IndexStats s = index_stats(*index);
    std::printf("generation %s: %zu reports, %zu paragraphs, %.1f MB on disk\n", s.generation.c_str(), s.reports,
                s.paragraphs, s.bytes_on_disk / 1e6);
    for (const auto& [field, values] : s.facets) {
        std::printf("%s:", field.c_str());
        for (const auto& [v, n] : values) std::printf(" %s=%zu", v.c_str(), n);
        std::printf("\n");
    }
    return cli::kExitOk;
}

int cmd_check(int argc, const char* const* argv) {
    auto index = index_only_args(argc, argv, "assay-index check");
    if (!index) return cli::kExitOk;
    CheckResult r = check_index(*index);
    for (const auto& p : r.problems) std::printf("problem: %s\n", p.c_str());
    for (const auto& n : r.notes) std::printf("note: %s\n", n.c_str());
    std::printf("%s\n", r.ok() ? "index is consistent" : "index has problems");
    return r.ok() ? cli::kExitOk : cli::kExitFailure;
}

int cmd_merge(int argc, const char* const* argv) {
    auto index = index_only_args(argc, argv, "assay-index merge");
    if (!index) return cli::kExitOk;
    MergeSummary s = merge_index(*index);
    if (s.generation.empty()) {
        std::printf("nothing to merge: one segment, nothing deleted\n");
        return cli::kExitOk;
    }
    std::printf("merged %zu segments into %zu: %zu paragraphs written, %zu deleted ones dropped, in %.2f s\n",
                s.segments_before, s.segments_after, s.documents, s.dropped, s.seconds);
    std::printf("generation: %s\n", s.generation.string().c_str());
    return cli::kExitOk;
}

int cmd_build(int argc, const char* const* argv) {
    WriteArgs args;
    auto opts = args.options("assay-index build", true, false);
    if (!args.parse(argc, argv, opts)) return cli::kExitOk;
    BuildOptions options = args.build_options();
    ProgressReporter progress(stderr);
    BuildSummary s =
        build_index(options, [&](std::size_t d, std::size_t t, std::uintmax_t b) { progress.update(d, t, b); });
    progress.finish();
    print_summary(s);
    return s.files_indexed == 0 ? cli::kExitFailure : cli::kExitOk;
}

void print_parse_text(const Report& r) {
    auto j = report_to_json(r);
    std::printf("%s  [%s] %s (%s)  %s  framework=%s  lead=%s\n", r.id.c_str(), j["type"].get<std::string>().c_str(),
                r.authority.name.c_str(), r.authority.ons_code.c_str(), j["date"].get<std::string>().c_str(),
                r.framework.c_str(), r.lead_inspector.c_str());
    for (const auto& jd : r.judgements) std::printf("  judgement: %s = %s\n", jd.area.c_str(), jd.grade.word.c_str());
    for (const auto& rec : r.recommendations)
        std::printf("  recommendation [%s%s]: %.100s\n", rec.timescale.c_str(), rec.number.c_str(), rec.text.c_str());
    for (const auto& s : r.sections) {
        std::printf("## %s (%s)\n", s.heading.c_str(), std::string(to_string(s.kind)).c_str());
        for (const auto& p : s.paragraphs)
            std::printf("  %5s %s%-5zu %s%.120s\n", p.number.c_str(), p.page ? "p" : "l",
                        p.page ? std::size_t{p.page} : p.line, p.list_item ? "- " : "", p.text.c_str());
    }
}

int cmd_parse(int argc, const char* const* argv) {
    std::string config, file, format = "json";
    po::options_description opts("assay-index parse");
    opts.add(cli::general(config));
    opts.add_options()("file", po::value(&file)->required(), "report file")(
        "format,f", po::value(&format)->default_value("json"), "json or text");
    po::positional_options_description pos;
    pos.add("file", 1);
    po::variables_map vm;
    cli::parse(argc, argv, opts, pos, vm);
    if (vm.count("help")) {
        std::cout << opts;
        return cli::kExitOk;
    }
    po::notify(vm);
    if (format != "json" && format != "text") throw po::error("--format must be json or text, not '" + format + "'");
    SourceText src = read_source(file);
    if (!src.ok) {
        std::fprintf(stderr, "assay-index: %s: %s\n", file.c_str(), src.reason.c_str());
        return cli::kExitFailure;
    }
    auto reports = parse_source(src, file);
    if (format == "text") {
        for (const auto& r : reports) print_parse_text(r);
        return cli::kExitOk;
    }
    nlohmann::json out = nlohmann::json::array();
    for (const auto& r : reports) out.push_back(report_to_json(r));
    std::cout << (out.size() == 1 ? out[0] : out).dump(2) << "\n";
    return cli::kExitOk;
}

const char* g_command = "";

// libxapian 1.4 calls std::terminate inside WritableDatabase::commit() when a write fails at
// one point of an update (seen under ENOSPC). Say so in this program's words before aborting,
// with the system's last error, which is the likely cause.
[[noreturn]] void on_terminate() {
    const int err = errno;
    std::string what;
    if (auto e = std::current_exception()) {
        try {
            std::rethrow_exception(e);
        } catch (const Xapian::Error& x) {
            what = x.get_description();
        } catch (const std::exception& x) {
            what = x.what();
        } catch (...) {}
    }
    std::string cause = !what.empty() ? what : err ? std::strerror(err) : "no error reported";
    std::fprintf(stderr,
                 "assay-index %s: stopped inside the index library (last error: %s). The published index is "
                 "never changed in place, so it is as it was; the next build or update removes any unfinished "
                 "generation.\n",
                 g_command, cause.c_str());
    std::abort();
}

}  // namespace

int main(int argc, char** argv) {
    // Past a file size limit (ulimit -f) write() must fail with EFBIG and be reported like a
    // full disk, not kill the process mid-commit.
    std::signal(SIGXFSZ, SIG_IGN);
    if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h") {
        std::fputs(kUsage, argc < 2 ? stderr : stdout);
        return argc < 2 ? cli::kExitUsage : cli::kExitOk;
    }
    if (std::string(argv[1]) == "--version" || std::string(argv[1]) == "-V") {
        std::fputs(version_text("assay-index").c_str(), stdout);
        return cli::kExitOk;
    }
    std::string command = argv[1];
    g_command = argv[1];
    std::set_terminate(on_terminate);
    try {
        if (command == "build") return cmd_build(argc - 1, argv + 1);
        if (command == "parse") return cmd_parse(argc - 1, argv + 1);
        if (command == "update" || command == "add" || command == "remove")
            return cmd_update(argc - 1, argv + 1, command);
        if (command == "stats") return cmd_stats(argc - 1, argv + 1);
        if (command == "check") return cmd_check(argc - 1, argv + 1);
        if (command == "merge") return cmd_merge(argc - 1, argv + 1);
        std::fprintf(stderr, "assay-index: unknown command '%s'\n%s", command.c_str(), kUsage);
        return cli::kExitUsage;
    } catch (const po::error& e) {
        std::fprintf(stderr, "assay-index %s: %s\n", command.c_str(), e.what());
        return cli::kExitUsage;
    } catch (const LockError& e) {
        std::fprintf(stderr, "assay-index %s: %s\n", command.c_str(), e.what());
        return kExitLocked;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "assay-index %s: %s\n", command.c_str(), e.what());
        return cli::kExitFailure;
    } catch (const Xapian::Error& e) {
        std::fprintf(stderr, "assay-index %s: index error: %s\n", command.c_str(), e.get_description().c_str());
        return cli::kExitFailure;
    }
}
