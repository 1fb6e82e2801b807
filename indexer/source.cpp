#include "indexer/source.hpp"
#include "indexer/extract_isolated.hpp"
#include "indexer/extracted_text.hpp"
#include "indexer/same_report.hpp"
#include "schema/facet_bitmaps.hpp"
#include "schema/utf8.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <system_error>

#include <sys/stat.h>
#include <unicode/unistr.h>

namespace fs = std::filesystem;

namespace assay {
namespace {

std::string lower_extension(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext;
}

bool has_report_extension(const fs::path& p) {
    std::string ext = lower_extension(p);
    return ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".html" || ext == ".htm" || ext == ".pdf" ||
           ext == ".docx";
}

bool hidden(const fs::path& p) {
    auto name = p.filename().string();
    return !name.empty() && name[0] == '.';
}

// Why a directory entry named like a report is not a file we can read.
std::string not_a_file_reason(const fs::path& p) {
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(p, ec))) {
        (void)fs::status(p, ec);
        if (ec == std::errc::too_many_symbolic_link_levels) return "symbolic link loop";
        if (ec == std::errc::no_such_file_or_directory) return "dangling symbolic link";
        if (ec) return "symbolic link: " + ec.message();
    }
    return "not a regular file";
}

// Binary, not text: NULs or other control bytes (tab, line breaks and form feed aside) make
// up more than 1% of the first 8 KB. A few stray NULs in a text file (damaged extraction)
// do not make it binary; they are removed with the other controls.
bool looks_binary(std::string_view bytes) {
    std::string_view head = bytes.substr(0, std::min<std::size_t>(bytes.size(), 8192));
    std::size_t controls = 0;
    for (unsigned char c : head) controls += c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r';
    return controls * 100 > head.size();
}

// Bytes that are mostly UTF-8 with a few broken sequences (a truncated copy, one stray byte)
// stay UTF-8 with U+FFFD for the broken parts; bytes with no multi-byte UTF-8 at all, or more
// bytes in broken sequences than in good multi-byte ones, are a legacy single-byte encoding.
bool mostly_utf8(std::string_view bytes) {
    std::size_t good = 0, bad = 0;
    for (std::size_t i = 0; i < bytes.size();) {
        std::size_t len = utf8_sequence_length(bytes, i);
        if (len == 0) {
            ++bad;
            ++i;
            continue;
        }
        if (len > 1) good += len;
        i += len;
    }
    return good > bad;
}

std::string size_text(std::uintmax_t bytes) {
    if (bytes >= (10ull << 20)) return std::to_string(bytes >> 20) + " MB";
    return std::to_string(bytes) + " bytes";
}

std::string from_codepage(const std::string& bytes, const char* codepage) {
    icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), codepage);
    std::string out;
    u.toUTF8String(out);
    return out;
}

}  // namespace

Enumeration enumerate_sources(const std::vector<fs::path>& roots) {
    Enumeration out;
    for (const auto& root : roots) {
        std::error_code ec;
        if (!fs::is_directory(root, ec)) {
            if (fs::is_regular_file(root, ec))
                out.files.push_back(root);
            else
                out.problems.emplace_back(root.string(), "not a folder or file");
            continue;
        }
        auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, ec);
        if (ec) {
            out.problems.emplace_back(root.string(), ec.message());
            continue;
        }
        for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec) {
                out.problems.emplace_back(it->path().string(), ec.message());
                ec.clear();
                continue;
            }
            const auto& entry = *it;
            if (hidden(entry.path())) {
                if (entry.is_directory(ec)) it.disable_recursion_pending();
                continue;
            }
            if (entry.is_symlink(ec) && entry.is_directory(ec)) continue;  // no loops
            if (entry.is_directory(ec) || !has_report_extension(entry.path())) continue;
            if (!entry.is_regular_file(ec)) {
                out.problems.emplace_back(entry.path().string(), not_a_file_reason(entry.path()));
                continue;
            }
            out.files.push_back(entry.path());
        }
    }
    // Absolute, normalised paths: report ids derive from them, so the same file has the same
    // id however the folder was spelled on the command line.
    for (auto& f : out.files) f = fs::absolute(f).lexically_normal();
    std::sort(out.files.begin(), out.files.end());
    out.files.erase(std::unique(out.files.begin(), out.files.end()), out.files.end());
    drop_same_report_twins(out);
    return out;
}

SourceText decode_source(std::string bytes, bool is_html) {
    SourceText out;
    out.bytes = bytes.size();
    if (bytes.empty()) {
        out.reason = "empty file";
        return out;
    }
    auto starts = [&](std::string_view bom) { return bytes.compare(0, bom.size(), bom) == 0; };
    if (starts("\xFF\xFE") || starts("\xFE\xFF")) {
        bool le = starts("\xFF\xFE");
        out.text = from_codepage(bytes.substr(2), le ? "UTF-16LE" : "UTF-16BE");
        out.note = le ? "decoded as UTF-16LE" : "decoded as UTF-16BE";
    } else {
        if (starts("\xEF\xBB\xBF")) bytes.erase(0, 3);
        if (looks_binary(bytes)) {
            out.reason = "binary file (NUL or control bytes)";
            return out;
        }
        if (is_valid_utf8(bytes)) {
            out.text = std::move(bytes);
        } else if (mostly_utf8(bytes)) {
            out.text = sanitize_utf8(bytes);
            out.note = "invalid UTF-8 sequences replaced with U+FFFD";
        } else {
            out.text = from_codepage(bytes, "windows-1252");
            out.note = "invalid UTF-8; decoded as Windows-1252";
        }
    }
    // Stray NULs and other C0 controls (but tab, newline, form feed, carriage return) go.
    strip_controls(out.text);
    if (is_html) out.text = html_to_text(out.text);
    std::size_t printable = 0;
    for (char c : out.text) printable += !std::isspace(static_cast<unsigned char>(c));
    if (printable == 0) {
        out.reason = "no text";
        out.text.clear();
        return out;
    }
    out.ok = true;
    return out;
}

SourceFormat source_format(const fs::path& file) {
    std::string ext = lower_extension(file);
    if (ext == ".pdf") return SourceFormat::pdf;
    if (ext == ".docx") return SourceFormat::docx;
    if (ext == ".html" || ext == ".htm") return SourceFormat::html;
    return SourceFormat::text;
}

namespace {
SourceText extract_document(const std::string& bytes, SourceFormat format, const ExtractLimits& limits) {
    SourceText out;
    out.bytes = bytes.size();
    out.format = format;
    if (bytes.empty()) {
        out.reason = "empty file";
        return out;
    }
    Extracted e = extract_isolated(format, bytes, limits);
    out.ok = e.ok;
    out.text = std::move(e.text);
    out.reason = std::move(e.reason);
    out.pages = e.pages;
    return out;
}
}  // namespace

std::string content_fingerprint(std::string_view bytes) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fnv1a64(bytes)));
    return buf;
}

std::string file_stamp(const fs::path& file) {
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0) return {};
    char buf[96];
    std::snprintf(buf, sizeof buf, "%lld:%lld.%09ld:%lld.%09ld:%llu", static_cast<long long>(st.st_size),
                  static_cast<long long>(st.st_mtim.tv_sec), st.st_mtim.tv_nsec,
                  static_cast<long long>(st.st_ctim.tv_sec), st.st_ctim.tv_nsec,
                  static_cast<unsigned long long>(st.st_ino));
    return buf;
}

std::optional<std::string> read_source_bytes(const fs::path& file, const SourceOptions& options, SourceText& out) {
    std::error_code ec;
    auto size = fs::file_size(file, ec);
    if (ec) {
        out.reason = "cannot read: " + ec.message();
        return std::nullopt;
    }
    out.bytes = size;
    if (size > options.max_file_bytes) {
        out.reason = "too large (" + size_text(size) + "; limit " + size_text(options.max_file_bytes) + ")";
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        out.reason = std::string("cannot read: ") + std::strerror(errno);
        return std::nullopt;
    }
    std::string bytes;
    bytes.resize(size);
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) {
        out.reason = "read error";
        return std::nullopt;
    }
    out.fingerprint = content_fingerprint(bytes);
    return bytes;
}

SourceText read_source(const fs::path& file, const SourceOptions& options) {
    SourceText read;
    auto bytes = read_source_bytes(file, options, read);
    if (!bytes) return read;
    const SourceFormat format = source_format(file);
    SourceText out = format == SourceFormat::pdf || format == SourceFormat::docx
                         ? extract_document(*bytes, format, options.extract)
                         : decode_source(std::move(*bytes), format == SourceFormat::html);
    out.format = format;
    out.fingerprint = std::move(read.fingerprint);
    return out;
}

}  // namespace assay
