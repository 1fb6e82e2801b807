// Indexing PDFs end to end: a build over the 43 real PDFs plus a damaged, an encrypted and an
// image-only one indexes the 43 and names the three with their reasons; a PDF beside its text
// twin is indexed once; hits cite the page in every rendering, and assayd serves the PDF of a
// report (by id, never by path) so the page can open it there.
#include <doctest/doctest.h>

#include "indexer/build.hpp"
#include "indexer/pipeline.hpp"
#include "query/render.hpp"
#include "daemon_fixture.hpp"
#include "support/folder_index.hpp"
#include "support/pdf_fixtures.hpp"

using namespace assay;
using namespace assay::testing;
namespace fs = std::filesystem;

namespace {

const fs::path kPdfs = fs::path(ASSAY_SHARED_DIR) / "corpus" / "pdf";
const std::string kNottingham = "ofsted-ilacs_nottingham_2022-09-05";

std::string reason_for(const BuildSummary& s, const std::string& name) {
    for (const auto& f : s.skipped)
        if (fs::path(f.path).filename() == name) return f.reason;
    return "(not skipped)";
}

SearchResult search(const fs::path& index, const std::string& q) {
    Searcher s(IndexSnapshot::open(index));
    SearchRequest req;
    req.query = q;
    req.limit = 1;
    return s.search(req);
}

}  // namespace

TEST_CASE("a build over the real PDFs and three bad ones indexes the 43 and names the three") {
    FolderIndex ix("pdfbuild");
    ix.write("damaged.pdf", truncated(kPdfs / (kNottingham + ".pdf"), 60));
    REQUIRE(encrypt_pdf(kPdfs / (kNottingham + ".pdf"), ix.corpus / "encrypted.pdf"));
    ix.write("scanned.pdf", image_only_pdf(2));
    BuildOptions options = ix.options(2);
    options.corpora.push_back(kPdfs);
    BuildSummary s = build_index(options);
    CHECK(s.files_seen == 46);
    CHECK(s.files_indexed == 43);
    REQUIRE(s.skipped.size() == 3);
    CHECK(reason_for(s, "damaged.pdf") == "damaged: the PDF cannot be opened");
    CHECK(reason_for(s, "encrypted.pdf") == "encrypted: password-protected PDF");
    CHECK(reason_for(s, "scanned.pdf") == "no text: scanned? (no text layer on its 2 pages)");

    // Nottingham's paragraph 21 is on page 5 of its PDF.
    SearchResult r = search(ix.index, "\"return home interviews have often been recorded\"");
    REQUIRE(r.hits.size() == 1);
    const Hit& h = r.hits[0];
    CHECK(h.paragraph == "21");
    CHECK(h.page == 5);
    CHECK(h.format == "pdf");
    CHECK(to_json(r)["hits"][0]["page"] == 5);
    CHECK(render_text(r, false).find("· para 21 · p. 5\n") != std::string::npos);
    CHECK(render_text(r, false).find(kNottingham + ".pdf p. 5\n") != std::string::npos);
    CHECK(render_csv(r).starts_with("rank,score,authority,ons_code,date,type,framework,section,paragraph,page,line,"));
    CHECK(render_csv(r).find(",21,5,") != std::string::npos);
}

TEST_CASE("a PDF beside its text twin is indexed once, and the summary says which was kept") {
    FolderIndex ix("pdftwin");
    fs::copy_file(kPdfs / (kNottingham + ".pdf"), ix.corpus / (kNottingham + ".pdf"));
    fs::copy_file(fs::path(ASSAY_SHARED_DIR) / "corpus" / "ofsted" / (kNottingham + ".txt"),
                  ix.corpus / (kNottingham + ".txt"));
    BuildSummary s = build_index(ix.options());
    CHECK(s.files_indexed == 1);
    CHECK(s.reports == 1);
    REQUIRE(s.skipped.size() == 1);
    CHECK(fs::path(s.skipped[0].path).filename() == kNottingham + ".txt");
    CHECK(s.skipped[0].reason == "same report as " + kNottingham + ".pdf (kept " + kNottingham + ".pdf)");
    CHECK(search(ix.index, "\"return home interviews have often been recorded\"").hits.at(0).format == "pdf");
}

TEST_CASE("assayd serves a report's PDF by id and links PDF hits to it") {
    TempDir files("pdfserve");
    const fs::path pdf = files.path / "nottingham.pdf";
    fs::copy_file(kPdfs / (kNottingham + ".pdf"), pdf);
    SourceText src = read_source(pdf);
    REQUIRE(src.ok);
    auto reports = parse_source(src, pdf.string());
    auto text_only = daemon_reports();
    reports.insert(reports.end(), text_only.begin(), text_only.end());
    DaemonFixture fx({}, reports);
    const std::string id = reports[0].id;

    auto j = fx.get("/api/search?q=%22return+home+interviews+have+often%22&limit=1").json();
    REQUIRE(j["hits"].size() == 1);
    CHECK(j["hits"][0]["page"] == 5);
    CHECK(j["hits"][0]["file_url"] == "/api/reports/" + id + "/file");
    auto file = fx.get("/api/reports/" + id + "/file");
    CHECK(file.status == 200);
    CHECK(file.headers["content-type"] == "application/pdf");
    CHECK(file.body == read_file_bytes(pdf));
    auto para = fx.get("/api/reports/" + id + "/paragraphs/" + std::to_string(j["hits"][0]["seq"].get<int>()));
    CHECK(para.json()["paragraph"]["page"] == 5);

    // A report read from text has no file to serve, and neither has a PDF that is gone.
    CHECK(fx.get("/api/reports/brent2012/file").status == 404);
    CHECK(fx.get("/api/reports/nosuchreport/file").status == 404);
    fs::remove(pdf);
    CHECK(fx.get("/api/reports/" + id + "/file").status == 404);
}
