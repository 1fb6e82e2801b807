#include "schema/record_dictionary.hpp"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <new>

#include <zdict.h>
// For ZSTD_initStaticCDict/DDict (see RecordDictionary::Tables) and the magicless frame format.
#define ZSTD_STATIC_LINKING_ONLY
#include <zstd.h>

#include "schema/byte_io.hpp"
#include "schema/child_process.hpp"

namespace assay {
namespace {

// Measured on the 100 MB bench corpus, a dictionary trained on each segment's first 1 MB of
// records: 112 KB (zstd's default) gave 33.9 MB of records, 256 KB 32.6 MB. Higher levels
// save up to 7% more (level 7: 2 MB) for three times the compression time (0.6 -> 2.0 s of
// CPU, tests/bench/bench_stored), where a build is short of time more than of space.
constexpr std::size_t kDictionaryBytes = 256 * 1024;
constexpr int kLevel = 3;
// The compression tables are sized for a record of about this many bytes and the dictionary:
// tables for a stream of unknown size are sized for megabytes of input.
constexpr unsigned long long kTypicalRecordBytes = 1024;
// Training on 1 MB takes well under a second; a child stuck past this (a lock held at the
// fork, as under ASan) is killed and the segment keeps plain records.
constexpr std::chrono::milliseconds kTrainingLimit{60000};

// One context per thread: zstd's contexts are reusable but not shareable, and making one per
// record would cost more than the record. Null while memory for one cannot be had.
ZSTD_CCtx* compress_context() {
    thread_local std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> ctx(nullptr, ZSTD_freeCCtx);
    if (!ctx) {
        ctx.reset(ZSTD_createCCtx());
        if (!ctx) return nullptr;
        // What every record would repeat is left out of its frame (record_dictionary.hpp).
        ZSTD_CCtx_setParameter(ctx.get(), ZSTD_c_format, ZSTD_f_zstd1_magicless);
        ZSTD_CCtx_setParameter(ctx.get(), ZSTD_c_dictIDFlag, 0);
        ZSTD_CCtx_setParameter(ctx.get(), ZSTD_c_checksumFlag, 0);
    }
    return ctx.get();
}
ZSTD_DCtx* decompress_context() {
    thread_local std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> ctx(nullptr, ZSTD_freeDCtx);
    if (!ctx) {
        ctx.reset(ZSTD_createDCtx());
        if (!ctx) throw std::bad_alloc();
        ZSTD_DCtx_setParameter(ctx.get(), ZSTD_d_format, ZSTD_f_zstd1_magicless);
    }
    return ctx.get();
}

}  // namespace

// The compression and decompression tables live in buffers of our own: libzstd 1.5.4's
// ZSTD_createCDict dereferences a null workspace when its allocation fails, where a failed
// std::string is an exception we can catch. The compression tables are made at the first
// compress(): a search only decompresses, and need not build them at every reload.
struct RecordDictionary::Tables {
    std::string cdict_space, ddict_space;
    std::once_flag cdict_once;
    const ZSTD_CDict* cdict = nullptr;  // null until the first compress(), or without memory for it
    const ZSTD_DDict* ddict = nullptr;

    void make_cdict(const std::string& dict) {
        try {
            ZSTD_compressionParameters params = ZSTD_getCParams(kLevel, kTypicalRecordBytes, dict.size());
            cdict_space.resize(ZSTD_estimateCDictSize_advanced(dict.size(), params, ZSTD_dlm_byRef));
            cdict = ZSTD_initStaticCDict(cdict_space.data(), cdict_space.size(), dict.data(), dict.size(),
                                         ZSTD_dlm_byRef, ZSTD_dct_auto, params);
        } catch (const std::bad_alloc&) {
            cdict = nullptr;
        }
    }
};

RecordDictionary::~RecordDictionary() = default;

// A dictionary only makes records smaller: when one cannot be trained, records stay plain.
// Training runs in a child process: libzstd 1.5.4's trainer dereferences a null table when an
// allocation fails inside it (ZDICT_finalizeDictionary -> ZSTD_createCDict_advanced), which
// would end the whole build instead of costing it its dictionary.
std::shared_ptr<const RecordDictionary> RecordDictionary::train(const std::vector<std::string>& samples,
                                                                std::uint32_t id) try {
    if (id == 0) return nullptr;
    std::string joined;
    std::vector<std::size_t> sizes;
    for (const auto& s : samples) {
        joined += s;
        sizes.push_back(s.size());
    }
    auto trained = run_in_child(
        [&] {
            std::string dict(kDictionaryBytes, '\0');
            std::size_t n = ZDICT_trainFromBuffer(dict.data(), dict.size(), joined.data(), sizes.data(),
                                                  static_cast<unsigned>(sizes.size()));
            if (ZDICT_isError(n)) return std::string();
            dict.resize(n);
            return dict;
        },
        kTrainingLimit);
    if (!trained.completed || trained.output.size() < 8) return nullptr;
    // The dictionary's id is bytes 4-7 of its header, little-endian (zstd's format spec);
    // the trainer picks a random one, and records name theirs in a byte or two.
    for (int i = 0; i < 4; ++i) trained.output[4 + i] = static_cast<char>((id >> (8 * i)) & 0xff);
    return from_bytes(std::move(trained.output));
} catch (const std::bad_alloc&) {
    return nullptr;
}

std::shared_ptr<const RecordDictionary> RecordDictionary::from_bytes(std::string bytes) try {
    unsigned id = ZSTD_getDictID_fromDict(bytes.data(), bytes.size());
    if (id == 0) return nullptr;  // raw content, not a trained dictionary
    std::shared_ptr<RecordDictionary> d(new RecordDictionary());
    d->bytes_ = std::move(bytes);  // the tables refer to these bytes: they stay put from here
    d->id_ = id;
    d->tables_ = std::make_unique<Tables>();
    Tables& t = *d->tables_;
    const std::string& dict = d->bytes_;
    t.ddict_space.resize(ZSTD_estimateDDictSize(dict.size(), ZSTD_dlm_byRef));
    t.ddict = ZSTD_initStaticDDict(t.ddict_space.data(), t.ddict_space.size(), dict.data(), dict.size(), ZSTD_dlm_byRef,
                                   ZSTD_dct_auto);
    if (!t.ddict) return nullptr;
    return d;
} catch (const std::bad_alloc&) {
    return nullptr;
}

std::string RecordDictionary::metadata_key() const { return std::string(kMetaDictionaryPrefix) + std::to_string(id_); }

// A record that cannot be compressed (no memory for the tables or a context) is kept plain:
// still readable. A compressed record is its dictionary's id (a varint, never 0) and a zstd
// frame without the magic number, the dictionary id or a checksum: 10 bytes a paragraph less.
std::string RecordDictionary::compress(std::string_view record) const {
    std::call_once(tables_->cdict_once, [&] { tables_->make_cdict(bytes_); });
    ZSTD_CCtx* ctx = compress_context();
    if (!ctx || !tables_->cdict || ZSTD_isError(ZSTD_CCtx_refCDict(ctx, tables_->cdict))) return std::string(record);
    std::string out;
    put_varint(out, id_);
    const std::size_t head = out.size();
    out.resize(head + ZSTD_compressBound(record.size()));
    std::size_t n = ZSTD_compress2(ctx, out.data() + head, out.size() - head, record.data(), record.size());
    if (ZSTD_isError(n)) return std::string(record);
    out.resize(head + n);
    return out;
}

std::optional<std::string> RecordDictionary::decompress(std::string_view record) const {
    ByteReader in{record};
    if (in.varint() != id_ || !in.ok) return std::nullopt;
    std::string_view frame = in.rest();
    ZSTD_frameHeader header;
    if (ZSTD_getFrameHeader_advanced(&header, frame.data(), frame.size(), ZSTD_f_zstd1_magicless) != 0)
        return std::nullopt;
    unsigned long long size = header.frameContentSize;
    if (size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1u << 26)) return std::nullopt;
    std::string out(size, '\0');
    std::size_t n = ZSTD_decompress_usingDDict(decompress_context(), out.data(), out.size(), frame.data(), frame.size(),
                                               tables_->ddict);
    if (ZSTD_isError(n) || n != size) return std::nullopt;
    return out;
}

void require_same_dictionary(std::string_view key, std::string_view held, std::string_view bytes) {
    if (!held.empty() && held != bytes)
        throw Xapian::DatabaseCorruptError("two segments hold different record dictionaries under one id (" +
                                           std::string(key) + ")");
}

bool is_compressed_record(std::string_view data) { return !data.empty() && data[0] != 0; }

void RecordDecoder::add_segment(const Xapian::Database& segment) {
    const std::string prefix(kMetaDictionaryPrefix);
    for (auto k = segment.metadata_keys_begin(prefix); k != segment.metadata_keys_end(prefix); ++k) {
        auto id = static_cast<std::uint32_t>(std::stoul((*k).substr(prefix.size())));
        std::string bytes = segment.get_metadata(*k);
        if (auto held = by_id_.find(id); held != by_id_.end()) {
            require_same_dictionary(*k, held->second->bytes(), bytes);
            continue;
        }
        auto d = RecordDictionary::from_bytes(std::move(bytes));
        if (!d || d->id() != id) throw Xapian::DatabaseCorruptError("a record dictionary is damaged (" + *k + ")");
        by_id_.emplace(id, std::move(d));
    }
}

void RecordDecoder::add(std::shared_ptr<const RecordDictionary> dictionary) {
    if (dictionary) by_id_.emplace(dictionary->id(), std::move(dictionary));
}

std::optional<StoredParagraph> RecordDecoder::decode(std::string_view data) const {
    // Every paragraph has a record: none means Xapian could not read its value.
    if (data.empty()) throw Xapian::DatabaseCorruptError("a paragraph's record cannot be read");
    if (!is_compressed_record(data)) return decode_paragraph(data);
    ByteReader in{data};
    std::uint64_t id = in.varint();
    auto it = in.ok && id <= UINT32_MAX ? by_id_.find(static_cast<std::uint32_t>(id)) : by_id_.end();
    if (it == by_id_.end())
        throw Xapian::DatabaseCorruptError("a paragraph record names a dictionary the index does not hold (" +
                                           std::to_string(id) + ")");
    auto plain = it->second->decompress(data);
    if (!plain) throw Xapian::DatabaseCorruptError("a compressed paragraph record is damaged");
    return decode_paragraph(*plain);
}

std::uint32_t RecordDecoder::unused_id() const {
    std::uint32_t id = 0;
    for (const auto& [held, d] : by_id_) id = std::max(id, held);
    return id + 1;
}

std::shared_ptr<const RecordDictionary> RecordDecoder::any() const {
    std::shared_ptr<const RecordDictionary> best;
    for (const auto& [id, d] : by_id_)
        if (!best || id < best->id()) best = d;
    return best;
}

}  // namespace assay
