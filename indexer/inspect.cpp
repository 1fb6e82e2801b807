#include "indexer/inspect.hpp"

#include <algorithm>
#include <sstream>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "schema/child_process.hpp"
#include "schema/facet_bitmaps.hpp"
#include "schema/fields.hpp"
#include "schema/gazetteer.hpp"
#include "schema/index_layout.hpp"

namespace fs = std::filesystem;

namespace assay {
namespace {
fs::path require_generation(const fs::path& index_dir) {
    auto gen = current_generation(index_dir);
    if (!gen) throw std::runtime_error("no index at " + index_dir.string());
    return *gen;
}

// The checks of check_index on one generation; problems go into r.
void check_generation(const fs::path& gen, CheckResult& r) {
    std::ostringstream xapian_out;
    try {
        if (auto errors = Xapian::Database::check(gen.string(), Xapian::DBCHECK_FULL_TREE, &xapian_out))
            r.problems.push_back("Xapian structure check found " + std::to_string(errors) + " errors");
    } catch (const Xapian::Error& e) {
        r.problems.push_back("Xapian structure check failed: " + e.get_description());
        return;
    }
    Xapian::Database db;
    try {
        db = Xapian::Database(gen.string());
    } catch (const Xapian::Error& e) {
        r.problems.push_back("cannot open: " + e.get_description());
        return;
    }
    if (db.get_metadata(std::string(kMetaSchemaVersion)) != std::to_string(kSchemaVersion))
        r.problems.push_back("schema version differs from this program's (" + std::to_string(kSchemaVersion) + ")");
    if (db.get_metadata(std::string(kMetaSchemaFingerprint)) != schema_fingerprint())
        r.problems.push_back("field registry fingerprint differs from this program's");
    auto stored = FacetBitmaps::deserialise(db.get_metadata(std::string(kMetaFacets)));
    if (!stored) r.problems.push_back("facet bitmaps are missing or fail their checksum");
    else if (!(*stored == FacetBitmaps::from_database(db))) r.problems.push_back("facet bitmaps disagree with the facet terms");
    std::string rprefix(field(FieldId::report).prefix);
    for (auto t = db.allterms_begin(rprefix); t != db.allterms_end(rprefix); ++t) {
        std::string id = (*t).substr(rprefix.size());
        std::string record = db.get_metadata(std::string(kMetaReportPrefix) + id);
        if (record.empty()) r.problems.push_back("paragraphs of report " + id + " have no report record");
        else if (nlohmann::json::parse(record, nullptr, false).is_discarded())
            r.problems.push_back("report record " + id + " is not valid JSON");
    }
}
}  // namespace

IndexStats index_stats(const fs::path& index_dir) {
    fs::path gen = require_generation(index_dir);
    Xapian::Database db(gen.string());
    IndexStats s;
    s.generation = gen.filename().string();
    s.paragraphs = db.get_doccount();
    std::string prefix(kMetaReportPrefix);
    for (auto k = db.metadata_keys_begin(prefix); k != db.metadata_keys_end(prefix); ++k) ++s.reports;
    for (const auto& e : fs::recursive_directory_iterator(gen))
        if (e.is_regular_file()) s.bytes_on_disk += e.file_size();
    auto facets = FacetBitmaps::deserialise(db.get_metadata(std::string(kMetaFacets)));
    if (!facets) facets = FacetBitmaps::from_database(db);
    for (FieldId id : kFacetFields) {
        const auto& spec = field(id);
        auto& out = s.facets[std::string(spec.name)];
        for (const auto& [term, bm] : facets->by_term)
            if (term.rfind(spec.prefix, 0) == 0) {
                std::string value = term.substr(spec.prefix.size());
                if (id == FieldId::authority)
                    if (const AuthorityInfo* a = Gazetteer::instance().lookup(value)) value = a->name;
                out[value] = bm.cardinality();
            }
    }
    return s;
}

CheckResult check_index(const fs::path& index_dir) {
    CheckResult r;
    fs::path gen;
    try {
        gen = require_generation(index_dir);
    } catch (const std::exception& e) {
        r.problems.push_back(e.what());
        return r;
    }
    // Damaged files can make Xapian (or the library under it) throw anything, including
    // std::length_error from a garbled length, or crash outright: the checks run in a child
    // process, and each of these is a finding, never the end of the check.
    ChildOutcome child = run_in_child([&] {
        CheckResult found;
        try {
            check_generation(gen, found);
        } catch (const Xapian::Error& e) {
            found.problems.push_back("reading the index failed: " + e.get_description());
        } catch (const std::exception& e) {
            found.problems.push_back(std::string("reading the index failed (damaged data?): ") + e.what());
        }
        std::string lines;
        for (auto p : found.problems) {
            std::replace(p.begin(), p.end(), '\n', ' ');
            lines += p + '\n';
        }
        return lines;
    });
    std::istringstream lines(child.output);
    for (std::string line; std::getline(lines, line);) r.problems.push_back(line);
    if (!child.completed)
        r.problems.push_back("the index library crashed while reading the index (" + child.describe() +
                             "): its files are damaged");
    return r;
}

}  // namespace assay
