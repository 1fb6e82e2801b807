#include "query/snapshot.hpp"

#include <future>

#include "query/segment_registry.hpp"
#include "schema/facet_bitmaps.hpp"
#include "schema/fields.hpp"
#include "schema/index_layout.hpp"
#include "schema/segments.hpp"
#include "schema/thesaurus.hpp"

namespace assay {
namespace {

void check_schema(const Xapian::Database& db, const std::filesystem::path& index_dir) {
    std::string version = db.get_metadata(std::string(kMetaSchemaVersion));
    if (version != std::to_string(kSchemaVersion))
        throw IndexUnavailable("index " + index_dir.string() + " has schema version " +
                               (version.empty() ? "none" : version) + " but this program reads version " +
                               std::to_string(kSchemaVersion) + ": rebuild it with assay-index build");
    if (db.get_metadata(std::string(kMetaSchemaFingerprint)) != schema_fingerprint())
        throw IndexUnavailable("index " + index_dir.string() +
                               " was written with a different field registry: rebuild it");
}

}  // namespace

std::shared_ptr<const IndexSnapshot> IndexSnapshot::open(const std::filesystem::path& index_dir) {
    auto gen = current_generation(index_dir);
    if (!gen) throw IndexUnavailable("no index at " + index_dir.string() + " (build one with assay-index build)");
    auto snap = std::make_shared<IndexSnapshot>();
    snap->index_dir = index_dir;
    snap->generation = *gen;
    snap->generation_name = gen->filename().string();
    // Damaged files surface as Xapian errors here, or as anything a garbled length provokes.
    auto damaged = [&](const std::string& what) {
        return IndexDamaged("cannot read index " + gen->string() + ": " + what +
                            " (run assay-index check, then rebuild it)");
    };
    try {
        // An index written before segments is one plain database: its version says rebuild.
        if (!is_segmented(*gen)) check_schema(Xapian::Database(gen->string()), index_dir);
        auto segments = open_segments(*gen);
        const std::size_t n = segments.size();
        auto deleted_by_segment = std::make_shared<DeletedBySegment>();
        snap->deleted = SegmentedBitmap(n);
        // Each segment's columns are read on a thread of their own, through a handle of their
        // own (Xapian handles are not thread-safe), while the rest is opened here: at 1 GB a
        // build segment's take a quarter of a second.
        std::vector<std::future<std::shared_ptr<const SegmentColumns>>> reading;
        for (const auto& seg : segments)
            reading.push_back(std::async(
                std::launch::async, [path = seg.path] { return SegmentColumns::of(open_segment_database(path)); }));
        auto columns = std::make_shared<ParagraphColumns>();
        const std::string key_prefix(kMetaReportKeyPrefix);
        snap->segments = n;
        for (std::size_t i = 0; i < n; ++i) {
            const auto& seg = segments[i];
            check_schema(seg.db, index_dir);
            if (!written_with_this_thesaurus(seg.db)) snap->group_terms = false;
            // Which segment holds each live report: keys only, the records are read when needed.
            for (auto k = seg.db.metadata_keys_begin(key_prefix); k != seg.db.metadata_keys_end(key_prefix); ++k) {
                std::string id = (*k).substr(key_prefix.size());
                if (seg.deleted.reports.count(id)) continue;
                const std::uint64_t key = fnv1a64(id);
                snap->live_reports.insert_or_assign(key, LiveReport{std::move(id), static_cast<std::uint32_t>(i)});
            }
            snap->segment_dbs_.push_back(seg.db);
            snap->segment_paths.push_back(seg.path);
            snap->segment_uuids.push_back(seg.db.get_uuid());
            snap->segment_leases.push_back(shared_per_segment<const SegmentLease>(snap->segment_uuids.back(), [&] {
                return std::make_shared<const SegmentLease>(snap->segment_uuids.back());
            }));
            snap->records.add_segment(seg.db);
            snap->documents += seg.db.get_doccount() - seg.deleted.docs.cardinality();
            snap->deleted.part(i) = seg.deleted.docs;
            if (!seg.deleted.docs.isEmpty()) {
                auto [at, fresh] = deleted_by_segment->emplace(snap->segment_uuids.back(), seg.deleted.docs);
                // Two segments with one UUID (a copied folder) cannot be told apart in the match.
                if (!fresh) throw damaged("two segments share the UUID " + at->first);
            }
            bool recounted = false;
            snap->facets.add_segment(segment_facets(seg.db, recounted));
            if (recounted) {
                snap->degraded = true;
                snap->degraded_reason =
                    "facet bitmaps failed their checksum; counted from terms instead (run assay-index check)";
            }
        }
        snap->facets.finish();
        if (!snap->group_terms) {
            snap->degraded = true;
            if (!snap->degraded_reason.empty()) snap->degraded_reason += "; ";
            snap->degraded_reason += kStaleThesaurusAdvice;
        }
        for (std::size_t i = 0; i < n; ++i) columns->add_segment(snap->segment_uuids[i], reading[i].get());
        snap->deleted.runOptimize();
        snap->deleted_by_segment = std::move(deleted_by_segment);
        snap->columns = std::move(columns);
    } catch (const IndexUnavailable&) {
        throw;
    } catch (const Xapian::Error& e) {
        throw damaged(e.get_description());
    } catch (const std::bad_alloc&) {
        throw;
    } catch (const std::exception& e) {
        throw damaged(e.what());
    }
    return snap;
}

Xapian::Database IndexSnapshot::database() const { return Xapian::Database(generation.string()); }

const IndexSnapshot::LiveReport* IndexSnapshot::live(const std::string& id) const {
    auto at = live_reports.find(fnv1a64(id));
    return at == live_reports.end() || at->second.id != id ? nullptr : &at->second;
}

std::optional<nlohmann::json> IndexSnapshot::report_record(const std::string& id) const {
    const LiveReport* at = live(id);
    if (!at) return std::nullopt;
    std::string bytes;
    {
        std::lock_guard lock(segments_mutex_);
        bytes = segment_dbs_[at->segment].get_metadata(std::string(kMetaReportPrefix) + id);
    }
    try {
        bytes = unpack_report_record(bytes);
    } catch (const Xapian::DatabaseCorruptError&) {
        return std::nullopt;  // assay-index check names it
    }
    auto record = nlohmann::json::parse(bytes, nullptr, false);
    if (record.is_discarded() || !record.is_object()) return std::nullopt;  // assay-index check names it
    return record;
}

namespace {

std::size_t citation_bytes(const ReportCitation& c) {
    std::size_t n = sizeof(ReportEntry);
    for (const std::string* s : {&c.id, &c.source, &c.title, &c.authority, &c.ons_code, &c.date, &c.type, &c.framework,
                                 &c.part_of, &c.format, &c.overall_grade})
        n += s->capacity();
    for (const auto& [heading, kind] : c.sections)
        n += sizeof(heading) + sizeof(kind) + heading.capacity() + kind.capacity();
    return n;
}

}  // namespace

const std::string& IndexSnapshot::report_id_of(const Xapian::Document& paragraph) const {
    static const std::string none;
    auto at = live_reports.find(unpack_slot_u64(paragraph.get_value(kSlotReport)));
    return at == live_reports.end() ? none : at->second.id;
}

std::shared_ptr<const ReportEntry> IndexSnapshot::report(const std::string& id) const {
    const LiveReport* at = live(id);
    if (!at) return nullptr;
    auto& cache = SegmentCaches::citations();
    const std::string key = SegmentCaches::segment_key(segment_uuids[at->segment], id);
    if (auto cached = cache.get(key)) return cached;
    auto record = report_record(id);
    if (!record) return nullptr;
    auto entry = std::make_shared<ReportEntry>();
    entry->citation = ReportCitation::from_record(*record);
    entry->bytes = citation_bytes(entry->citation);
    cache.put(key, entry);
    return entry;
}

}  // namespace assay
