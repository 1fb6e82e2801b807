#include "indexer/pipeline.hpp"

#include "indexer/paragraph_limits.hpp"
#include "indexer/parse.hpp"
#include "indexer/writer.hpp"
#include "schema/analyzer.hpp"

namespace fs = std::filesystem;

namespace assay {

std::size_t text_bytes(const Report& r) {
    std::size_t n = 0;
    for (const auto& s : r.sections)
        for (const auto& p : s.paragraphs) n += p.text.size();
    return n;
}

namespace {
Prepared skipped(std::string path, std::string reason) {
    Prepared p;
    p.path = std::move(path);
    p.reason = std::move(reason);
    return p;
}
}  // namespace

std::vector<Report> parse_source(const SourceText& src, const std::string& path) {
    std::vector<Report> reports = parse_document(src.text, path);
    for (auto& r : reports) r.format = to_string(src.format);
    return reports;
}

Prepared prepare_file(const fs::path& file, const SourceOptions& options, const Analyzer& analyzer) {
    Prepared out;
    out.path = file.string();
    // Everything about one file happens inside this try: running out of memory on one huge
    // report skips that report (on a worker thread an escaping exception would end the program).
    try {
        // Stamped before the read: a write during it leaves a stamp that the next update finds
        // changed, so it reads the file again.
        const std::string stamp = file_stamp(file);
        SourceText src = read_source(file, options);
        out.bytes = src.bytes;
        if (!src.ok) {
            out.reason = src.reason;
            return out;
        }
        out.reason = src.note;
        out.fingerprint = src.fingerprint;
        out.reports = parse_source(src, file.string());
        for (auto& r : out.reports) {
            r.fingerprint = out.fingerprint;
            r.stamp = stamp;
            split_long_paragraphs(r);
            out.built.push_back(build_report_documents(r, analyzer));
        }
        out.ok = true;
    } catch (const std::bad_alloc&) {
        out = skipped(out.path, "out of memory while reading, parsing or analysing it");
    } catch (const std::exception& e) {
        out = skipped(out.path, std::string("parse failed: ") + e.what());
    }
    return out;
}

OrderedPipeline::OrderedPipeline(const std::vector<fs::path>& files, const SourceOptions& options, unsigned jobs)
    : files_(files), options_(options), window_(std::max(1u, jobs) * 4), results_(files.size()) {
    for (unsigned i = 0; i < std::max(1u, jobs); ++i) workers_.emplace_back([this] { work(); });
}

OrderedPipeline::~OrderedPipeline() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    cv_.notify_all();
    for (auto& w : workers_) w.join();
}

Prepared OrderedPipeline::take(std::size_t i) {
    std::unique_lock lock(mutex_);
    cv_.wait(lock, [&] { return results_[i].has_value(); });
    Prepared p = std::move(*results_[i]);
    results_[i].reset();
    consumed_ = i + 1;
    cv_.notify_all();
    return p;
}

void OrderedPipeline::work() {
    Analyzer analyzer;
    while (true) {
        std::size_t i;
        {
            std::unique_lock lock(mutex_);
            cv_.wait(lock, [&] { return stop_ || (next_ < files_.size() && next_ < consumed_ + window_); });
            if (stop_ || next_ >= files_.size()) return;
            i = next_++;
        }
        Prepared p = prepare_file(files_[i], options_, analyzer);
        {
            std::lock_guard lock(mutex_);
            results_[i] = std::move(p);
        }
        cv_.notify_all();
    }
}

}  // namespace assay
