// GET /healthz (is an index open, which generation, is it degraded) and GET /metrics
// (Prometheus text). Both run on the I/O thread and touch no Xapian handle, so they answer
// while every worker is busy.
#include <fmt/format.h>

#include "query/http/errors.hpp"
#include "query/http/params.hpp"
#include "query/http/routes.hpp"

namespace assay::http {

Response handle_healthz(const Request& req, ApiContext& ctx) {
    Params(req.query).check_all_used();
    auto snap = ctx.snapshots.current();
    double uptime = std::chrono::duration<double>(std::chrono::steady_clock::now() - ctx.started).count();
    const char* damaged = "the index is damaged; run assay-index check, then rebuild it";
    if (!snap) {
        bool broken = !ctx.snapshots.open_error().empty();  // published but unreadable
        nlohmann::json j = {{"status", broken ? "degraded" : "unavailable"},
                            {"generation", nullptr},
                            {"documents", 0},
                            {"degraded", true},
                            {"uptime_s", uptime}};
        if (broken) j["degraded_reason"] = damaged;
        Response r = json_response(503, j.dump());
        r.headers.emplace_back("Retry-After", "1");
        return r;
    }
    nlohmann::json j = {{"status", snap->degraded ? "degraded" : "ok"},
                        {"generation", snap->generation_name},
                        {"documents", snap->documents},
                        {"reports", snap->report_count()},
                        {"degraded", snap->degraded},
                        {"reloads", ctx.snapshots.reloads()},
                        {"uptime_s", uptime}};
    if (snap->degraded) j["degraded_reason"] = snap->degraded_reason;
    if (snap->damaged) {
        j["status"] = "degraded";
        j["degraded"] = true;
        j["degraded_reason"] = damaged;
    }
    return json_response(snap->damaged ? 503 : 200, j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

Response handle_metrics(const Request& req, ApiContext& ctx) {
    Params(req.query).check_all_used();
    std::string out = ctx.metrics.prometheus();
    auto snap = ctx.snapshots.current();
    out += "# HELP assay_index_info The generation being served (value 1).\n# TYPE assay_index_info gauge\n";
    if (snap) out += fmt::format("assay_index_info{{generation=\"{}\"}} 1\n", snap->generation_name);
    out +=
        "# HELP assay_index_documents Paragraph documents in the served generation.\n"
        "# TYPE assay_index_documents gauge\n";
    out += fmt::format("assay_index_documents {}\n", snap ? snap->documents : 0);
    out += "# HELP assay_index_reports Reports in the served generation.\n# TYPE assay_index_reports gauge\n";
    out += fmt::format("assay_index_reports {}\n", snap ? snap->report_count() : 0);
    out += "# HELP assay_index_degraded 1 when the served generation is degraded.\n# TYPE assay_index_degraded gauge\n";
    out += fmt::format("assay_index_degraded {}\n", snap && !snap->degraded && !snap->damaged ? 0 : 1);
    out += "# HELP assay_index_reloads_total Generations swapped in.\n# TYPE assay_index_reloads_total counter\n";
    out += fmt::format("assay_index_reloads_total {}\n", ctx.snapshots.reloads());
    out +=
        "# HELP assay_index_reload_failures_total Generations that failed to open.\n"
        "# TYPE assay_index_reload_failures_total counter\n";
    out += fmt::format("assay_index_reload_failures_total {}\n", ctx.snapshots.reload_failures());
    Response r;
    r.content_type = "text/plain; version=0.0.4; charset=utf-8";
    r.body = std::move(out);
    return r;
}

}  // namespace assay::http
