// Little-endian integers and length-prefixed strings in the checksummed files and metadata
// blobs (facet bitmaps, deletion files); the reader checks every bound.
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
