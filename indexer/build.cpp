#include "indexer/build.hpp"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

#include "indexer/generations.hpp"
#include "indexer/lock.hpp"
#include "indexer/parse.hpp"
#include "indexer/writer.hpp"
#include "schema/analyzer.hpp"
#include "schema/facet_bitmaps.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace assay {
namespace {

struct Prepared {
    FileOutcome outcome;
    bool ok = false;
    std::uintmax_t bytes = 0;
    std::vector<Report> reports;
    std::vector<std::vector<Xapian::Document>> docs;  // per report
};

std::string content_fingerprint(std::string_view text) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fnv1a64(text)));
    return buf;
}

Prepared prepare(const fs::path& file, const SourceOptions& options, const Analyzer& analyzer) {
    Prepared out;
    out.outcome.path = file.string();
    SourceText src = read_source(file, options);
    out.bytes = src.bytes;
    if (!src.ok) {
        out.outcome.reason = src.reason;
        return out;
    }
    out.outcome.reason = src.note;
    try {
        out.reports = parse_document(src.text, file.string());
        std::string fingerprint = content_fingerprint(src.text);
        for (auto& r : out.reports) {
            r.fingerprint = fingerprint;
            out.docs.push_back(build_report_documents(r, analyzer));
        }
        out.ok = true;
    } catch (const std::exception& e) {
        out.outcome.reason = std::string("parse failed: ") + e.what();
        out.reports.clear();
        out.docs.clear();
    }
    return out;
}

// Runs prepare() on worker threads and hands results back strictly in file order, with at
// most `window` files in flight so memory stays bounded.
class OrderedPipeline {
public:
    OrderedPipeline(const std::vector<fs::path>& files, const SourceOptions& options, unsigned jobs)
        : files_(files), options_(options), window_(jobs * 4), results_(files.size()) {
        for (unsigned i = 0; i < jobs; ++i) workers_.emplace_back([this] { work(); });
    }
    ~OrderedPipeline() {
        {
            std::lock_guard lock(mutex_);
            stop_ = true;
        }
        cv_.notify_all();
        for (auto& w : workers_) w.join();
    }
    Prepared take(std::size_t i) {
        std::unique_lock lock(mutex_);
        cv_.wait(lock, [&] { return results_[i].has_value(); });
        Prepared p = std::move(*results_[i]);
        results_[i].reset();
        consumed_ = i + 1;
        cv_.notify_all();
        return p;
    }

private:
    void work() {
        Analyzer analyzer;
        while (true) {
            std::size_t i;
            {
                std::unique_lock lock(mutex_);
                cv_.wait(lock, [&] { return stop_ || (next_ < files_.size() && next_ < consumed_ + window_); });
                if (stop_ || next_ >= files_.size()) return;
                i = next_++;
            }
            Prepared p = prepare(files_[i], options_, analyzer);
            {
                std::lock_guard lock(mutex_);
                results_[i] = std::move(p);
            }
            cv_.notify_all();
        }
    }

    const std::vector<fs::path>& files_;
    SourceOptions options_;
    std::size_t window_;
    std::vector<std::optional<Prepared>> results_;
    std::vector<std::thread> workers_;
    std::mutex mutex_;
    std::condition_variable cv_;
    std::size_t next_ = 0, consumed_ = 0;
    bool stop_ = false;
};

double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

}  // namespace

BuildSummary build_index(const BuildOptions& options, const Progress& progress) {
    auto start = Clock::now();
    BuildSummary summary;
    WriterLock lock(options.index_dir);
    Enumeration found = enumerate_sources(options.corpora);
    for (auto& [path, reason] : found.problems) summary.skipped.push_back({path, reason});
    summary.files_seen = found.files.size();

    summary.generation = new_generation(options.index_dir);
    unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    {
        IndexWriter writer(summary.generation, true);
        OrderedPipeline pipeline(found.files, options.source, jobs);
        for (std::size_t i = 0; i < found.files.size(); ++i) {
            auto wait_start = Clock::now();
            Prepared p = pipeline.take(i);
            summary.parse_seconds += since(wait_start);
            auto write_start = Clock::now();
            if (!p.ok) {
                summary.skipped.push_back(p.outcome);
            } else {
                ++summary.files_indexed;
                summary.bytes += p.bytes;
                if (!p.outcome.reason.empty()) summary.notes.push_back(p.outcome);
                for (std::size_t r = 0; r < p.reports.size(); ++r) {
                    summary.paragraphs += p.docs[r].size();
                    writer.add_built(p.reports[r], std::move(p.docs[r]));
                    ++summary.reports;
                }
            }
            summary.write_seconds += since(write_start);
            if (progress) progress(i + 1, found.files.size(), summary.bytes);
        }
        auto commit_start = Clock::now();
        writer.commit();
        summary.commit_seconds = since(commit_start);
    }
    publish_generation(options.index_dir, summary.generation);
    remove_old_generations(options.index_dir);
    summary.seconds = since(start);
    return summary;
}

}  // namespace assay
