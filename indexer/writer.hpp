// IndexWriter: the one place that writes a Xapian database. Reports go in as a whole (all
// their paragraphs replace any earlier version of the same report); commit() derives the facet
// bitmaps from the facet terms and stores them, the report records and the schema version in
// the same Xapian commit, so what readers see is always consistent.
#pragma once

#include <filesystem>
#include <string>

#include <xapian.h>

#include "schema/analyzer.hpp"
#include "schema/report.hpp"

namespace assay {

// Every paragraph document of a report, and the distinct words it uses (the spelling
// dictionary behind "did you mean"). Built on any thread by
// build_report_documents (below).
struct BuiltReport {
    std::vector<Xapian::Document> docs;
    std::vector<std::string> words;
};

class IndexWriter {
public:
    // Creates or opens the database at path. `create` starts from an empty database.
    IndexWriter(const std::filesystem::path& path, bool create);

    // Adds (or replaces) a report and all its paragraphs; returns the paragraph count.
    std::size_t add_report(const Report& r, const Analyzer& analyzer);
    // Adds documents built elsewhere (by worker threads) for a report.
    void add_built(const Report& r, BuiltReport&& built);
    // Removes a report's paragraphs and record; returns whether it was present.
    bool remove_report(const std::string& report_id);

    // Writes buffered changes to disk (bounding memory); readers of this database see them
    // only after commit().
    void flush() { db_.commit(); }
    // Removes a report and the reports embedded in it (id-1, id-2, ...).
    std::size_t remove_with_parts(const std::string& report_id);
    // Records the schema version, field registry and thesaurus the documents were written
    // with (commit() does this too; shard writers, which never commit facets, call it).
    void stamp();
    void commit();
    Xapian::WritableDatabase& database() { return db_; }

private:
    Xapian::WritableDatabase db_;
    bool fresh_;           // created empty: nothing to replace, so plain appends
    bool same_thesaurus_;  // every document's group terms come from this program's thesaurus
};

BuiltReport build_report_documents(const Report& r, const Analyzer& analyzer);

// Records in db the schema version, field registry and (when every document's group terms
// come from this program's thesaurus) the thesaurus fingerprint.
void stamp_schema(Xapian::WritableDatabase& db, bool same_thesaurus);

}  // namespace assay
