#include "indexer/writer.hpp"

#include <iterator>
#include <unordered_set>

#include "indexer/document_builder.hpp"
#include "schema/facet_bitmaps.hpp"
#include "schema/fields.hpp"
#include "schema/stored.hpp"
#include "schema/thesaurus.hpp"

namespace assay {

IndexWriter::IndexWriter(const std::filesystem::path& path, bool create)
    : db_(path.string(), create ? Xapian::DB_CREATE_OR_OVERWRITE : Xapian::DB_CREATE_OR_OPEN), fresh_(create) {
    same_thesaurus_ = create || db_.get_doccount() == 0 || written_with_this_thesaurus(db_);
    std::string version = db_.get_metadata(std::string(kMetaSchemaVersion));
    if (!create && !version.empty() && version != std::to_string(kSchemaVersion))
        throw Xapian::InvalidArgumentError("index " + path.string() + " has schema version " + version +
                                           ", this program writes version " + std::to_string(kSchemaVersion) +
                                           ": rebuild it");
}

BuiltReport build_report_documents(const Report& r, const Analyzer& analyzer) {
    BuiltReport out;
    out.docs.reserve(r.paragraph_count());
    ReportTerms shared = report_terms(r);
    std::size_t seq = 0;
    for (std::size_t s = 0; s < r.sections.size(); ++s)
        for (std::size_t p = 0; p < r.sections[s].paragraphs.size(); ++p)
            out.docs.push_back(build_paragraph_document(r, shared, s, p, seq++, analyzer, &out.words));
    // Distinct words by hashing: sorting a report's ten thousand words was 3% of a build.
    std::unordered_set<std::string> distinct(std::make_move_iterator(out.words.begin()),
                                             std::make_move_iterator(out.words.end()));
    out.words.assign(std::make_move_iterator(distinct.begin()), std::make_move_iterator(distinct.end()));
    return out;
}

void IndexWriter::add_built(const Report& r, BuiltReport&& built) {
    auto& docs = built.docs;
    for (const auto& w : built.words) db_.add_spelling(w);
    if (!fresh_) remove_report(r.id);
    for (auto& doc : docs) db_.add_document(doc);
    db_.set_metadata(std::string(kMetaReportPrefix) + r.id, pack_report_record(report_record(r)));
    db_.set_metadata(std::string(kMetaReportKeyPrefix) + r.id, ReportKey::of(r).encode());
}

std::size_t IndexWriter::add_report(const Report& r, const Analyzer& analyzer) {
    auto built = build_report_documents(r, analyzer);
    std::size_t n = built.docs.size();
    add_built(r, std::move(built));
    return n;
}

bool IndexWriter::remove_report(const std::string& report_id) {
    std::string key = std::string(kMetaReportPrefix) + report_id;
    bool present = !db_.get_metadata(key).empty();
    std::string term = std::string(field(FieldId::report).prefix) + report_id;
    if (db_.term_exists(term)) {
        db_.delete_document(term);
        present = true;
    }
    if (present) {
        db_.set_metadata(key, "");
        db_.set_metadata(std::string(kMetaReportKeyPrefix) + report_id, "");
    }
    return present;
}

std::size_t IndexWriter::remove_with_parts(const std::string& report_id) {
    std::size_t removed = remove_report(report_id) ? 1 : 0;
    for (int part = 1; remove_report(report_id + "-" + std::to_string(part)); ++part) ++removed;
    return removed;
}

void stamp_schema(Xapian::WritableDatabase& db, bool same_thesaurus) {
    db.set_metadata(std::string(kMetaSchemaVersion), std::to_string(kSchemaVersion));
    db.set_metadata(std::string(kMetaSchemaFingerprint), schema_fingerprint());
    db.set_metadata(std::string(kMetaThesaurus), same_thesaurus ? Thesaurus::instance().fingerprint() : "");
}

void IndexWriter::stamp() { stamp_schema(db_, same_thesaurus_); }

void IndexWriter::commit() {
    stamp();
    db_.set_metadata(std::string(kMetaFacets), FacetBitmaps::from_database(db_).serialise());
    db_.commit();
}

}  // namespace assay
