// Facet bitmaps: for every facet term (prefix + value, e.g. "XAE09000011"), the Roaring bitmap
// of the Xapian docids carrying it. They are derived from the facet terms' posting lists just
// before each commit and stored in the same commit (user metadata kMetaFacets), so documents
// and facets can never drift apart.
//
// Serialised form (little-endian):
//   "ASFB" u32 version=1, u32 count,
//   count x { u32 term_len, term bytes, u32 bitmap_len, portable Roaring bytes },
//   u64 FNV-1a checksum of everything before it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <xapian.h>
#include <roaring/roaring.hh>

#include "schema/byte_io.hpp"

namespace assay {

struct FacetBitmaps {
    std::map<std::string, Roaring, std::less<>> by_term;

    // Reads every facet field's terms and posting lists from db.
    static FacetBitmaps from_database(const Xapian::Database& db);

    std::string serialise() const;
    // nullopt when the bytes are truncated, corrupt or fail the checksum.
    static std::optional<FacetBitmaps> deserialise(std::string_view bytes);

    const Roaring* find(std::string_view term) const;
    friend bool operator==(const FacetBitmaps& a, const FacetBitmaps& b) { return a.by_term == b.by_term; }
};

std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t seed = 1469598103934665603ULL);

// The body of a checksummed blob ("MAGC", u32 version, ..., u64 fnv1a64 of all before it),
// positioned after the version: empty when the magic, the size, the checksum or the version
// is not what the reader expects.
std::optional<ByteReader> checked_blob(std::string_view bytes, std::string_view magic, std::size_t min_size,
                                       std::uint32_t version);

}  // namespace assay
