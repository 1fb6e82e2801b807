// Indexing PDFs end to end: a build over the 43 real PDFs plus a damaged, an encrypted and an
// image-only one indexes the 43 and names the three with their reasons; a PDF beside its text
// twin is indexed once; hits cite the page in every rendering, and assayd serves the PDF of a
// report (by id, never by path) so the page can open it there.
#include <doctest/doctest.h>

#include "daemon_fixture.hpp"
#include "indexer/build.hpp"
#include "indexer/pipeline.hpp"
#include "indexer/update.hpp"
#include "query/render.hpp"
#include "support/folder_index.hpp"
#include "support/pdf_fixtures.hpp"

using namespace assay;
using namespace assay::testing;
namespace fs = std::filesystem;

namespace {

const fs::path kPdfs = fs::path(ASSAY_SHARED_DIR) / "corpus" / "pdf";
const std::string kNottingham = "ofsted-ilacs_nottingham_2022-09-05";

// Invented text, the marker word on page 2.
std::string invented_pdf() {
    return text_pdf({{"Findings", "", "Inspectors met the leaders of the service."},
                     {"Findings continued", "", "42. Wombatine checks are recorded on the second page."}});
}

std::string reason_for(const BuildSummary& s, const std::string& name) {
    for (const auto& f : s.skipped)
        if (fs::path(f.path).filename() == name) return f.reason;
    return "(not skipped)";
}

SearchResult search(const fs::path& index, const std::string& q, std::size_t limit = 1) {
    Searcher s(IndexSnapshot::open(index));
    SearchRequest req;
    req.query = q;
    req.limit = limit;
    return s.search(req);
}

}  // namespace

TEST_CASE("a build over the real PDFs and three bad ones indexes the 43 and names the three") {
    FolderIndex ix("pdfbuild");
    ix.write("damaged.pdf", truncated(kPdfs / (kNottingham + ".pdf"), 60));
    REQUIRE(encrypt_pdf(kPdfs / (kNottingham + ".pdf"), ix.corpus / "encrypted.pdf"));
    ix.write("scanned.pdf", image_only_pdf(2));
    ix.write("invented.pdf", invented_pdf());
    BuildOptions options = ix.options(2);
    options.corpora.push_back(kPdfs);
    BuildSummary s = build_index(options);
    CHECK(s.files_seen == 47);
    CHECK(s.files_indexed == 44);
    REQUIRE(s.skipped.size() == 3);
    CHECK(reason_for(s, "damaged.pdf") == "damaged: the PDF cannot be opened");
    CHECK(reason_for(s, "encrypted.pdf") == "encrypted: password-protected PDF");
    CHECK(reason_for(s, "scanned.pdf") == "no text: scanned? (no text layer on its 2 pages)");

    SearchResult r = search(ix.index, "wombatine");
    REQUIRE(r.hits.size() == 1);
    const Hit& h = r.hits[0];
    CHECK(h.paragraph == "42");
    CHECK(h.page == 2);
    CHECK(h.format == "pdf");
    CHECK(to_json(r)["hits"][0]["page"] == 2);
    CHECK(render_text(r, false).find("· para 42 · p. 2\n") != std::string::npos);
    CHECK(render_text(r, false).find("invented.pdf p. 2\n") != std::string::npos);
    CHECK(render_csv(r).starts_with("rank,score,authority,ons_code,date,type,framework,section,paragraph,page,line,"));
    CHECK(render_csv(r).find(",42,2,") != std::string::npos);
    // Every hit from a real report cites a page of its PDF.
    SearchResult real = search(ix.index, "authority:Nottingham", 100);
    CHECK(real.total > 20);
    for (const auto& hit : real.hits) CHECK((hit.format == "pdf" && hit.page >= 1 && hit.page <= 11));
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
    CHECK(search(ix.index, "authority:Nottingham").hits.at(0).format == "pdf");
    // An update sees the PDF unchanged (by its bytes) and still leaves the twin out.
    UpdateSummary u = update_index(ix.options());
    CHECK(u.unchanged == 1);
    CHECK(u.added + u.changed + u.removed == 0);
    REQUIRE(u.skipped.size() == 1);
    CHECK(u.skipped[0].reason == "same report as " + kNottingham + ".pdf (kept " + kNottingham + ".pdf)");
}

TEST_CASE("assayd serves a report's PDF by id and links PDF hits to it") {
    TempDir files("pdfserve");
    const fs::path pdf = files.write("invented.pdf", invented_pdf());
    SourceText src = read_source(pdf);
    REQUIRE(src.ok);
    auto reports = parse_source(src, pdf.string());
    auto text_only = daemon_reports();
    reports.insert(reports.end(), text_only.begin(), text_only.end());
    DaemonFixture fx({}, reports);
    const std::string id = reports[0].id;

    auto j = fx.get("/api/search?q=wombatine&limit=1").json();
    REQUIRE(j["hits"].size() == 1);
    CHECK(j["hits"][0]["page"] == 2);
    CHECK(j["hits"][0]["file_url"] == "/api/reports/" + id + "/file");
    auto file = fx.get("/api/reports/" + id + "/file");
    CHECK(file.status == 200);
    CHECK(file.headers["content-type"] == "application/pdf");
    CHECK(file.body == read_file_bytes(pdf));
    auto para = fx.get("/api/reports/" + id + "/paragraphs/" + std::to_string(j["hits"][0]["seq"].get<int>()));
    CHECK(para.json()["paragraph"]["page"] == 2);

    // A report read from text has no file to serve, and neither has a PDF that is gone.
    CHECK(fx.get("/api/reports/brent2012/file").status == 404);
    CHECK(fx.get("/api/reports/nosuchreport/file").status == 404);
    fs::remove(pdf);
    CHECK(fx.get("/api/reports/" + id + "/file").status == 404);
}
