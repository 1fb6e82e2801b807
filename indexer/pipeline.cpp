#include "indexer/pipeline.hpp"

#include <cstdio>

#include "indexer/paragraph_limits.hpp"
#include "indexer/parse.hpp"
#include "indexer/writer.hpp"
#include "schema/analyzer.hpp"
#include "schema/facet_bitmaps.hpp"

namespace fs = std::filesystem;

namespace assay {

std::size_t text_bytes(const Report& r) {
    std::size_t n = 0;
    for (const auto& s : r.sections)
        for (const auto& p : s.paragraphs) n += p.text.size();
    return n;
}

std::string content_fingerprint(std::string_view bytes) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fnv1a64(bytes)));
    return buf;
}

namespace {

// A file given up on part way: everything read so far is dropped, only the reason stays.
Prepared failed(std::string path, std::string reason) {
    Prepared p;
    p.path = std::move(path);
    p.reason = std::move(reason);
    return p;
}

}  // namespace

Prepared prepare_file(const fs::path& file, const SourceOptions& options, const Analyzer& analyzer) {
    Prepared out;
    out.path = file.string();
    // Everything about one file happens inside this try: running out of memory on one huge
    // report skips that report (on a worker thread an escaping exception would end the program).
    try {
        SourceText src = read_source(file, options);
        out.bytes = src.bytes;
        if (!src.ok) {
            out.reason = src.reason;
            return out;
        }
        out.reason = src.note;
        out.fingerprint = content_fingerprint(src.text);
        out.reports = parse_document(src.text, file.string());
        for (auto& r : out.reports) {
            r.fingerprint = out.fingerprint;
            split_long_paragraphs(r);
            out.built.push_back(build_report_documents(r, analyzer));
        }
        out.ok = true;
    } catch (const std::bad_alloc&) {
        out = failed(std::move(out.path), "out of memory while reading, parsing or analysing it");
    } catch (const std::exception& e) {
        out = failed(std::move(out.path), std::string("parse failed: ") + e.what());
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
