// Source: finds report files below folders and reads them as valid UTF-8 text.
//
// PDF and Word (.docx) files are read through their extractors (extraction.hpp), each in a
// bounded child process (extract_isolated.hpp); a file that cannot be read gets a reason.
// Every problem is a per-file outcome with a reason, never an exception that stops a build:
// unreadable, empty, binary, too large, undecodable, a symbolic link loop or a dangling link.
// Recoverable oddities are decoded and noted. The one policy for bytes that are not UTF-8: a
// UTF-16 byte-order mark means UTF-16; text that is mostly UTF-8 keeps it, each broken
// sequence (overlong, surrogate, truncated, FF) becoming U+FFFD; anything else is read as
// Windows-1252. Either way the text handed on is valid UTF-8.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "indexer/extraction.hpp"

namespace assay {

struct SourceOptions {
    std::uintmax_t max_file_bytes = 32ull << 20;  // larger files are skipped with a reason
    ExtractLimits extract;                        // PDF and Word files
};

// Report files below each root (recursively; .txt .md .markdown .html .htm .pdf .docx; hidden
// files and folders skipped; directory symlinks not followed), sorted by path for a stable
// order. A root that does not exist or is not a folder is reported in `problems`.
// The same report twice: files in one folder with the same name but for the extension are one
// report; the best format is kept (PDF, then Word, HTML, Markdown, text: a PDF has pages) and
// each other one is reported in `problems` with the name of the file kept.
struct Enumeration {
    std::vector<std::filesystem::path> files;
    std::vector<std::pair<std::string, std::string>> problems;  // path, reason
};
Enumeration enumerate_sources(const std::vector<std::filesystem::path>& roots);

struct SourceText {
    bool ok = false;
    std::string text;    // valid UTF-8 when ok
    std::string reason;  // why it was skipped (when !ok)
    std::string note;    // how it was decoded, when not plain UTF-8 ("decoded as Windows-1252")
    std::uintmax_t bytes = 0;
    SourceFormat format = SourceFormat::text;
    std::uint32_t pages = 0;  // PDF page count; 0 when the format has no pages
    std::string fingerprint;  // content_fingerprint of the file's bytes (set by read_source)
};

// 16 hex digits of a hash of a file's bytes: what tells an update a file changed.
std::string content_fingerprint(std::string_view bytes);

// The file's size, modification and change times (ns) and inode, as one string; empty when it
// cannot be stat'ed. A file whose stamp is what it was when indexed has not been written since
// (the change time cannot be set back), so an update need not read it; a different stamp
// sends the update to the fingerprint.
std::string file_stamp(const std::filesystem::path& file);

// The file's bytes, with `out.bytes` and `out.fingerprint` set; nullopt with `out.reason`
// when it cannot be read or is over the size limit. Neither decodes nor extracts, so an
// update can tell an unchanged PDF without reading its text.
std::optional<std::string> read_source_bytes(const std::filesystem::path& file, const SourceOptions& options,
                                             SourceText& out);

SourceFormat source_format(const std::filesystem::path& file);
SourceText read_source(const std::filesystem::path& file, const SourceOptions& options = {});

// Decoding rules on bytes already in memory (read_source uses it; tests call it directly).
SourceText decode_source(std::string bytes, bool is_html);

// Plain text of an HTML page: block elements become line breaks, script/style dropped,
// entities decoded.
std::string html_to_text(std::string_view html);

}  // namespace assay
