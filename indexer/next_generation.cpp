#include "indexer/next_generation.hpp"

#include <algorithm>

#include "schema/fields.hpp"
#include "schema/index_layout.hpp"

namespace fs = std::filesystem;

namespace assay {
namespace {

// Hard links every file of a segment folder into a new one: the new generation shares the
// segment's blocks with the old, and removing either leaves the other whole.
void link_segment(const fs::path& from, const fs::path& to) {
    fs::create_directory(to);
    for (const auto& e : fs::directory_iterator(from))
        if (e.is_regular_file() && e.path().filename() != "flintlock")
            fs::create_hard_link(e.path(), to / e.path().filename());
}

}  // namespace

NextGeneration::NextGeneration(const fs::path& index_dir) : pending_(new_generation(index_dir)) {
    auto current = current_generation(index_dir);
    if (!current) return;
    if (!is_segmented(*current))
        throw std::runtime_error("index " + index_dir.string() +
                                 " is one database, not segments (written before schema version " +
                                 std::to_string(kSchemaVersion) + "?): rebuild it with assay-index build");
    auto open = open_segments(*current);
    for (const auto& s : open) {
        if (s.db.get_metadata(std::string(kMetaSchemaVersion)) != std::to_string(kSchemaVersion))
            throw std::runtime_error("index " + index_dir.string() + " has another schema version: rebuild it");
        link_segment(s.path, segment_path(path(), s.name));
        if (fs::exists(deletions_path(*current, s.name)))
            fs::create_hard_link(deletions_path(*current, s.name), deletions_path(path(), s.name));
        segments_.push_back({s.name, s.deleted, false});
    }
    for_each_live_record(open, kMetaReportKeyPrefix,
                         [&](const std::string& id, const std::string& bytes, std::size_t i) {
                             auto key = ReportKey::decode(bytes);
                             if (!key)
                                 throw std::runtime_error("index " + index_dir.string() + ": the key of report " + id +
                                                          " is damaged (run assay-index check, then rebuild it)");
                             live_.insert_or_assign(id, LiveReport{i, std::move(*key)});
                         });
}

bool NextGeneration::delete_report(const std::string& id) {
    auto it = live_.find(id);
    if (it == live_.end()) return false;
    Segment& seg = segments_[it->second.segment];
    Xapian::Database db(segment_path(path(), seg.name).string());
    const std::string report = std::string(field(FieldId::report).prefix) + id;
    Xapian::docid first = 0;
    for (auto p = db.postlist_begin(report); p != db.postlist_end(report); ++p) {
        if (!first) first = *p;
        seg.deleted.docs.add(*p);
    }
    // The zone its paragraphs carry: the segment's own, or that of a segment merged into it.
    std::string zone = zone_term(seg.name);
    const std::string zprefix(field(FieldId::zone).prefix);
    if (first)
        for (auto t = db.allterms_begin(zprefix); t != db.allterms_end(zprefix); ++t) {
            auto p = db.postlist_begin(*t);
            p.skip_to(first);
            if (p != db.postlist_end(*t) && *p == first) {
                zone = *t;
                break;
            }
        }
    seg.deleted.reports[id] = zone;
    seg.deletions_changed = true;
    live_.erase(it);
    return true;
}

std::size_t NextGeneration::delete_with_parts(const std::string& id) {
    std::size_t removed = delete_report(id) ? 1 : 0;
    for (int part = 1; delete_report(id + "-" + std::to_string(part)); ++part) ++removed;
    return removed;
}

void NextGeneration::add_segment(const std::string& name) { segments_.push_back({name, {}, false}); }

void NextGeneration::replace_segments(const std::vector<std::size_t>& merged, const std::string& name) {
    if (merged.empty()) return;
    for (std::size_t i : merged) {
        fs::remove_all(segment_path(path(), segments_[i].name));
        fs::remove(deletions_path(path(), segments_[i].name));
    }
    std::vector<Segment> kept;
    std::vector<std::size_t> new_index(segments_.size());
    std::size_t merged_at = 0;
    for (std::size_t i = 0; i < segments_.size(); ++i) {
        if (i == merged.front()) {
            merged_at = kept.size();
            kept.push_back({name, {}, false});
        }
        if (std::find(merged.begin(), merged.end(), i) != merged.end()) {
            new_index[i] = merged_at;
        } else {
            new_index[i] = kept.size();
            kept.push_back(std::move(segments_[i]));
        }
    }
    segments_ = std::move(kept);
    // Reports of the merged segments now live in the new one.
    for (auto& [id, live] : live_) live.segment = new_index[live.segment];
}

std::uintmax_t NextGeneration::segment_bytes(std::size_t i) const {
    std::uintmax_t bytes = 0;
    for (const auto& e : fs::directory_iterator(segment_path(path(), segments_[i].name)))
        if (e.is_regular_file()) bytes += e.file_size();
    return bytes;
}

std::size_t NextGeneration::segment_docs(std::size_t i) const {
    return Xapian::Database(segment_path(path(), segments_[i].name).string()).get_doccount();
}

void NextGeneration::publish(const fs::path& index_dir) {
    std::vector<std::string> names;
    for (auto& s : segments_) {
        names.push_back(s.name);
        // Unchanged deletion files are the previous generation's, linked like the segments.
        if (s.deletions_changed) write_deletions(path(), s.name, s.deleted);
    }
    write_segment_list(path(), names);
    publish_generation(index_dir, path());
    pending_.release();
    remove_old_generations(index_dir);
}

}  // namespace assay
