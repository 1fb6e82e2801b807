// bench_stored INDEX: what the stored paragraph text costs compressed three ways.
//  - per paragraph with zlib (what Xapian's docdata table would do with them as document data),
//  - per report with zstd (all of a report's paragraph records in one block), levels 3 to 19,
//  - per paragraph with zstd and a dictionary (what the index stores: schema/record_dictionary.hpp).
// Prints the bytes of each and the time to compress and to
// decompress one block (what showing one hit would cost). Figures, not pass/fail.
#include <chrono>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include <xapian.h>
#include <zlib.h>
#include <zstd.h>

#include "schema/fields.hpp"
#include "schema/index_layout.hpp"
#include "schema/record_dictionary.hpp"
#include "schema/segments.hpp"
#include "schema/stored.hpp"

using namespace assay;
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
    std::vector<std::string> blocks;  // per report: its paragraphs' records, in order
    std::size_t raw = 0, zlib_total = 0, as_stored = 0, paragraphs = 0;
    for (const auto& seg : open_segments(*gen)) {
        RecordDecoder decoder;
        decoder.add_segment(seg.db);
        std::map<std::string, std::size_t> block_of;
        for (auto p = seg.db.postlist_begin(""); p != seg.db.postlist_end(""); ++p) {
            Xapian::Document doc = seg.db.get_document(*p);
            std::string stored_bytes = stored_record(doc);
            auto stored = decoder.decode(stored_bytes);
            if (!stored) continue;
            as_stored += is_compressed_record(stored_bytes) ? stored_bytes.size() : zlib_size(stored_bytes);
            std::string data = encode(*stored);
            raw += data.size();
            zlib_total += zlib_size(data);
            ++paragraphs;
            auto [it, fresh] = block_of.emplace(doc.get_value(kSlotReport), blocks.size());
            if (fresh) blocks.emplace_back();
            blocks[it->second] += data;
            blocks[it->second].push_back('\0');
        }
    }
    std::printf("paragraphs %zu, reports %zu, raw %.1f MB\n", paragraphs, blocks.size(), raw / 1e6);
    std::printf("as the index stores them: %.1f MB\n", as_stored / 1e6);
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
    // Per paragraph with a dictionary trained on a sample of the paragraphs themselves.
    std::vector<std::string> samples;
    std::size_t sampled = 0;
    for (std::size_t i = 0; i < blocks.size() && sampled < (std::size_t{8} << 20); i += 3) {
        std::size_t start = 0;
        for (std::size_t end; (end = blocks[i].find('\0', start)) != std::string::npos; start = end + 1) {
            samples.push_back(blocks[i].substr(start, end - start));
            sampled += end - start;
        }
    }
    auto t = Clock::now();
    auto dict = RecordDictionary::train(samples, 1);
    if (!dict) return 0;
    double train_s = since(t);
    std::size_t total = 0, records = 0;
    double decompress_s = 0;
    t = Clock::now();
    for (const auto& b : blocks) {
        std::size_t start = 0;
        for (std::size_t end; (end = b.find('\0', start)) != std::string::npos; start = end + 1) {
            std::string packed = dict->compress(std::string_view(b).substr(start, end - start));
            total += packed.size();
            ++records;
            auto d0 = Clock::now();
            if (!dict->decompress(packed)) return 1;
            decompress_s += since(d0);
        }
    }
    std::printf(
        "per paragraph as the index compresses, %zu KB dictionary from %.1f MB: %.1f MB (train %.1f s, compress %.2f "
        "s; "
        "decompress %.1f us a paragraph)\n",
        dict->bytes().size() >> 10, sampled / 1e6, total / 1e6, train_s, since(t) - decompress_s,
        decompress_s / std::max<std::size_t>(1, records) * 1e6);
}
