#include "indexer/build.hpp"

#include <cstdlib>
#include <thread>

#include "indexer/generations.hpp"
#include "indexer/lock.hpp"
#include "indexer/pipeline.hpp"
#include "indexer/writer.hpp"

#include <xapian.h>
#include "schema/analyzer.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace assay {
namespace {

double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

}  // namespace

BuildSummary build_index(const BuildOptions& options, const Progress& progress) {
    auto start = Clock::now();
    BuildSummary summary;
    WriterLock lock(options.index_dir);
    Enumeration found = enumerate_sources(options.corpora);
    for (auto& [path, reason] : found.problems) summary.skipped.push_back({path, reason});
    summary.files_seen = found.files.size();

    // Xapian flushes every 10,000 documents by default (measured fastest here: larger batches
    // make its in-memory inverter slower); the memory budget below bounds big paragraphs too.
    const std::size_t flush_text_bytes = std::max<std::size_t>(1, options.memory_mb << 20) / kPostingBytesPerTextByte;
    std::size_t buffered = 0;
    // Documents go into a scratch generation; the published one is its compacted copy
    // (full blocks: about 30% smaller and faster to read).
    fs::path scratch = new_generation(options.index_dir);
    unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    {
        IndexWriter writer(scratch, true);
        OrderedPipeline pipeline(found.files, options.source, jobs);
        for (std::size_t i = 0; i < found.files.size(); ++i) {
            auto wait_start = Clock::now();
            Prepared p = pipeline.take(i);
            summary.parse_seconds += since(wait_start);
            auto write_start = Clock::now();
            if (!p.ok) {
                summary.skipped.push_back({p.path, p.reason});
            } else {
                ++summary.files_indexed;
                summary.bytes += p.bytes;
                if (!p.reason.empty()) summary.notes.push_back({p.path, p.reason});
                buffered += p.text_bytes();
                for (std::size_t r = 0; r < p.reports.size(); ++r) {
                    summary.paragraphs += p.built[r].docs.size();
                    writer.add_built(p.reports[r], std::move(p.built[r]));
                    ++summary.reports;
                }
                if (buffered > flush_text_bytes) {
                    writer.flush();
                    buffered = 0;
                    ++summary.flushes;
                }
            }
            summary.write_seconds += since(write_start);
            if (progress) progress(i + 1, found.files.size(), summary.bytes);
        }
        auto commit_start = Clock::now();
        writer.commit();
        summary.commit_seconds = since(commit_start);
    }
    auto compact_start = Clock::now();
    summary.generation = new_generation(options.index_dir);
    fs::remove(summary.generation);
    Xapian::Database(scratch.string()).compact(summary.generation.string(), Xapian::DBCOMPACT_NO_RENUMBER);
    fs::remove_all(scratch);
    summary.compact_seconds = since(compact_start);
    publish_generation(options.index_dir, summary.generation);
    remove_old_generations(options.index_dir);
    summary.seconds = since(start);
    return summary;
}

}  // namespace assay
