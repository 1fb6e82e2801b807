#include "indexer/build.hpp"

#include <cstdlib>
#include <thread>

#include "indexer/generations.hpp"
#include "indexer/lock.hpp"
#include "indexer/pipeline.hpp"
#include "indexer/shard_writers.hpp"
#include "schema/segments.hpp"

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

    // The memory budget is shared by the shard writers; within it each writer also commits
    // every 2,000 paragraphs (segment_writer.cpp: smaller batches keep Xapian's inverter fast).
    unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    unsigned shards = options.shards ? options.shards : jobs;
    const std::size_t flush_text_bytes =
        std::max<std::size_t>(1, options.memory_mb << 20) / kPostingBytesPerTextByte / shards;
    // One segment per shard, each compacted by its own writer thread; the generation lists them.
    PendingGeneration gen(new_generation(options.index_dir));
    summary.generation = gen.path();
    write_generation(gen.path(), [&] {
        ShardWriters writers(gen.path(), shards, flush_text_bytes);
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
                for (std::size_t r = 0; r < p.reports.size(); ++r) {
                    summary.paragraphs += p.built[r].docs.size();
                    std::size_t text = text_bytes(p.reports[r]);
                    writers.add(std::move(p.reports[r]), std::move(p.built[r]), text);
                    ++summary.reports;
                }
            }
            summary.write_seconds += since(write_start);
            if (progress) progress(i + 1, found.files.size(), summary.bytes);
        }
        auto commit_start = Clock::now();
        writers.finish();
        summary.flushes = writers.flushes();
        summary.shards = shards;
        summary.commit_seconds = since(commit_start);
        write_segment_list(gen.path(), writers.segments());
    });
    publish_generation(options.index_dir, summary.generation);
    gen.release();
    remove_old_generations(options.index_dir);
    summary.seconds = since(start);
    return summary;
}

}  // namespace assay
