#include "indexer/update.hpp"

#include <chrono>
#include <map>
#include <set>
#include <thread>

#include <xapian.h>

#include "indexer/lock.hpp"
#include "indexer/merge.hpp"
#include "indexer/next_generation.hpp"
#include "indexer/parse.hpp"
#include "indexer/pipeline.hpp"
#include "indexer/segment_writer.hpp"

namespace fs = std::filesystem;

namespace assay {
namespace {

// Top-level reports the generation serves, by id.
std::map<std::string, ReportKey> indexed_reports(const NextGeneration& next) {
    std::map<std::string, ReportKey> out;
    for (const auto& [id, live] : next.live_reports())
        if (live.key.part_of.empty()) out.emplace(id, live.key);
    return out;
}

bool under(const fs::path& file, const std::vector<fs::path>& roots) {
    auto f = fs::weakly_canonical(file).string();
    for (const auto& r : roots) {
        auto root = fs::weakly_canonical(r).string();
        if (f.rfind(root, 0) == 0 && (f.size() == root.size() || f[root.size()] == '/')) return true;
    }
    return false;
}

// Removals become deletions beside the segments that hold the reports; new and changed
// reports go into one new segment (their old versions deleted), published as a new generation;
// nothing already written is rewritten. Then, if the merge policy asks, segments are merged
// and published as the generation after it.
void apply(const fs::path& index_dir, NextGeneration& next, const std::vector<std::string>& remove_ids,
           const std::vector<fs::path>& files, const BuildOptions& options, UpdateSummary& summary) {
    summary.generation = next.path();
    for (const auto& id : remove_ids) next.delete_with_parts(id);
    if (!files.empty()) {
        const std::string name = new_segment_name();
        const fs::path scratch = next.path() / (".scratch-" + name);
        std::size_t added = 0;
        write_generation(next.path(), [&] {
            // The index's own record dictionary: an update's few reports are too few to train on.
            RecordDecoder dictionaries;
            for (const auto& seg : next.segments())
                dictionaries.add_segment(Xapian::Database(segment_path(next.path(), seg.name).string()));
            SegmentWriter writer(scratch, name, dictionaries.any(), dictionaries.unused_id());
            unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
            OrderedPipeline pipeline(files, options.source, jobs);
            for (std::size_t i = 0; i < files.size(); ++i) {
                Prepared p = pipeline.take(i);
                if (!p.ok) {
                    summary.skipped.push_back({p.path, p.reason});
                    continue;
                }
                // A changed pack may embed fewer reports than before: delete every old part first.
                if (!p.reports.empty()) next.delete_with_parts(p.reports.front().id);
                for (std::size_t r = 0; r < p.reports.size(); ++r) {
                    summary.paragraphs += p.built[r].docs.size();
                    writer.add(p.reports[r], std::move(p.built[r]));
                    ++added;
                }
            }
            writer.finish();
        });
        write_generation(next.path(), [&] { seal_segment(scratch, segment_path(next.path(), name)); });
        next.add_segment(name);
    }
    summary.segments = next.segments().size();
    // Asked of the segments about to be published, so a second generation is opened only for
    // a merge.
    const bool merge_wanted = merge_policy_asks(next, options.merge);
    next.publish(index_dir);
    if (!merge_wanted) return;
    // The change is served before any merge it brings on: rewriting a large segment takes
    // seconds to minutes, and the merged generation answers the same.
    try {
        NextGeneration merging(index_dir);
        MergeSummary merged = merge_as_policy_asks(merging, options.merge);
        const fs::path generation = merging.path();
        merging.publish(index_dir);
        summary.merges = merged.merges;
        summary.segments = merging.segments().size();
        summary.generation = generation;
    } catch (const std::exception& e) {
        // The update itself stands (a full disk, say, stopped the merge); the next update, or
        // `assay-index merge`, merges.
        summary.merge_error = e.what();
    } catch (const Xapian::Error& e) {
        summary.merge_error = e.get_description();
    }
}

double seconds_since(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

std::vector<fs::path> distinct(std::vector<fs::path> files) {
    std::set<fs::path> seen;
    std::erase_if(files, [&](const fs::path& f) { return !seen.insert(f).second; });
    return files;
}

}  // namespace

UpdateSummary update_index(const BuildOptions& options) {
    auto start = std::chrono::steady_clock::now();
    UpdateSummary summary;
    WriterLock lock(options.index_dir);
    NextGeneration next(options.index_dir);
    auto indexed = indexed_reports(next);
    Enumeration found = enumerate_sources(options.corpora);
    for (auto& [path, reason] : found.problems) summary.skipped.push_back({path, reason});

    std::vector<fs::path> to_index;
    std::set<std::string> seen;
    for (const auto& file : found.files) {
        std::string id = report_id_for(file.string());
        seen.insert(id);
        auto it = indexed.find(id);
        // An unchanged stamp tells an unwritten file without reading it (at 1 GB, reading and
        // hashing every file was most of an update's time); otherwise the bytes tell, and only
        // a new or changed file is decoded or extracted.
        if (it != indexed.end() && !it->second.stamp.empty() && it->second.stamp == file_stamp(file)) {
            ++summary.unchanged;
            continue;
        }
        SourceText src;
        if (!read_source_bytes(file, options.source, src)) {
            summary.skipped.push_back({file.string(), src.reason});
            continue;
        }
        if (it != indexed.end() && it->second.fingerprint == src.fingerprint) {
            ++summary.unchanged;
            continue;
        }
        src = read_source(file, options.source);
        if (!src.ok) {
            summary.skipped.push_back({file.string(), src.reason});
            continue;
        }
        ++(it == indexed.end() ? summary.added : summary.changed);
        to_index.push_back(file);
    }
    std::vector<std::string> remove_ids;
    for (const auto& [id, rec] : indexed)
        if (!seen.count(id) && (!fs::exists(rec.source) || under(rec.source, options.corpora)))
            remove_ids.push_back(id);
    summary.removed = remove_ids.size();
    if (!to_index.empty() || !remove_ids.empty())
        apply(options.index_dir, next, remove_ids, distinct(to_index), options, summary);
    summary.seconds = seconds_since(start);
    return summary;
}

UpdateSummary add_files(const fs::path& index_dir, const std::vector<fs::path>& given, const BuildOptions& options) {
    auto start = std::chrono::steady_clock::now();
    std::vector<fs::path> files;
    for (const auto& f : given) files.push_back(fs::absolute(f).lexically_normal());
    files = distinct(std::move(files));
    UpdateSummary summary;
    WriterLock lock(index_dir);
    NextGeneration next(index_dir);
    auto indexed = indexed_reports(next);
    for (const auto& f : files) (indexed.count(report_id_for(f.string())) ? summary.changed : summary.added)++;
    apply(index_dir, next, {}, files, options, summary);
    summary.seconds = seconds_since(start);
    return summary;
}

UpdateSummary remove_files(const fs::path& index_dir, const std::vector<fs::path>& files, const MergePolicy& merge) {
    auto start = std::chrono::steady_clock::now();
    UpdateSummary summary;
    WriterLock lock(index_dir);
    NextGeneration next(index_dir);
    auto indexed = indexed_reports(next);
    std::vector<std::string> ids;
    for (const auto& given : files) {
        fs::path f = fs::absolute(given).lexically_normal();
        std::string id = report_id_for(f.string());
        if (indexed.count(id))
            ids.push_back(id);
        else
            summary.skipped.push_back({f.string(), "not in the index"});
    }
    summary.removed = ids.size();
    if (!ids.empty()) {
        BuildOptions options;
        options.merge = merge;
        apply(index_dir, next, ids, {}, options, summary);
    }
    summary.seconds = seconds_since(start);
    return summary;
}

}  // namespace assay
