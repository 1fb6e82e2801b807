// What the index stores for display, beside the terms:
//  - per paragraph document: a compact record (StoredParagraph) in value slot kSlotRecord;
//  - per report: a JSON record in user metadata (kMetaReportPrefix + id) with the citation
//    facts, judgements, recommendations and section outline.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <xapian.h>
#include <nlohmann/json.hpp>

#include "schema/report.hpp"

namespace assay {

// A paragraph's report is not in its record: the document's value slot kSlotReport names it
// (a 64-bit key of the report id), and every paragraph of a report would repeat the id.
struct StoredParagraph {
    std::uint32_t section = 0;  // index into the report's section outline
    std::uint32_t seq = 0;      // 0-based position of the paragraph in the report
    std::string number;         // printed number or ""
    std::size_t line = 0;
    std::size_t byte_offset = 0;
    std::uint32_t page = 0;  // 1-based page, 0 when the source has none
    bool list_item = false;
    bool table_row = false;
    std::string text;
};

// A plain record: a zero byte, then varints (section, seq, line, byte offset, page), a flags
// byte, the number (varint length, bytes) and the text to the end. Binary numbers and no
// separators: a record is a few hundred bytes and is stored for every paragraph. A compressed
// record (record_dictionary.hpp) starts with its dictionary's number instead, never zero.
std::string encode(const StoredParagraph& p);
std::optional<StoredParagraph> decode_paragraph(std::string_view data);

// A paragraph's record is a value, not the document data: glass tries zlib on every document
// data entry over 18 bytes, when it is written and again when it is compacted, and a zstd frame
// does not shrink (a fifth of a build's time: 26.0-26.3 s -> 21.3-21.7 s on the 100 MB bench
// corpus). Values live in the postlist table, which glass never compresses.
void set_stored_record(Xapian::Document& doc, const std::string& record);
std::string stored_record(const Xapian::Document& doc);

// The report record: everything about a report except its paragraph texts.
nlohmann::json report_record(const Report& r);

// A report record as stored: its JSON text compressed with zstd (kilobytes of JSON that repeat
// the same keys: a third of the bytes, 12.6 -> 4.3 MB on the 100 MB bench corpus). A file
// name need not be UTF-8 (Linux names are bytes): the record shows U+FFFD there.
std::string pack_report_record(const nlohmann::json& record);
// The record's JSON text (plain JSON passes through). Throws Xapian::DatabaseCorruptError when
// a compressed record is damaged.
std::string unpack_report_record(std::string_view stored);

// What an update needs of each indexed report, kept beside its record (kMetaReportKeyPrefix):
// about 100 bytes, NUL-separated, where the record runs to kilobytes of JSON. At 1 GB,
// lexing every record was most of the time an update took to find one changed file.
struct ReportKey {
    std::string source, fingerprint, stamp, part_of;
    static ReportKey of(const Report& r);
    std::string encode() const;
    static std::optional<ReportKey> decode(std::string_view bytes);
};

// Citation facts read back from a report record.
struct ReportCitation {
    std::string id, source, title, authority, ons_code, date, type, framework, part_of;
    std::string format;                                         // of the source file: text, html, pdf, docx
    std::string overall_grade;                                  // the word as printed, "" when none
    std::vector<std::pair<std::string, std::string>> sections;  // heading, kind
    static ReportCitation from_record(const nlohmann::json& j);
};

}  // namespace assay
