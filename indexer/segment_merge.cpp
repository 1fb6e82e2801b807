#include "indexer/segment_merge.hpp"

#include <algorithm>

#include <xapian.h>

#include "indexer/segment_writer.hpp"
#include "indexer/writer.hpp"
#include "schema/facet_bitmaps.hpp"
#include "schema/fields.hpp"
#include "schema/record_dictionary.hpp"
#include "schema/thesaurus.hpp"

namespace fs = std::filesystem;

namespace assay {
namespace {

// Value slots hold a handful of fields (schema/fields.hpp); a few spare for the future.
constexpr Xapian::valueno kMaxSlot = 16;

// Rebuilds the live documents of src with docids in [lo, hi) and appends them to out.
std::size_t copy_window(const Xapian::Database& src, const Roaring& deleted, Xapian::docid lo, Xapian::docid hi,
                        const std::vector<Xapian::valueno>& slots, const std::string& zone,
                        Xapian::WritableDatabase& out) {
    std::vector<Xapian::Document> docs(hi - lo);
    std::vector<bool> present(hi - lo);
    const std::string old_zone(field(FieldId::zone).prefix);
    for (auto t = src.allterms_begin(); t != src.allterms_end(); ++t) {
        const std::string& term = *t;
        if (term.rfind(old_zone, 0) == 0) continue;  // the merged segment is one zone
        auto p = src.postlist_begin(term);
        p.skip_to(lo);
        for (; p != src.postlist_end(term) && *p < hi; ++p) {
            if (deleted.contains(*p)) continue;
            Xapian::Document& d = docs[*p - lo];
            present[*p - lo] = true;
            d.add_term(term, p.get_wdf());
            for (auto pos = p.positionlist_begin(); pos != p.positionlist_end(); ++pos) d.add_posting(term, *pos, 0);
        }
    }
    std::size_t copied = 0;
    for (Xapian::docid did = lo; did < hi; ++did) {
        if (!present[did - lo]) continue;
        Xapian::Document& d = docs[did - lo];
        Xapian::Document stored = src.get_document(did, Xapian::DOC_ASSUME_VALID);
        for (auto slot : slots)
            if (auto v = stored.get_value(slot); !v.empty()) d.add_value(slot, v);
        d.add_boolean_term(zone);
        out.add_document(d);
        ++copied;
    }
    return copied;
}

// Compacting segments keeps every document, renumbered source after source; the facet
// bitmaps (one per source, same key) are joined with each source's docids moved past the
// sources before it. Other duplicated keys are the schema stamps and the record dictionaries,
// the same in every source (an id names one dictionary in an index; two under one id would
// decode records wrongly, so the merge stops).
// Xapian hands the duplicated values over in no promised order, so each is matched to its
// source by its bytes (sources with identical bitmaps may swap offsets: the join is the same).
class SegmentCompactor : public Xapian::Compactor {
public:
    struct Source {
        std::string facets;  // the source's facet bitmaps, serialised
        Xapian::docid offset = 0;
    };
    explicit SegmentCompactor(std::vector<Source> sources) : sources_(std::move(sources)) {}
    std::string resolve_duplicate_metadata(const std::string& raw_key, size_t num_tags,
                                           const std::string tags[]) override {
        // Xapian 1.4 passes the key as stored, after its two-byte metadata prefix "\0\xc0".
        std::string_view key = raw_key;
        if (key.size() >= 2 && key[0] == '\0') key.remove_prefix(2);
        if (key == kMetaThesaurus)
            for (size_t i = 1; i < num_tags; ++i)
                if (tags[i] != tags[0]) return "";
        if (key.rfind(kMetaDictionaryPrefix, 0) == 0)
            for (size_t i = 1; i < num_tags; ++i) require_same_dictionary(key, tags[0], tags[i]);
        if (key != kMetaFacets) return tags[0];
        if (num_tags != sources_.size()) throw Xapian::DatabaseCorruptError("a segment has no facet bitmaps");
        std::vector<bool> used(sources_.size());
        FacetBitmaps joined;
        for (size_t i = 0; i < num_tags; ++i) {
            std::size_t from = 0;
            while (from < sources_.size() && (used[from] || sources_[from].facets != tags[i])) ++from;
            if (from == sources_.size()) throw Xapian::DatabaseCorruptError("facet bitmaps of no known segment");
            used[from] = true;
            auto facets = FacetBitmaps::deserialise(tags[i]);
            if (!facets) throw Xapian::DatabaseCorruptError("a segment's facet bitmaps fail their checksum");
            for (const auto& [term, bm] : facets->by_term) {
                Roaring& out = joined.by_term[term];
                for (Xapian::docid d : bm) out.add(d + sources_[from].offset);
            }
        }
        for (auto& [term, bm] : joined.by_term) bm.runOptimize();
        return joined.serialise();
    }

private:
    std::vector<Source> sources_;
};

// Nothing to drop: Xapian's compactor joins the segments as they are, which is far cheaper
// than rebuilding their documents.
void compact_segments(const std::vector<MergeInput>& inputs, const fs::path& dest, MergeStats& stats) {
    Xapian::Database all;
    std::vector<SegmentCompactor::Source> sources;
    Xapian::docid offset = 0;
    for (const auto& in : inputs) {
        Xapian::Database db = open_segment_database(in.path);
        sources.push_back({db.get_metadata(std::string(kMetaFacets)), offset});
        offset += db.get_lastdocid();  // segments are numbered from 1 without gaps
        stats.documents += db.get_doccount();
        all.add_database(db);
    }
    SegmentCompactor compactor(std::move(sources));
    // One pass: with more than three sources, multipass compaction joins them in rounds and
    // would hand resolve_duplicate_metadata partial groups, already joined.
    all.compact(dest.string(), 0, 0, compactor);
}

}  // namespace

MergeStats merge_segments(const std::vector<MergeInput>& inputs, const fs::path& dest, const std::string& name,
                          std::size_t window_docs) {
    MergeStats stats;
    if (std::all_of(inputs.begin(), inputs.end(), [](const MergeInput& in) { return in.deleted.empty(); })) {
        compact_segments(inputs, dest, stats);
        return stats;
    }
    const fs::path scratch = dest.parent_path() / (".scratch-" + name);
    bool same_thesaurus = true;
    {
        // A scratch database, like a new segment's (segment_writer.cpp): no syncs of its own.
        Xapian::WritableDatabase out(scratch.string(),
                                     Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_NO_TERMLIST | Xapian::DB_NO_SYNC);
        const std::string zone = zone_term(name);
        const std::string records(kMetaReportPrefix);
        for (const auto& in : inputs) {
            Xapian::Database src = open_segment_database(in.path);
            if (!written_with_this_thesaurus(src)) same_thesaurus = false;
            std::vector<Xapian::valueno> slots;
            for (Xapian::valueno slot = 0; slot < kMaxSlot; ++slot)
                if (src.get_value_freq(slot) > 0) slots.push_back(slot);
            const Xapian::docid last = src.get_lastdocid();
            for (Xapian::docid lo = 1; lo <= last; lo += static_cast<Xapian::docid>(window_docs)) {
                Xapian::docid hi = std::min<Xapian::docid>(last + 1, lo + static_cast<Xapian::docid>(window_docs));
                stats.documents += copy_window(src, in.deleted.docs, lo, hi, slots, zone, out);
                out.commit();  // bounds the writer's memory like a build's flushes
            }
            stats.dropped += in.deleted.docs.cardinality();
            for (auto k = src.metadata_keys_begin(std::string(kMetaDictionaryPrefix));
                 k != src.metadata_keys_end(std::string(kMetaDictionaryPrefix)); ++k) {
                // The live records are copied compressed, naming their dictionary by its id.
                std::string bytes = src.get_metadata(*k);
                require_same_dictionary(*k, out.get_metadata(*k), bytes);
                out.set_metadata(*k, bytes);
            }
            for (const std::string& prefix : {records, std::string(kMetaReportKeyPrefix)})
                for (auto k = src.metadata_keys_begin(prefix); k != src.metadata_keys_end(prefix); ++k)
                    if (!in.deleted.reports.count((*k).substr(prefix.size())))
                        out.set_metadata(*k, src.get_metadata(*k));
            // Words of deleted reports stay: a suggestion that finds nothing is rare and harmless.
            for (auto w = src.spellings_begin(); w != src.spellings_end(); ++w) out.add_spelling(*w, w.get_termfreq());
        }
        stamp_schema(out, same_thesaurus);
        out.set_metadata(std::string(kMetaFacets), FacetBitmaps::from_database(out).serialise());
        out.commit();
    }
    seal_segment(scratch, dest);
    return stats;
}

}  // namespace assay
