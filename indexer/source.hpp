// Source: finds report files below folders and reads them as valid UTF-8 text.
//
// Every problem is a per-file outcome with a reason, never an exception that stops a build:
// unreadable, empty, binary, too large, undecodable, a symbolic link loop or a dangling link.
// Recoverable oddities are decoded and noted. The one policy for bytes that are not UTF-8: a
// UTF-16 byte-order mark means UTF-16; text that is mostly UTF-8 keeps it, each broken
// sequence (overlong, surrogate, truncated, FF) becoming U+FFFD; anything else is read as
// Windows-1252. Either way the text handed on is valid UTF-8.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace assay {

struct SourceOptions {
    std::uintmax_t max_file_bytes = 32ull << 20;  // larger files are skipped with a reason
};

// Report files below each root (recursively; .txt .md .markdown .html .htm; hidden files and
// folders skipped; directory symlinks not followed), sorted by path for a stable order.
// A root that does not exist or is not a folder is reported in `problems`.
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
};
SourceText read_source(const std::filesystem::path& file, const SourceOptions& options = {});

// Decoding rules on bytes already in memory (read_source uses it; tests call it directly).
SourceText decode_source(std::string bytes, bool is_html);

// Plain text of an HTML page: block elements become line breaks, script/style dropped,
// entities decoded.
std::string html_to_text(std::string_view html);

}  // namespace assay
