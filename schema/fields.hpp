// The field registry: the single table that says, for every searchable field, its user-facing
// name, Xapian term prefix, value slot and whether it is a facet. The indexer writes through it
// and the query side reads through it; no other file spells a prefix or a slot number.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <xapian.h>

#include "schema/byte_io.hpp"

namespace assay {

enum class FieldId {
    text,
    synonym,
    authority,
    year,
    date,
    grade,
    section,
    type,
    framework,
    report,
    signature,
    zone,
    function_words
};

// How a field's values reach the index.
enum class FieldKind {
    text,     // analysed, positional free text
    boolean,  // exact boolean terms (prefix + normalised value)
    range,    // value slot only, range-filtered
    id,       // internal identifier term
};

struct FieldSpec {
    FieldId id;
    std::string_view name;    // as typed in queries: "authority"
    std::string_view prefix;  // Xapian term prefix ("" for body text)
    Xapian::valueno slot;     // value slot, or Xapian::BAD_VALUENO
    FieldKind kind;
    bool facet;  // counted with bitmaps and shown in results
};

inline constexpr Xapian::valueno kSlotDate = 0;       // sortable_serialise(yyyymmdd)
inline constexpr Xapian::valueno kSlotGrade = 1;      // overall grade ordinal (1 best .. 4)
inline constexpr Xapian::valueno kSlotReport = 2;     // fnv1a64(report id) packed, the per-report collapse key
inline constexpr Xapian::valueno kSlotPrior = 3;      // sortable_serialise(prior in 0..1), see paragraph_prior()
inline constexpr Xapian::valueno kSlotSignature = 4;  // paragraph signature packed, the duplicate key
inline constexpr Xapian::valueno kSlotRecord = 5;     // the paragraph's stored record (schema/stored.hpp)

// A 64-bit number as slots kSlotReport and kSlotSignature hold it: 8 bytes, little-endian.
inline std::string pack_slot_u64(std::uint64_t v) {
    std::string out;
    put_u64(out, v);
    return out;
}
// 0 unless `bytes` is 8 bytes long.
inline std::uint64_t unpack_slot_u64(std::string_view bytes) {
    if (bytes.size() != 8) return 0;
    ByteReader r{bytes};
    return r.get(8);
}

inline constexpr std::array<FieldSpec, 13> kFields{{
    {FieldId::text, "text", "", Xapian::BAD_VALUENO, FieldKind::text, false},
    // Thesaurus group terms, positional, ranked like text (schema/thesaurus.hpp).
    {FieldId::synonym, "synonym", "XH", Xapian::BAD_VALUENO, FieldKind::text, false},
    {FieldId::authority, "authority", "XA", Xapian::BAD_VALUENO, FieldKind::boolean, true},
    {FieldId::year, "year", "XY", Xapian::BAD_VALUENO, FieldKind::boolean, true},
    {FieldId::date, "date", "", kSlotDate, FieldKind::range, false},
    {FieldId::grade, "grade", "XG", kSlotGrade, FieldKind::boolean, true},
    {FieldId::section, "section", "XS", Xapian::BAD_VALUENO, FieldKind::boolean, true},
    {FieldId::type, "type", "XT", Xapian::BAD_VALUENO, FieldKind::boolean, true},
    {FieldId::framework, "framework", "XF", Xapian::BAD_VALUENO, FieldKind::boolean, true},
    {FieldId::report, "report", "XR", kSlotReport, FieldKind::id, false},
    // Paragraphs that repeat one wording (indexer/paragraph_signature.hpp): the slot collapses
    // them; no term since schema 8 (a search groups the copies in memory, query/paragraph_columns.hpp).
    {FieldId::signature, "signature", "", kSlotSignature, FieldKind::id, false},
    // The segment a paragraph was written into (schema/segments.hpp): with the report term it
    // names the paragraphs a later update deleted, through built-in query operators only.
    {FieldId::zone, "zone", "XZ", Xapian::BAD_VALUENO, FieldKind::id, false},
    // The stop words a paragraph holds (not indexed, schema/analyzer.hpp) as one term whose wdf
    // is their count: never searched, it keeps them in the length BM25 normalises by.
    {FieldId::function_words, "function_words", "XW", Xapian::BAD_VALUENO, FieldKind::id, false},
}};

constexpr const FieldSpec& field(FieldId id) {
    for (const auto& f : kFields)
        if (f.id == id) return f;
    throw "unknown field";  // unreachable: every FieldId has a row
}

std::optional<FieldId> field_by_name(std::string_view name);

// Facet fields in display order.
inline constexpr std::array<FieldId, 6> kFacetFields{FieldId::authority, FieldId::year,    FieldId::grade,
                                                     FieldId::type,      FieldId::section, FieldId::framework};

// Bump when the index layout or analysis changes; an index of another version must be rebuilt.
inline constexpr int kSchemaVersion = 10;  // 2: thesaurus group terms; 3: paragraph pages; 4: signatures; 5: segments;
    // 6: report keys; 7: no stop words, unpositioned headings, no paragraph id term;
    // 8: no signature term, report and signature slots packed; 9: paragraph records in a slot;
    // 10: binary paragraph records without the report id, smaller dictionary ids and frames
// A fingerprint of the table above, recorded beside the version.
std::string schema_fingerprint();

// User-metadata keys in the Xapian database.
inline constexpr std::string_view kMetaSchemaVersion = "assay:schema_version";
inline constexpr std::string_view kMetaSchemaFingerprint = "assay:schema_fingerprint";
inline constexpr std::string_view kMetaFacets = "assay:facets";
// The thesaurus fingerprint the group terms were written with; empty when mixed (an update
// under a changed table), in which case queries expand forms into phrases instead.
inline constexpr std::string_view kMetaThesaurus = "assay:thesaurus";
inline constexpr std::string_view kMetaReportPrefix = "assay:report:";
// Beside each record, what an update compares (ReportKey, stored.hpp).
inline constexpr std::string_view kMetaReportKeyPrefix = "assay:key:";

}  // namespace assay
