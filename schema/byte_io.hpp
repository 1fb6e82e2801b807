// Little-endian integers, varints and length-prefixed strings in the checksummed files,
// metadata blobs (facet bitmaps, deletion files) and paragraph records; the reader checks
// every bound.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace assay {

inline void put_u32(std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
inline void put_u64(std::string& out, std::uint64_t v) {
    for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
// Seven bits a byte, low first, the top bit set on every byte but the last (LEB128).
inline void put_varint(std::string& out, std::uint64_t v) {
    for (; v >= 0x80; v >>= 7) out.push_back(static_cast<char>((v & 0x7f) | 0x80));
    out.push_back(static_cast<char>(v));
}
inline void put_string(std::string& out, std::string_view s) {
    put_u32(out, static_cast<std::uint32_t>(s.size()));
    out += s;
}

// Reads from `in` at `at`; once a read overruns, ok is false and every later read gives 0/"".
struct ByteReader {
    std::string_view in;
    std::size_t at = 0;
    bool ok = true;
    std::uint64_t get(int bytes) {
        if (!ok || in.size() - at < static_cast<std::size_t>(bytes)) {
            ok = false;
            return 0;
        }
        std::uint64_t v = 0;
        for (int i = 0; i < bytes; ++i) v |= std::uint64_t(static_cast<unsigned char>(in[at + i])) << (8 * i);
        at += static_cast<std::size_t>(bytes);
        return v;
    }
    std::uint64_t varint() {
        std::uint64_t v = 0;
        for (int shift = 0; ok && shift < 64; shift += 7) {
            if (at >= in.size()) break;
            auto byte = static_cast<unsigned char>(in[at++]);
            v |= std::uint64_t(byte & 0x7f) << shift;
            if (!(byte & 0x80)) return v;
        }
        ok = false;
        return 0;
    }
    std::string_view rest() {
        if (!ok) return {};
        auto s = in.substr(at);
        at = in.size();
        return s;
    }
    std::string_view take(std::size_t n) {
        if (!ok || in.size() - at < n) {
            ok = false;
            return {};
        }
        auto s = in.substr(at, n);
        at += n;
        return s;
    }
};

}  // namespace assay
