#include "query/snapshot.hpp"

#include "schema/fields.hpp"
#include "schema/index_layout.hpp"

namespace assay {

std::shared_ptr<const IndexSnapshot> IndexSnapshot::open(const std::filesystem::path& index_dir) {
    auto gen = current_generation(index_dir);
    if (!gen) throw IndexUnavailable("no index at " + index_dir.string() + " (build one with assay-index build)");
    auto snap = std::make_shared<IndexSnapshot>();
    snap->index_dir = index_dir;
    snap->generation = *gen;
    snap->generation_name = gen->filename().string();
    // Damaged files surface as Xapian errors here, or as anything a garbled length provokes.
    auto damaged = [&](const std::string& what) {
        return IndexDamaged("cannot read index " + gen->string() + ": " + what + " (run assay-index check, then rebuild it)");
    };
    try {
        Xapian::Database db(gen->string());
        std::string version = db.get_metadata(std::string(kMetaSchemaVersion));
        if (version != std::to_string(kSchemaVersion))
            throw IndexUnavailable("index " + index_dir.string() + " has schema version " +
                                   (version.empty() ? "none" : version) + " but this program reads version " +
                                   std::to_string(kSchemaVersion) + ": rebuild it with assay-index build");
        if (db.get_metadata(std::string(kMetaSchemaFingerprint)) != schema_fingerprint())
            throw IndexUnavailable("index " + index_dir.string() + " was written with a different field registry: rebuild it");
        snap->documents = db.get_doccount();
        if (auto facets = FacetBitmaps::deserialise(db.get_metadata(std::string(kMetaFacets)))) {
            snap->facets = std::move(*facets);
        } else {
            snap->facets = FacetBitmaps::from_database(db);
            snap->degraded = true;
            snap->degraded_reason = "facet bitmaps failed their checksum; counted from terms instead (run assay-index check)";
        }
        std::string prefix(kMetaReportPrefix);
        for (auto k = db.metadata_keys_begin(prefix); k != db.metadata_keys_end(prefix); ++k) {
            std::string value = db.get_metadata(*k);
            if (value.empty()) continue;
            auto record = nlohmann::json::parse(value, nullptr, false);
            if (record.is_discarded()) {
                snap->degraded = true;
                snap->degraded_reason = "a report record is corrupt: " + *k;
                continue;
            }
            std::string id = (*k).substr(prefix.size());
            snap->reports.emplace(id, ReportEntry{ReportCitation::from_record(record), std::move(record)});
        }
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

const ReportEntry* IndexSnapshot::report(const std::string& id) const {
    auto it = reports.find(id);
    return it == reports.end() ? nullptr : &it->second;
}

}  // namespace assay
