#include "schema/stored.hpp"

#include <limits>

#include <xapian.h>
// For ZSTD_isFrame (exported by Debian's libzstd, declared with the advanced API).
#define ZSTD_STATIC_LINKING_ONLY
#include <zstd.h>

#include "schema/byte_io.hpp"
#include "schema/fields.hpp"

namespace assay {
namespace {
std::string opt_date(const std::optional<Date>& d) { return d ? d->iso() : std::string(); }
}  // namespace

std::string encode(const StoredParagraph& p) {
    std::string out;
    out.reserve(p.text.size() + p.number.size() + 16);
    out.push_back('\0');
    for (std::uint64_t n : {std::uint64_t{p.section}, std::uint64_t{p.seq}, std::uint64_t{p.line},
                            std::uint64_t{p.byte_offset}, std::uint64_t{p.page}})
        put_varint(out, n);
    out.push_back(static_cast<char>((p.list_item ? 1 : 0) | (p.table_row ? 2 : 0)));
    put_varint(out, p.number.size());
    out += p.number;
    out += p.text;
    return out;
}

std::optional<StoredParagraph> decode_paragraph(std::string_view data) {
    ByteReader in{data};
    if (in.get(1) != 0) return std::nullopt;
    StoredParagraph p;
    auto section = in.varint(), seq = in.varint();
    p.line = in.varint();
    p.byte_offset = in.varint();
    auto page = in.varint();
    auto flags = in.get(1);
    p.number = in.take(in.varint());
    p.text = in.rest();
    constexpr auto kMax = std::numeric_limits<std::uint32_t>::max();
    if (!in.ok || section > kMax || seq > kMax || page > kMax || flags > 3) return std::nullopt;
    p.section = static_cast<std::uint32_t>(section);
    p.seq = static_cast<std::uint32_t>(seq);
    p.page = static_cast<std::uint32_t>(page);
    p.list_item = flags & 1;
    p.table_row = flags & 2;
    return p;
}

void set_stored_record(Xapian::Document& doc, const std::string& record) { doc.add_value(kSlotRecord, record); }

std::string stored_record(const Xapian::Document& doc) { return doc.get_value(kSlotRecord); }

nlohmann::json report_record(const Report& r) {
    using nlohmann::json;
    json judgements = json::array();
    for (const auto& j : r.judgements)
        judgements.push_back(
            {{"area", j.area}, {"label", j.label}, {"grade", j.grade.word}, {"ordinal", j.grade.ordinal}});
    json recs = json::array();
    for (const auto& rec : r.recommendations)
        recs.push_back(
            {{"text", rec.text}, {"timescale", rec.timescale}, {"number", rec.number}, {"priority", rec.priority}});
    json sections = json::array();
    for (const auto& s : r.sections)
        sections.push_back({{"heading", s.heading}, {"kind", to_string(s.kind)}, {"paragraphs", s.paragraphs.size()}});
    auto date = r.principal_date();
    const Judgement* overall = r.overall();
    return {{"id", r.id},
            {"source", r.source},
            {"fingerprint", r.fingerprint},
            {"stamp", r.stamp},
            {"format", r.format},
            {"pages", r.pages},
            {"part_of", r.part_of.value_or("")},
            {"type", to_string(r.type)},
            {"title", r.title},
            {"authority", r.authority.name},
            {"ons_code", r.authority.ons_code},
            {"framework", r.framework},
            {"framework_title", r.framework_title},
            {"date", date ? date->iso() : ""},
            {"inspection_start", opt_date(r.inspection_start)},
            {"inspection_end", opt_date(r.inspection_end)},
            {"published", opt_date(r.published)},
            {"meeting_date", opt_date(r.meeting_date)},
            {"lead_inspector", r.lead_inspector},
            {"overall_grade", overall ? overall->grade.word : ""},
            {"judgements", judgements},
            {"recommendations", recs},
            {"sections", sections},
            {"paragraphs", r.paragraph_count()}};
}

ReportCitation ReportCitation::from_record(const nlohmann::json& j) {
    auto s = [&](const char* k) { return j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : std::string(); };
    ReportCitation c{s("id"),   s("source"),    s("title"),   s("authority"), s("ons_code"),      s("date"),
                     s("type"), s("framework"), s("part_of"), s("format"),    s("overall_grade"), {}};
    if (j.contains("sections") && j["sections"].is_array())
        for (const auto& sec : j["sections"]) c.sections.emplace_back(sec.value("heading", ""), sec.value("kind", ""));
    return c;
}

ReportKey ReportKey::of(const Report& r) { return {r.source, r.fingerprint, r.stamp, r.part_of.value_or("")}; }

std::string ReportKey::encode() const {
    std::string out;
    for (const auto* f : {&source, &fingerprint, &stamp, &part_of}) {
        out += *f;
        out += '\0';
    }
    return out;
}

std::optional<ReportKey> ReportKey::decode(std::string_view bytes) {
    ReportKey k;
    for (auto* f : {&k.source, &k.fingerprint, &k.stamp, &k.part_of}) {
        auto end = bytes.find('\0');
        if (end == std::string_view::npos) return std::nullopt;
        f->assign(bytes.substr(0, end));
        bytes.remove_prefix(end + 1);
    }
    if (!bytes.empty()) return std::nullopt;
    return k;
}

std::string pack_report_record(const nlohmann::json& record) {
    std::string text = record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    std::string out(ZSTD_compressBound(text.size()), '\0');
    std::size_t n = ZSTD_compress(out.data(), out.size(), text.data(), text.size(), 3);
    if (ZSTD_isError(n)) return text;  // no memory for a context: plain JSON reads as well
    out.resize(n);
    return out;
}

std::string unpack_report_record(std::string_view stored) {
    if (!ZSTD_isFrame(stored.data(), stored.size())) return std::string(stored);
    unsigned long long size = ZSTD_getFrameContentSize(stored.data(), stored.size());
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1u << 28))
        throw Xapian::DatabaseCorruptError("a report record is damaged");
    std::string out(size, '\0');
    std::size_t n = ZSTD_decompress(out.data(), out.size(), stored.data(), stored.size());
    if (ZSTD_isError(n) || n != size) throw Xapian::DatabaseCorruptError("a report record is damaged");
    return out;
}

}  // namespace assay
