// GET /api/reports/{id}: the report record (metadata, judgements, recommendations, section
// outline). GET /api/reports/{id}/paragraphs/{n}: paragraph n (its 0-based position in the
// report, the `seq` of a hit) with up to `context` paragraphs either side.
#include <charconv>

#include <xapian.h>

#include "query/http/errors.hpp"
#include "query/http/params.hpp"
#include "query/http/routes.hpp"
#include "query/http/thread_searcher.hpp"
#include "schema/fields.hpp"
#include "schema/stored.hpp"

namespace assay::http {
namespace {

using nlohmann::json;

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

std::shared_ptr<const ReportEntry> find_report(const IndexSnapshot& snap, const std::string& id) {
    auto r = snap.report(id);
    if (!r) throw ApiError(404, "not_found", "no report with this id");
    return r;
}

// The docids of a report's live paragraphs, in order: a report is written whole into one
// segment, its paragraphs in order, and an updated report's old copies are deleted, so the
// n-th live posting of its report term is its paragraph n.
std::vector<Xapian::docid> live_paragraphs(Xapian::Database& db, const IndexSnapshot& snap, const std::string& id) {
    std::vector<Xapian::docid> out;
    const std::string term = std::string(field(FieldId::report).prefix) + id;
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it)
        if (!snap.deleted.contains(*it)) out.push_back(*it);
    return out;
}

std::optional<StoredParagraph> load_paragraph(Xapian::Database& db, const IndexSnapshot& snap,
                                              const std::vector<Xapian::docid>& paragraphs, std::size_t seq) {
    if (seq >= paragraphs.size()) return std::nullopt;
    auto p = snap.records.decode(stored_record(db.get_document(paragraphs[seq])));
    if (p && p->seq != seq) throw Xapian::DatabaseCorruptError("a report's paragraphs are out of order");
    return p;
}

json paragraph_json(const StoredParagraph& p, const ReportCitation& c) {
    json j = {{"seq", p.seq},   {"paragraph", p.number},    {"line", p.line},          {"page", p.page},
              {"text", p.text}, {"list_item", p.list_item}, {"table_row", p.table_row}};
    if (p.section < c.sections.size()) {
        j["section"] = c.sections[p.section].first;
        j["section_kind"] = c.sections[p.section].second;
    }
    return j;
}

std::size_t parse_seq(const std::string& s) {
    std::size_t n = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (ec != std::errc() || end != s.data() + s.size())
        throw bad_parameter("n", "must be a paragraph position (0, 1, 2...)");
    return n;
}

}  // namespace

Response handle_report(const Request& req, ApiContext& ctx) {
    Params(req.query).check_all_used();
    auto snap = ctx.snapshot();
    auto record = snap->report_record(req.path_params.at(0));
    if (!record) throw ApiError(404, "not_found", "no report with this id");
    return json_response(200, dump(*record));
}

Response handle_paragraph(const Request& req, ApiContext& ctx) {
    Params params(req.query);
    std::size_t context = params.number("context", 2, 0, 10);
    params.check_all_used();
    const std::string& id = req.path_params.at(0);
    std::size_t seq = parse_seq(req.path_params.at(1));
    auto snap = ctx.snapshot();
    const auto entry = find_report(*snap, id);
    const ReportEntry& report = *entry;
    Xapian::Database& db = thread_database(snap);
    const auto paragraphs = live_paragraphs(db, *snap, id);
    auto centre = load_paragraph(db, *snap, paragraphs, seq);
    if (!centre) throw ApiError(404, "not_found", "the report has no paragraph " + std::to_string(seq));
    json before = json::array(), after = json::array();
    for (std::size_t k = std::min(context, seq); k > 0; --k)
        if (auto p = load_paragraph(db, *snap, paragraphs, seq - k))
            before.push_back(paragraph_json(*p, report.citation));
    for (std::size_t k = 1; k <= context; ++k)
        if (auto p = load_paragraph(db, *snap, paragraphs, seq + k))
            after.push_back(paragraph_json(*p, report.citation));
    const auto& c = report.citation;
    json out = {{"report_id", id},  {"authority", c.authority},
                {"date", c.date},   {"type", c.type},
                {"title", c.title}, {"paragraph", paragraph_json(*centre, c)},
                {"before", before}, {"after", after}};
    return json_response(200, dump(out));
}

}  // namespace assay::http
