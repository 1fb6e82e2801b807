// fuzz_facet_bitmaps: bytes -> the facet bitmap loader. Each input is tried twice: as it is
// (almost always stopped by the checksum) and with its checksum made right, which reaches the
// parser and CRoaring's loader as a corrupt blob with a valid checksum would (R11).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/check.hpp"
#include "schema/facet_bitmaps.hpp"

namespace assay::fuzz {

inline void exercise(const FacetBitmaps& facets) {
    Roaring probe;
    probe.addRange(0, 64);
    for (const auto& [term, bm] : facets.by_term) {
        std::uint64_t n = 0;
        for (auto v : bm) {
            (void)v;
            if (++n > bm.cardinality()) break;
        }
        require(n == bm.cardinality(), "iteration agrees with the cardinality");
        (void)(bm & probe).cardinality();  // what facet counting does
        require(facets.find(term) == &bm, "find returns the stored bitmap");
    }
    auto again = FacetBitmaps::deserialise(facets.serialise());
    require(again && *again == facets, "what loads serialises and loads back the same");
}

inline int facet_bitmaps_one(const std::uint8_t* data, std::size_t size) {
    std::string bytes(reinterpret_cast<const char*>(data), size);
    if (auto f = FacetBitmaps::deserialise(bytes)) exercise(*f);
    if (bytes.size() >= 20) {
        std::string body = bytes.substr(0, bytes.size() - 8);
        std::uint64_t sum = fnv1a64(body);
        for (int i = 0; i < 8; ++i) body.push_back(static_cast<char>((sum >> (8 * i)) & 0xff));
        if (auto f = FacetBitmaps::deserialise(body)) exercise(*f);
    }
    return 0;
}

}  // namespace assay::fuzz
