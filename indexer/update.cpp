#include "indexer/update.hpp"

#include <chrono>
#include <map>
#include <set>
#include <thread>

#include <nlohmann/json.hpp>

#include "indexer/generations.hpp"
#include "indexer/lock.hpp"
#include "indexer/parse.hpp"
#include "indexer/pipeline.hpp"
#include "indexer/writer.hpp"
#include "schema/fields.hpp"
#include "schema/index_layout.hpp"

namespace fs = std::filesystem;

namespace assay {
namespace {

struct Indexed {
    std::string source, fingerprint;
};

// Top-level reports in the published index, by id.
std::map<std::string, Indexed> indexed_reports(const fs::path& index_dir) {
    std::map<std::string, Indexed> out;
    auto gen = current_generation(index_dir);
    if (!gen) return out;
    Xapian::Database db(gen->string());
    std::string prefix(kMetaReportPrefix);
    for (auto k = db.metadata_keys_begin(prefix); k != db.metadata_keys_end(prefix); ++k) {
        auto j = nlohmann::json::parse(db.get_metadata(*k), nullptr, false);
        if (j.is_discarded() || !j.is_object() || !j.value("part_of", std::string()).empty()) continue;
        out[(*k).substr(prefix.size())] = {j.value("source", ""), j.value("fingerprint", "")};
    }
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

// Applies removals, then indexes files, into a copy of the current generation; publishes it.
void apply(const fs::path& index_dir, const std::vector<std::string>& remove_ids, const std::vector<fs::path>& files,
           const BuildOptions& options, UpdateSummary& summary) {
    PendingGeneration copy(new_generation(index_dir));
    summary.generation = copy.path();
    // The copy is a compacted one: a plain file copy would carry every earlier update's
    // half-empty and freed blocks along, and an index updated once a minute grew by half in half
    // an hour, slowing searches as it did. Compaction also renumbers the documents (order kept,
    // so a report's paragraphs stay contiguous): replaced reports leave gaps in the id space,
    // and after half an hour of updates a minute the ids spread over 1.6 times the documents,
    // making every search about 8% dearer (longer posting deltas, more facet-bitmap containers).
    // No document id outlives its generation: facets are derived again at each commit.
    if (auto current = current_generation(index_dir)) {
        fs::remove(copy.path());
        write_generation(copy.path(), [&] {
            Xapian::Database(current->string()).compact(copy.path().string());
        });
    }
    write_generation(copy.path(), [&] {
        IndexWriter writer(summary.generation, false);
        for (const auto& id : remove_ids) writer.remove_with_parts(id);
        unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
        OrderedPipeline pipeline(files, options.source, jobs);
        for (std::size_t i = 0; i < files.size(); ++i) {
            Prepared p = pipeline.take(i);
            if (!p.ok) {
                summary.skipped.push_back({p.path, p.reason});
                continue;
            }
            // A changed pack may embed fewer reports than before: clear every old part first.
            if (!p.reports.empty()) writer.remove_with_parts(p.reports.front().id);
            for (std::size_t r = 0; r < p.reports.size(); ++r) {
                summary.paragraphs += p.built[r].docs.size();
                writer.add_built(p.reports[r], std::move(p.built[r]));
            }
        }
        writer.commit();
    });
    publish_generation(index_dir, summary.generation);
    copy.release();
    remove_old_generations(index_dir);
}

double seconds_since(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

UpdateSummary update_index(const BuildOptions& options) {
    auto start = std::chrono::steady_clock::now();
    UpdateSummary summary;
    WriterLock lock(options.index_dir);
    auto indexed = indexed_reports(options.index_dir);
    Enumeration found = enumerate_sources(options.corpora);
    for (auto& [path, reason] : found.problems) summary.skipped.push_back({path, reason});

    std::vector<fs::path> to_index;
    std::set<std::string> seen;
    for (const auto& file : found.files) {
        std::string id = report_id_for(file.string());
        seen.insert(id);
        auto it = indexed.find(id);
        // The bytes tell an unchanged file; only a new or changed one is decoded or extracted
        // (a PDF folder's update would otherwise read every PDF's text to find nothing new).
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
        if (!seen.count(id) && (!fs::exists(rec.source) || under(rec.source, options.corpora))) remove_ids.push_back(id);
    summary.removed = remove_ids.size();
    if (!to_index.empty() || !remove_ids.empty()) apply(options.index_dir, remove_ids, to_index, options, summary);
    summary.seconds = seconds_since(start);
    return summary;
}

UpdateSummary add_files(const fs::path& index_dir, const std::vector<fs::path>& given, const BuildOptions& options) {
    auto start = std::chrono::steady_clock::now();
    std::vector<fs::path> files;
    for (const auto& f : given) files.push_back(fs::absolute(f).lexically_normal());
    UpdateSummary summary;
    WriterLock lock(index_dir);
    auto indexed = indexed_reports(index_dir);
    for (const auto& f : files) (indexed.count(report_id_for(f.string())) ? summary.changed : summary.added)++;
    apply(index_dir, {}, files, options, summary);
    summary.seconds = seconds_since(start);
    return summary;
}

UpdateSummary remove_files(const fs::path& index_dir, const std::vector<fs::path>& files) {
    auto start = std::chrono::steady_clock::now();
    UpdateSummary summary;
    WriterLock lock(index_dir);
    auto indexed = indexed_reports(index_dir);
    std::vector<std::string> ids;
    for (const auto& given : files) {
        fs::path f = fs::absolute(given).lexically_normal();
        std::string id = report_id_for(f.string());
        if (indexed.count(id)) ids.push_back(id);
        else summary.skipped.push_back({f.string(), "not in the index"});
    }
    summary.removed = ids.size();
    if (!ids.empty()) apply(index_dir, ids, {}, BuildOptions{}, summary);
    summary.seconds = seconds_since(start);
    return summary;
}

}  // namespace assay
