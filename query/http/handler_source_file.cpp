// GET /api/reports/{id}/file: the PDF a report was read from (see source_file.hpp).
#include <filesystem>
#include <fstream>

#include "query/http/errors.hpp"
#include "query/http/params.hpp"
#include "query/http/routes.hpp"
#include "query/http/source_file.hpp"

namespace fs = std::filesystem;

namespace assay::http {
namespace {

bool servable(const std::string& format, const std::string& source) {
    std::error_code ec;
    return format == "pdf" && fs::is_regular_file(source, ec) && fs::file_size(source, ec) <= kMaxServedFileBytes &&
           !ec;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), {});
    if (!in && !in.eof()) throw ApiError(404, "not_found", "the report's file cannot be read");
    return bytes;
}

// A file name safe inside a quoted header value.
std::string header_file_name(const std::string& source) {
    std::string name = fs::path(source).filename().string();
    for (auto& c : name)
        if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7F)
            c = '_';
    return name;
}

}  // namespace

std::string source_file_url(const Hit& hit) {
    if (!hit.page || !servable(hit.format, hit.source)) return {};
    return "/api/reports/" + hit.report_id + "/file";
}

void link_source_files(SearchResult& result) {
    for (auto& h : result.hits) h.file_url = source_file_url(h);
}

Response handle_source_file(const Request& req, ApiContext& ctx) {
    Params(req.query).check_all_used();
    auto snap = ctx.snapshot();
    const auto report = snap->report(req.path_params.at(0));
    if (!report) throw ApiError(404, "not_found", "no report with this id");
    const ReportCitation& c = report->citation;
    if (!servable(c.format, c.source)) throw ApiError(404, "not_found", "the report's PDF is not available here");
    Response r;
    r.content_type = "application/pdf";
    r.body = read_file(c.source);
    r.headers.emplace_back("Content-Disposition", "inline; filename=\"" + header_file_name(c.source) + "\"");
    // The browser's PDF viewer is a plugin: the API's policy (object-src 'none') would block it.
    r.headers.emplace_back("Content-Security-Policy", "default-src 'none'; object-src 'self'; frame-ancestors 'none'");
    return r;
}

}  // namespace assay::http
