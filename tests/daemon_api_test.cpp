// assayd end to end on loopback: every endpoint's answer against known facts of the invented
// reports and against the Searcher itself (the API must be the CLI's JSON, not a second
// implementation), the error paths, the Host check and the escaping of report text.
#include <doctest/doctest.h>

#include "daemon_fixture.hpp"
#include "query/render.hpp"
#include "query/searcher.hpp"

using namespace assay;
using namespace assay::testing;
using nlohmann::json;

namespace {

// The fixture is shared by the cases of this file: one index, one server.
DaemonFixture& fx() {
    static DaemonFixture f;
    return f;
}

json without_timing(json j) {
    j.erase("took_ms");
    return j;
}

std::string report_id_of(const std::string& q) {
    auto j = fx().get("/api/search?q=" + q).json();
    REQUIRE(j["hits"].size() >= 1);
    return j["hits"][0]["report_id"];
}

}  // namespace

TEST_CASE("/api/search returns the same JSON as the Searcher renders for the CLI") {
    struct Row {
        std::string target;
        SearchRequest req;
    };
    auto req = [](std::string q, std::vector<std::pair<std::string, std::string>> f = {}, std::size_t limit = 10,
                  std::size_t offset = 0, unsigned per_report = 0) {
        SearchRequest r;
        r.query = std::move(q);
        r.filters = std::move(f);
        r.limit = limit;
        r.offset = offset;
        r.per_report = per_report;
        return r;
    };
    std::vector<Row> rows = {
        {"/api/search?q=strategy+discussions", req("strategy discussions")},
        {"/api/search?q=police&authority=Greenwich", req("police", {{"authority", "Greenwich"}})},
        {"/api/search?q=police&authority=Greenwich&authority=Barnet",
         req("police", {{"authority", "Greenwich"}, {"authority", "Barnet"}})},
        {"/api/search?q=%22strategy+discussions%22&year=2012", req("\"strategy discussions\"", {{"year", "2012"}})},
        {"/api/search?grade=good&limit=3&offset=1", req("", {{"grade", "good"}}, 3, 1)},
        {"/api/search?q=supervision&section=recommendations", req("supervision", {{"section", "recommendations"}})},
        {"/api/search?q=police&type=focused_visit&framework=ilacs",
         req("police", {{"type", "focused_visit"}, {"framework", "ilacs"}})},
        {"/api/search?q=police+OR+caseloads&per_report=1", req("police OR caseloads", {}, 10, 0, 1)},
    };
    Searcher searcher(IndexSnapshot::open(fx().dir.path));
    for (const auto& row : rows) {
        CAPTURE(row.target);
        HttpReply r = fx().get(row.target);
        REQUIRE(r.status == 200);
        CHECK(r.header("content-type") == "application/json");
        CHECK(without_timing(r.json()) == without_timing(to_json(searcher.search(row.req))));
    }
}

TEST_CASE("/api/search known answers: counts, facets, citations, disjunctive facet counts") {
    json j = fx().get("/api/search?q=police&authority=Greenwich").json();
    CHECK(j["total"] == 1);  // "Telephone strategy discussions routinely take place with the police."
    CHECK(j["hits"][0]["authority"] == "Greenwich");
    CHECK(j["hits"][0]["date"] == "2012-12-12");
    CHECK(j["hits"][0]["snippet"].get<std::string>().find("<mark>police</mark>") != std::string::npos);
    // The authority facet leaves out its own filter: Brent and Barnet stay visible with counts.
    std::map<std::string, int> counts;
    for (const auto& v : j["facets"]["authority"]) counts[v["value"]] = v["count"];
    CHECK(counts["Greenwich"] == 1);
    CHECK(counts["Brent"] == 2);
    CHECK(counts["Barnet"] == 1);
}

TEST_CASE("/api/search.csv is the CSV of the same search, as a download") {
    HttpReply r = fx().get("/api/search.csv?q=police&authority=Brent");
    REQUIRE(r.status == 200);
    CHECK(r.header("content-type") == "text/csv; charset=utf-8");
    CHECK(r.header("content-disposition") == "attachment; filename=\"assay-search.csv\"");
    CHECK(r.body.starts_with("rank,score,authority,"));
    CHECK(r.body.find("Brent") != std::string::npos);
    CHECK(r.body.find("Greenwich") == std::string::npos);
}

TEST_CASE("/api/reports/{id} and /api/reports/{id}/paragraphs/{n}") {
    std::string id = report_id_of("MARAC");
    CHECK(id == "brent2012");
    json report = fx().get("/api/reports/" + id).json();
    CHECK(report["authority"] == "Brent");
    CHECK(report["judgements"][0]["grade"] == "Adequate");
    CHECK(report["sections"].size() == 2);

    // The second paragraph of Brent's report, with one neighbour each side.
    json p = fx().get("/api/reports/brent2012/paragraphs/1?context=1").json();
    CHECK(p["paragraph"]["text"] == "The borough has high levels of domestic violence and the MARAC is well attended.");
    REQUIRE(p["before"].size() == 1);
    CHECK(p["before"][0]["seq"] == 0);
    REQUIRE(p["after"].size() == 1);
    CHECK(p["after"][0]["text"] == "Return home interviews are not always completed for children missing from home.");
    // The first paragraph has nothing before it; the last nothing after.
    CHECK(fx().get("/api/reports/brent2012/paragraphs/0").json()["before"].empty());
    CHECK(fx().get("/api/reports/brent2012/paragraphs/4").json()["after"].empty());
}

TEST_CASE("/api/facets, /healthz and /metrics") {
    json f = fx().get("/api/facets").json();
    CHECK(f["total"] == 18);
    CHECK(f["generation"] == fx().generation);
    bool saw_2019 = false;
    for (const auto& v : f["facets"]["year"]) saw_2019 |= v["value"] == "2019" && v["count"] == 6;
    CHECK(saw_2019);

    json h = fx().get("/healthz").json();
    CHECK(h["status"] == "ok");
    CHECK(h["generation"] == fx().generation);
    CHECK(h["documents"] == 18);
    CHECK(h["degraded"] == false);

    fx().get("/api/search?q=police");
    HttpReply m = fx().get("/metrics");
    CHECK(m.header("content-type").starts_with("text/plain; version=0.0.4"));
    CHECK(m.body.find("assay_http_requests_total{endpoint=\"search\",status=\"200\"}") != std::string::npos);
    CHECK(m.body.find("assay_http_request_duration_seconds_bucket{endpoint=\"search\",le=\"+Inf\"}") !=
          std::string::npos);
    CHECK(m.body.find("assay_index_info{generation=\"" + fx().generation + "\"} 1") != std::string::npos);
    CHECK(m.body.find("assay_index_documents 18") != std::string::npos);
    CHECK(m.body.find("assay_http_errors_total") != std::string::npos);
}

TEST_CASE("error cases answer JSON naming the problem, never a path or exception text") {
    struct Row {
        std::string target;
        int status;
        std::string code, parameter;
    };
    std::vector<Row> rows = {
        {"/api/search?q=police&limit=abc", 400, "bad_parameter", "limit"},
        {"/api/search?q=police&limit=101", 400, "bad_parameter", "limit"},
        {"/api/search?q=police&offset=-1", 400, "bad_parameter", "offset"},
        {"/api/search?q=police&offset=1000000", 400, "bad_parameter", "offset"},
        {"/api/search?q=police&per_report=x", 400, "bad_parameter", "per_report"},
        {"/api/search?q=police&limt=5", 400, "bad_parameter", "limt"},
        {"/api/search?q=police&q=again", 400, "bad_parameter", "q"},
        {"/api/search?q=police&authority=", 400, "bad_parameter", "authority"},
        {"/api/search?q=%0d%0aSet-Cookie:x", 400, "bad_parameter", "q"},
        {"/api/search?q=%zz", 400, "bad_request", ""},
        {"/api/search?q=%FF%FE", 400, "bad_parameter", "q"},
        {"/api/search?q=%ED%A0%80", 400, "bad_parameter", "q"},
        {"/api/search?q=police&authority=%C0%AF", 400, "bad_parameter", "authority"},
        {"/api/search?q=" + std::string(5000, 'a'), 400, "bad_parameter", "q"},
        {"/api/search?q=(((police", 400, "bad_query", ""},
        {"/api/search?q=police&authority=Atlantis", 400, "bad_query", ""},
        {"/api/reports/nosuchreport", 404, "not_found", ""},
        {"/api/reports/brent2012/paragraphs/999", 404, "not_found", ""},
        {"/api/reports/brent2012/paragraphs/x", 400, "bad_parameter", "n"},
        {"/api/reports/brent2012/paragraphs/1?context=99", 400, "bad_parameter", "context"},
        {"/api/nothing", 404, "not_found", ""},
        {"/nothing.js", 404, "not_found", ""},
    };
    for (const auto& row : rows) {
        CAPTURE(row.target);
        HttpReply r = fx().get(row.target);
        CHECK(r.status == row.status);
        REQUIRE(r.header("content-type") == "application/json");
        json e = r.json()["error"];
        CHECK(e["code"] == row.code);
        CHECK(!e["message"].get<std::string>().empty());
        if (!row.parameter.empty()) CHECK(e["parameter"] == row.parameter);
        CHECK(r.body.find(fx().dir.path.string()) == std::string::npos);
        CHECK(r.body.find("/tmp") == std::string::npos);
    }
}

TEST_CASE("methods other than GET and HEAD are refused; HEAD has no body") {
    auto port = fx().port();
    HttpReply post = http_raw(port, "POST /api/search HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) +
                                        "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
    CHECK(post.status == 405);
    CHECK(post.header("allow") == "GET, HEAD");
    HttpReply head = http_raw(
        port, "HEAD /healthz HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) + "\r\nConnection: close\r\n\r\n");
    CHECK(head.status == 200);
    CHECK(head.body.empty());
    CHECK(std::stoi(head.header("content-length")) > 0);
}

TEST_CASE("the Host header must name this server (DNS rebinding)") {
    auto port = fx().port();
    std::string p = std::to_string(port);
    CHECK(http_get(port, "/healthz", "127.0.0.1:" + p).status == 200);
    CHECK(http_get(port, "/healthz", "localhost:" + p).status == 200);
    CHECK(http_get(port, "/healthz", "LOCALHOST:" + p).status == 200);
    CHECK(http_get(port, "/api/search?q=x", "evil.example:" + p).status == 421);
    CHECK(http_get(port, "/healthz", "evil.example").status == 421);
    CHECK(http_get(port, "/healthz", "127.0.0.1:1").status == 421);
    HttpReply none = http_raw(port, "GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n");
    CHECK(none.status == 400);
}

TEST_CASE("report text is escaped in every answer; responses carry the browser protections") {
    HttpReply r = fx().get("/api/search?q=quokkaline");
    REQUIRE(r.status == 200);
    json j = r.json();
    REQUIRE(j["total"] == 3);
    for (const auto& h : j["hits"]) {
        std::string snippet = h["snippet"];
        CAPTURE(snippet);
        CHECK(snippet.find("<script") == std::string::npos);
        CHECK(snippet.find("<img") == std::string::npos);
        // After removing our own marks, no '<' is left: the only markup is <mark>.
        std::string rest = snippet;
        for (std::string tag : {"<mark>", "</mark>"})
            for (auto at = rest.find(tag); at != std::string::npos; at = rest.find(tag)) rest.erase(at, tag.size());
        CHECK(rest.find('<') == std::string::npos);
    }
    CHECK(r.header("content-security-policy").find("script-src 'self'") != std::string::npos);
    CHECK(r.header("x-content-type-options") == "nosniff");
    CHECK(r.header("access-control-allow-origin").empty());
    // A query echoed back is data in JSON, never markup in the page.
    json q = fx().get("/api/search?q=%3Cb%3Ex%3C%2Fb%3E").json();
    CHECK(q["query"] == "<b>x</b>");
}

TEST_CASE("the page and its assets are served from the binary") {
    HttpReply page = fx().get("/?q=police&authority=Brent");
    CHECK(page.status == 200);
    CHECK(page.header("content-type") == "text/html; charset=utf-8");
    CHECK(page.body.find("<script src=\"/app.js\"") != std::string::npos);
    CHECK(fx().get("/app.js").header("content-type") == "text/javascript; charset=utf-8");
    CHECK(fx().get("/app.css").status == 200);
}

TEST_CASE("a non-loopback address needs allow_remote") {
    http::DaemonOptions o;
    o.index_dir = fx().dir.path;
    o.host = "0.0.0.0";
    o.port = 0;
    CHECK_THROWS_WITH(http::Daemon{o}, doctest::Contains("--allow-remote"));
    o.host = "not-an-address";
    o.allow_remote = true;
    CHECK_THROWS_WITH(http::Daemon{o}, doctest::Contains("IP address"));
    CHECK(http::is_loopback("127.0.0.1"));
    CHECK(http::is_loopback("::1"));
    CHECK(!http::is_loopback("192.168.1.5"));
}

TEST_CASE("repeated searches are answered from the generation's response cache") {
    auto first = fx().get("/api/search?q=caseloads+supervision&limit=4");
    auto second = fx().get("/api/search?q=caseloads+supervision&limit=4");
    REQUIRE(first.status == 200);
    CHECK(first.header("x-assay-cache") == "miss");
    CHECK(second.header("x-assay-cache") == "hit");
    CHECK(second.body == first.body);
    // A different question is a different entry, and a bad one is still refused every time.
    CHECK(fx().get("/api/search?q=caseloads+supervision&limit=5").header("x-assay-cache") == "miss");
    CHECK(fx().get("/api/search?q=caseloads&limit=abc").status == 400);
    CHECK(fx().get("/api/search?q=caseloads&limit=abc").status == 400);
}
