// bench_stored INDEX: what the stored paragraph text costs compressed two ways.
//  - per paragraph with zlib (what Xapian's docdata table does with each document's data),
//  - per report with zstd (all of a report's paragraph records in one block), levels 3 and 9.
// Prints the bytes of each, the docdata.glass files' size, and the time to compress and to
// decompress one block (what showing one hit would cost). Figures, not pass/fail.
#include <chrono>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include <xapian.h>
#include <zlib.h>
#include <zstd.h>

#include "schema/index_layout.hpp"
#include "schema/segments.hpp"
#include "schema/stored.hpp"

using namespace assay;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {
double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::size_t zlib_size(const std::string& s) {
    uLongf n = compressBound(s.size());
    std::string out(n, '\0');
    compress2(reinterpret_cast<Bytef*>(out.data()), &n, reinterpret_cast<const Bytef*>(s.data()), s.size(),
              Z_DEFAULT_COMPRESSION);
    return std::min<std::size_t>(n, s.size());  // Xapian stores a tag raw when compression does not help
}
}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_stored INDEX\n");
        return 2;
    }
    auto gen = current_generation(argv[1]);
    if (!gen) return 1;
    std::uintmax_t docdata_file = 0;
    std::vector<std::string> blocks;  // per report: its paragraphs' records, in order
    std::size_t raw = 0, zlib_total = 0, paragraphs = 0;
    for (const auto& seg : open_segments(*gen)) {
        std::error_code ec;
        docdata_file += fs::file_size(seg.path / "docdata.glass", ec);
        std::map<std::string, std::size_t> block_of;
        for (auto p = seg.db.postlist_begin(""); p != seg.db.postlist_end(""); ++p) {
            std::string data = seg.db.get_document(*p).get_data();
            auto stored = decode_paragraph(data);
            if (!stored) continue;
            raw += data.size();
            zlib_total += zlib_size(data);
            ++paragraphs;
            auto [it, fresh] = block_of.emplace(stored->report_id, blocks.size());
            if (fresh) blocks.emplace_back();
            blocks[it->second] += data;
            blocks[it->second].push_back('\0');
        }
    }
    std::printf("paragraphs %zu, reports %zu, raw %.1f MB, docdata.glass files %.1f MB\n", paragraphs, blocks.size(),
                raw / 1e6, docdata_file / 1e6);
    std::printf("zlib per paragraph: %.1f MB\n", zlib_total / 1e6);
    for (int level : {3, 9, 19}) {
        std::size_t total = 0;
        std::vector<std::string> packed;
        auto t = Clock::now();
        for (const auto& b : blocks) {
            std::string out(ZSTD_compressBound(b.size()), '\0');
            std::size_t n = ZSTD_compress(out.data(), out.size(), b.data(), b.size(), level);
            out.resize(n);
            total += n;
            packed.push_back(std::move(out));
        }
        double compress_s = since(t);
        t = Clock::now();
        std::string back;
        for (std::size_t i = 0; i < packed.size(); ++i) {
            back.resize(blocks[i].size());
            ZSTD_decompress(back.data(), back.size(), packed[i].data(), packed[i].size());
        }
        double per_block_us = since(t) / std::max<std::size_t>(1, packed.size()) * 1e6;
        std::printf("zstd-%d per report: %.1f MB (compress %.2f s; decompress %.0f us a report)\n", level, total / 1e6,
                    compress_s, per_block_us);
    }
}
