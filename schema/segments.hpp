// Segments: how a generation holds its documents (schema version 3).
//
//   generations/<g>/XAPIANDB            a Xapian stub naming the segments ("glass <name>" lines),
//                                       so Xapian::Database("<g>") opens them all as one
//   generations/<g>/<segment>/          an immutable, compacted Xapian database without a termlist:
//                                       paragraphs, their facet bitmaps and report records
//   generations/<g>/<segment>.deleted   what later updates removed from that segment, if anything
//
// A segment is never changed once written (a termlist-free database cannot even be opened for
// writing). A new generation hard-links the segments it keeps, adds a segment for new and
// changed reports and writes deletion files beside the segments they concern. A folder that is
// itself a Xapian database counts as a generation of one segment with nothing deleted.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>
#include <roaring/roaring.hh>

namespace assay {

inline constexpr const char* kSegmentStub = "XAPIANDB";
inline constexpr std::string_view kDeletedSuffix = ".deleted";

// A generation's files disagree with each other or fail a checksum.
class SegmentLayoutError : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

// What has been removed from one segment. Deletions are always of whole reports.
struct Deletions {
    Roaring docs;                                // segment-local docids of deleted paragraphs
    std::map<std::string, std::string> reports;  // deleted report id -> zone term of its paragraphs

    bool empty() const { return docs.isEmpty() && reports.empty(); }
    // "ASDL" u32 version=1, u32 count, count x {u32 len, id, u32 len, zone}, u32 len, portable
    // Roaring bytes, u64 FNV-1a of everything before.
    std::string serialise() const;
    static std::optional<Deletions> deserialise(std::string_view bytes);
};

// Whether gen lists segments (rather than being one plain database).
bool is_segmented(const std::filesystem::path& gen);
// The segments of gen in search order; {""} for a plain database (the folder itself).
std::vector<std::string> read_segment_list(const std::filesystem::path& gen);
void write_segment_list(const std::filesystem::path& gen, const std::vector<std::string>& segments);

std::filesystem::path segment_path(const std::filesystem::path& gen, const std::string& segment);
std::filesystem::path deletions_path(const std::filesystem::path& gen, const std::string& segment);
// Empty when the segment has no deletion file; throws SegmentLayoutError when it is damaged.
Deletions read_deletions(const std::filesystem::path& gen, const std::string& segment);
void write_deletions(const std::filesystem::path& gen, const std::string& segment, const Deletions& d);

// A fresh segment name, unique across the index's generations (they share segments by name).
std::string new_segment_name();
// The boolean term every paragraph written into a segment carries.
std::string zone_term(const std::string& segment);

// Xapian numbers the documents of a multi-database round-robin over its sub-databases.
inline Xapian::docid global_docid(Xapian::docid local, std::size_t index, std::size_t count) {
    return static_cast<Xapian::docid>((local - 1) * count + index + 1);
}
// The inverse: which segment holds `global`, and its docid there.
struct LocalDocid {
    std::size_t index;
    Xapian::docid local;
};
inline LocalDocid local_docid(Xapian::docid global, std::size_t count) {
    return {(global - 1) % count, static_cast<Xapian::docid>((global - 1) / count + 1)};
}

// One segment of a generation, opened on its own.
struct OpenSegment {
    std::string name;
    std::filesystem::path path;
    Xapian::Database db;
    Deletions deleted;
};

// Opens one segment's (or a scratch segment's) database. Xapian opens its optional tables
// leniently: positions whose file cannot be opened, for any reason (EIO as well as "not
// there"), read as empty, and a merge or a search would go on without them. A segment's
// positions are there whenever their file is, and its documents (of this schema) always have a
// record: anything else throws DatabaseOpeningError.
Xapian::Database open_segment_database(const std::filesystem::path& dir);

// Every segment of gen with its deletions. Throws Xapian errors or SegmentLayoutError.
std::vector<OpenSegment> open_segments(const std::filesystem::path& gen);

// Calls visit(id, record, segment index) for each report record a segment still serves.
template <typename Visit>
void for_each_live_record(const std::vector<OpenSegment>& segments, std::string_view prefix, Visit&& visit);

}  // namespace assay

namespace assay {

template <typename Visit>
void for_each_live_record(const std::vector<OpenSegment>& segments, std::string_view prefix, Visit&& visit) {
    const std::string p(prefix);
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const auto& s = segments[i];
        for (auto k = s.db.metadata_keys_begin(p); k != s.db.metadata_keys_end(p); ++k) {
            std::string id = (*k).substr(p.size());
            if (s.deleted.reports.count(id)) continue;
            std::string value = s.db.get_metadata(*k);
            if (!value.empty()) visit(id, value, i);
        }
    }
}

}  // namespace assay
