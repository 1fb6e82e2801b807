#include "indexer/inspect.hpp"

#include <algorithm>
#include <sstream>

#include <xapian.h>
#include <nlohmann/json.hpp>

#include "schema/child_process.hpp"
#include "schema/facet_bitmaps.hpp"
#include "schema/fields.hpp"
#include "schema/gazetteer.hpp"
#include "schema/index_layout.hpp"
#include "schema/record_dictionary.hpp"
#include "schema/segments.hpp"
#include "schema/stored.hpp"
#include "schema/thesaurus.hpp"

namespace fs = std::filesystem;

namespace assay {
namespace {
fs::path require_generation(const fs::path& index_dir) {
    auto gen = current_generation(index_dir);
    if (!gen) throw std::runtime_error("no index at " + index_dir.string());
    return *gen;
}

// The checks of check_index on one segment; problems go into r.
void check_segment(const OpenSegment& seg, CheckResult& r) {
    const std::string where = seg.name.empty() ? std::string() : "segment " + seg.name + ": ";
    const Xapian::Database& db = seg.db;
    if (db.get_metadata(std::string(kMetaSchemaVersion)) != std::to_string(kSchemaVersion))
        r.problems.push_back(where + "schema version differs from this program's (" + std::to_string(kSchemaVersion) +
                             ")");
    if (db.get_metadata(std::string(kMetaSchemaFingerprint)) != schema_fingerprint())
        r.problems.push_back(where + "field registry fingerprint differs from this program's");
    if (!written_with_this_thesaurus(db)) r.notes.push_back(where + std::string(kStaleThesaurusAdvice));
    auto stored = FacetBitmaps::deserialise(db.get_metadata(std::string(kMetaFacets)));
    if (!stored)
        r.problems.push_back(where + "facet bitmaps are missing or fail their checksum");
    else if (!(*stored == FacetBitmaps::from_database(db)))
        r.problems.push_back(where + "facet bitmaps disagree with the facet terms");
    if (!seg.deleted.docs.isEmpty() && seg.deleted.docs.maximum() > db.get_lastdocid())
        r.problems.push_back(where + "deletions name paragraphs the segment does not have");
    std::string rprefix(field(FieldId::report).prefix);
    for (auto t = db.allterms_begin(rprefix); t != db.allterms_end(rprefix); ++t) {
        std::string id = (*t).substr(rprefix.size());
        std::string stored = db.get_metadata(std::string(kMetaReportPrefix) + id);
        if (stored.empty()) {
            r.problems.push_back(where + "paragraphs of report " + id + " have no report record");
            continue;
        }
        std::string record;
        try {
            record = unpack_report_record(stored);
        } catch (const Xapian::DatabaseCorruptError&) {
            r.problems.push_back(where + "report record " + id + " is damaged");
            continue;
        }
        if (nlohmann::json::parse(record, nullptr, false).is_discarded())
            r.problems.push_back(where + "report record " + id + " is not valid JSON");
    }
    // Every paragraph record reads back (its dictionary is there, its frame whole): a second
    // or so at 1 GB.
    RecordDecoder records;
    std::size_t unreadable = 0;
    try {
        records.add_segment(db);
    } catch (const Xapian::DatabaseCorruptError& e) {
        r.problems.push_back(where + e.get_msg());
        return;
    }
    for (auto d = db.postlist_begin(""); d != db.postlist_end(""); ++d) {
        try {
            if (!records.decode(stored_record(db.get_document(*d, Xapian::DOC_ASSUME_VALID)))) ++unreadable;
        } catch (const Xapian::DatabaseCorruptError&) {
            ++unreadable;
        }
    }
    if (unreadable > 0) r.problems.push_back(where + std::to_string(unreadable) + " paragraph records cannot be read");
}

// The checks of check_index on one generation; problems go into r.
void check_generation(const fs::path& gen, CheckResult& r) {
    std::vector<std::string> names;
    try {
        names = read_segment_list(gen);
    } catch (const std::exception& e) {
        r.problems.push_back(e.what());
        return;
    }
    for (const auto& name : names) {
        std::ostringstream xapian_out;
        fs::path path = segment_path(gen, name);
        try {
            if (auto errors = Xapian::Database::check(path.string(), Xapian::DBCHECK_FULL_TREE, &xapian_out))
                r.problems.push_back("Xapian structure check of " + path.string() + " found " + std::to_string(errors) +
                                     " errors");
        } catch (const Xapian::Error& e) {
            r.problems.push_back("Xapian structure check of " + path.string() + " failed: " + e.get_description());
            return;
        }
    }
    std::vector<OpenSegment> segments;
    try {
        segments = open_segments(gen);
    } catch (const Xapian::Error& e) {
        r.problems.push_back("cannot open: " + e.get_description());
        return;
    } catch (const SegmentLayoutError& e) {
        r.problems.push_back(e.what());
        return;
    }
    for (const auto& seg : segments) check_segment(seg, r);
}
}  // namespace

IndexStats index_stats(const fs::path& index_dir) {
    fs::path gen = require_generation(index_dir);
    auto segments = open_segments(gen);
    IndexStats s;
    s.generation = gen.filename().string();
    for (const auto& seg : segments) s.paragraphs += seg.db.get_doccount() - seg.deleted.docs.cardinality();
    for_each_live_record(segments, kMetaReportPrefix,
                         [&](const std::string&, const std::string&, std::size_t) { ++s.reports; });
    for (const auto& e : fs::recursive_directory_iterator(gen))
        if (e.is_regular_file()) s.bytes_on_disk += e.file_size();
    for (const auto& seg : segments) {
        auto facets = FacetBitmaps::deserialise(seg.db.get_metadata(std::string(kMetaFacets)));
        if (!facets) facets = FacetBitmaps::from_database(seg.db);
        for (FieldId id : kFacetFields) {
            const auto& spec = field(id);
            auto& out = s.facets[std::string(spec.name)];
            for (const auto& [term, bm] : facets->by_term)
                if (term.rfind(spec.prefix, 0) == 0) {
                    std::string value = term.substr(spec.prefix.size());
                    if (id == FieldId::authority)
                        if (const AuthorityInfo* a = Gazetteer::instance().lookup(value)) value = a->name;
                    std::size_t n = bm.cardinality() - bm.and_cardinality(seg.deleted.docs);
                    if (n) out[value] += n;
                }
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
        // One finding a line, its kind first: "p " a problem, "n " a note.
        std::string lines;
        auto put = [&lines](const char* kind, std::string text) {
            std::replace(text.begin(), text.end(), '\n', ' ');
            lines += kind + text + '\n';
        };
        for (const auto& p : found.problems) put("p ", p);
        for (const auto& n : found.notes) put("n ", n);
        return lines;
    });
    std::istringstream lines(child.output);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("n ", 0) == 0)
            r.notes.push_back(line.substr(2));
        else
            r.problems.push_back(line.rfind("p ", 0) == 0 ? line.substr(2) : line);
    }
    if (!child.completed)
        r.problems.push_back("the index library crashed while reading the index (" + child.describe() +
                             "): its files are damaged");
    return r;
}

}  // namespace assay
