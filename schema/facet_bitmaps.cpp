#include "schema/facet_bitmaps.hpp"

#include <cstring>

#include "schema/byte_io.hpp"
#include "schema/fields.hpp"
#include "schema/roaring_check.hpp"

namespace assay {

std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t h) {
    for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ULL;
    return h;
}

FacetBitmaps FacetBitmaps::from_database(const Xapian::Database& db) {
    FacetBitmaps out;
    for (FieldId id : kFacetFields) {
        const auto& spec = field(id);
        std::string prefix(spec.prefix);
        for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
            Roaring bm;
            for (auto p = db.postlist_begin(*t); p != db.postlist_end(*t); ++p) bm.add(*p);
            bm.runOptimize();
            out.by_term.emplace(*t, std::move(bm));
        }
    }
    return out;
}

std::string FacetBitmaps::serialise() const {
    std::string out = "ASFB";
    put_u32(out, 1);
    put_u32(out, static_cast<std::uint32_t>(by_term.size()));
    std::string buf;
    for (const auto& [term, bm] : by_term) {
        put_u32(out, static_cast<std::uint32_t>(term.size()));
        out += term;
        buf.resize(bm.getSizeInBytes());
        bm.write(buf.data());
        put_u32(out, static_cast<std::uint32_t>(buf.size()));
        out += buf;
    }
    put_u64(out, fnv1a64(out));
    return out;
}

std::optional<ByteReader> checked_blob(std::string_view bytes, std::string_view magic, std::size_t min_size,
                                       std::uint32_t version) {
    if (bytes.size() < min_size || bytes.substr(0, magic.size()) != magic) return std::nullopt;
    ByteReader tail{bytes.substr(bytes.size() - 8)};
    if (tail.get(8) != fnv1a64(bytes.substr(0, bytes.size() - 8))) return std::nullopt;
    ByteReader r{bytes.substr(0, bytes.size() - 8), magic.size()};
    if (r.get(4) != version) return std::nullopt;
    return r;
}

std::optional<FacetBitmaps> FacetBitmaps::deserialise(std::string_view bytes) {
    auto body = checked_blob(bytes, "ASFB", 20, 1);
    if (!body) return std::nullopt;
    ByteReader& r = *body;
    auto count = r.get(4);
    FacetBitmaps out;
    for (std::uint64_t i = 0; i < count && r.ok; ++i) {
        std::string term(r.take(r.get(4)));
        auto len = r.get(4);
        auto raw = r.take(len);
        if (!r.ok) break;
        try {
            Roaring bm = Roaring::readSafe(raw.data(), raw.size());
            if (!roaring_well_formed(bm)) return std::nullopt;  // readSafe does not check content
            out.by_term.emplace(std::move(term), std::move(bm));
        } catch (const std::exception&) {
            return std::nullopt;
        }
    }
    if (!r.ok || r.at != r.in.size()) return std::nullopt;
    return out;
}

const Roaring* FacetBitmaps::find(std::string_view term) const {
    auto it = by_term.find(term);
    return it == by_term.end() ? nullptr : &it->second;
}

}  // namespace assay
