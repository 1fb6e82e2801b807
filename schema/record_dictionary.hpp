// Paragraph records compressed one by one with zstd and a dictionary trained on the segment's
// own paragraphs. A record is a few hundred bytes, too short for a compressor to learn
// anything from it alone; with a dictionary the stored text takes 9.4 MB on the real corpus
// instead of zlib's 16.4 MB, and reading one back takes under a microsecond
// (tests/bench/bench_stored). Per-report blocks were as small but cost a whole report's
// decompression for every hit.
//
// A compressed record starts with its dictionary's id (a varint, never 0), then a zstd frame
// stripped of what every record would repeat (magic number, dictionary id); a plain record
// starts with a zero byte (stored.hpp). Each segment keeps the dictionaries its records need
// in its metadata (kMetaDictionaryPrefix + id), so merged segments carry theirs along. Ids
// are small and given out by the index: a build numbers its segments' dictionaries 1, 2, ...,
// an update reuses the index's own, so within an index an id names one dictionary (a merge
// refuses two different ones under one id).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "schema/stored.hpp"

namespace assay {

inline constexpr std::string_view kMetaDictionaryPrefix = "assay:zdict:";

class RecordDictionary {
public:
    // A dictionary with this id (not 0), or null when zstd finds too little in the samples
    // to train on (a tiny segment).
    static std::shared_ptr<const RecordDictionary> train(const std::vector<std::string>& samples, std::uint32_t id);
    // Null when the bytes are not a zstd dictionary.
    static std::shared_ptr<const RecordDictionary> from_bytes(std::string bytes);
    ~RecordDictionary();
    RecordDictionary(const RecordDictionary&) = delete;
    RecordDictionary& operator=(const RecordDictionary&) = delete;

    std::uint32_t id() const { return id_; }
    const std::string& bytes() const { return bytes_; }
    std::string metadata_key() const;
    void store_in(Xapian::WritableDatabase& db) const { db.set_metadata(metadata_key(), bytes_); }

    std::string compress(std::string_view record) const;
    // The plain record, or nullopt when the compressed one is damaged or not this dictionary's.
    std::optional<std::string> decompress(std::string_view record) const;

private:
    RecordDictionary() = default;
    std::string bytes_;
    std::uint32_t id_ = 0;
    struct Tables;
    std::unique_ptr<Tables> tables_;
};

// The dictionaries of a set of segments, by id: reads any paragraph record they hold.
class RecordDecoder {
public:
    // Adds the segment's dictionaries. Throws Xapian::DatabaseCorruptError for a damaged one.
    void add_segment(const Xapian::Database& segment);
    void add(std::shared_ptr<const RecordDictionary> dictionary);
    // A paragraph from its stored record, plain or compressed. Throws
    // Xapian::DatabaseCorruptError when its dictionary is missing or the frame is damaged.
    std::optional<StoredParagraph> decode(std::string_view data) const;
    // The dictionary a new segment of this index should use (an update's few reports are too
    // few to train on): the one with the lowest id, so the same set always gives the same; or
    // null when there is none.
    std::shared_ptr<const RecordDictionary> any() const;
    // An id no dictionary here has (for a new one).
    std::uint32_t unused_id() const;
    std::size_t size() const { return by_id_.size(); }

private:
    std::unordered_map<std::uint32_t, std::shared_ptr<const RecordDictionary>> by_id_;
};

// Records name their dictionary by id alone: two different dictionaries held under one
// metadata key would decode records wrongly. Throws Xapian::DatabaseCorruptError naming the
// key when `held` is not empty and differs from `bytes`.
void require_same_dictionary(std::string_view key, std::string_view held, std::string_view bytes);

// Whether a stored record is compressed.
bool is_compressed_record(std::string_view data);

}  // namespace assay
