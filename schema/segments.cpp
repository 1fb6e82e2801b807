#include "schema/segments.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <sstream>

#include "schema/byte_io.hpp"
#include "schema/facet_bitmaps.hpp"
#include "schema/fields.hpp"
#include "schema/roaring_check.hpp"
#include "schema/stored.hpp"

namespace fs = std::filesystem;

namespace assay {
namespace {

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw SegmentLayoutError("cannot read " + path.string());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Through a new file renamed into place: the old name may be a hard link that an earlier
// generation shares, which must not change.
// The system's reason goes into the message ("No space left on device").
void write_file(const fs::path& path, const std::string& bytes) {
    fs::path tmp = path.string() + ".tmp";
    auto fail = [&] { throw SegmentLayoutError("cannot write " + tmp.string() + ": " + std::strerror(errno)); };
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) fail();
    for (std::size_t done = 0; done < bytes.size();) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            int saved = errno ? errno : EIO;
            ::close(fd);
            errno = saved;
            fail();
        }
        done += static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0) fail();
    fs::rename(tmp, path);
}

bool valid_name(const std::string& name) {
    return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos;
}

}  // namespace

std::string Deletions::serialise() const {
    std::string out = "ASDL";
    put_u32(out, 1);
    put_u32(out, static_cast<std::uint32_t>(reports.size()));
    for (const auto& [id, zone] : reports) {
        put_string(out, id);
        put_string(out, zone);
    }
    Roaring bm = docs;
    bm.runOptimize();
    std::string buf(bm.getSizeInBytes(), '\0');
    bm.write(buf.data());
    put_string(out, buf);
    put_u64(out, fnv1a64(out));
    return out;
}

std::optional<Deletions> Deletions::deserialise(std::string_view bytes) {
    auto body = checked_blob(bytes, "ASDL", 24, 1);
    if (!body) return std::nullopt;
    ByteReader& r = *body;
    Deletions d;
    auto count = r.get(4);
    for (std::uint64_t i = 0; i < count && r.ok; ++i) {
        std::string id(r.take(r.get(4)));
        std::string zone(r.take(r.get(4)));
        if (r.ok) d.reports.emplace(std::move(id), std::move(zone));
    }
    auto raw = r.take(r.get(4));
    if (!r.ok || r.at != r.in.size()) return std::nullopt;
    try {
        d.docs = Roaring::readSafe(raw.data(), raw.size());
        if (!roaring_well_formed(d.docs)) return std::nullopt;
    } catch (const std::exception&) {
        return std::nullopt;
    }
    return d;
}

bool is_segmented(const fs::path& gen) {
    std::error_code ec;
    return fs::is_regular_file(gen / kSegmentStub, ec);
}

std::vector<std::string> read_segment_list(const fs::path& gen) {
    if (!is_segmented(gen)) return {""};
    std::istringstream lines(read_file(gen / kSegmentStub));
    std::vector<std::string> out;
    for (std::string line; std::getline(lines, line);) {
        if (line.empty()) continue;
        auto space = line.find(' ');
        std::string name = space == std::string::npos ? "" : line.substr(space + 1);
        if (line.substr(0, space) != "glass" || !valid_name(name))
            throw SegmentLayoutError("segment list " + (gen / kSegmentStub).string() + " has a bad line: " + line);
        out.push_back(std::move(name));
    }
    return out;
}

void write_segment_list(const fs::path& gen, const std::vector<std::string>& segments) {
    std::string text;
    for (const auto& s : segments) text += "glass " + s + "\n";
    write_file(gen / kSegmentStub, text);
}

fs::path segment_path(const fs::path& gen, const std::string& segment) { return segment.empty() ? gen : gen / segment; }

fs::path deletions_path(const fs::path& gen, const std::string& segment) {
    return gen / (segment + std::string(kDeletedSuffix));
}

Deletions read_deletions(const fs::path& gen, const std::string& segment) {
    if (segment.empty()) return {};
    fs::path path = deletions_path(gen, segment);
    std::error_code ec;
    if (!fs::exists(path, ec)) return {};
    auto d = Deletions::deserialise(read_file(path));
    if (!d) throw SegmentLayoutError("deletion file " + path.string() + " is damaged (fails its checksum)");
    return std::move(*d);
}

void write_deletions(const fs::path& gen, const std::string& segment, const Deletions& d) {
    write_file(deletions_path(gen, segment), d.serialise());
}

std::string new_segment_name() {
    static std::atomic<unsigned> counter{0};
    auto now = std::chrono::system_clock::now().time_since_epoch();
    auto micros = std::chrono::duration_cast<std::chrono::microseconds>(now).count();
    char name[64];
    std::snprintf(name, sizeof name, "s%016lld-%04u", static_cast<long long>(micros), counter++ % 10000);
    return name;
}

std::string zone_term(const std::string& segment) { return std::string(field(FieldId::zone).prefix) + segment; }

Xapian::Database open_segment_database(const fs::path& dir) {
    Xapian::Database db(dir.string());
    if (db.get_doccount() == 0) return db;
    // Xapian does not say why; opening the file again may.
    auto unreadable = [&](const char* what, const char* file) {
        std::string why = "the index library could not open " + std::string(file);
        int fd = ::open((dir / file).c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            why = std::string(file) + ": " + std::strerror(errno);
        else
            ::close(fd);
        return Xapian::DatabaseOpeningError("cannot read the " + std::string(what) + " of " + dir.string() + " (" +
                                            why + ")");
    };
    std::error_code ec;
    auto positions = fs::file_size(dir / "position.glass", ec);
    if (!ec && positions > 0 && !db.has_positions()) throw unreadable("positions", "position.glass");
    // A segment of another schema keeps its records elsewhere: its readers say to rebuild it.
    if (db.get_metadata(std::string(kMetaSchemaVersion)) == std::to_string(kSchemaVersion) &&
        stored_record(db.get_document(*db.postlist_begin(""), Xapian::DOC_ASSUME_VALID)).empty())
        throw Xapian::DatabaseOpeningError("cannot read the paragraph records of " + dir.string() +
                                           " (their value slot is empty)");
    return db;
}

std::vector<OpenSegment> open_segments(const fs::path& gen) {
    std::vector<OpenSegment> out;
    for (const auto& name : read_segment_list(gen)) {
        fs::path path = segment_path(gen, name);
        out.push_back({name, path, open_segment_database(path), read_deletions(gen, name)});
    }
    return out;
}

}  // namespace assay
