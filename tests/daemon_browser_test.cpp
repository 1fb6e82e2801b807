// The search page in a real browser: tests/browser/page_test.py drives Debian's headless
// Chromium against an in-process assayd (type a query, click a facet, show context, XSS stays
// inert, a PDF hit links to its page) and saves screenshots to the build folder. Skipped when Chromium is not installed.
#include <doctest/doctest.h>

#include <cstdlib>

#include "daemon_fixture.hpp"
#include "indexer/pipeline.hpp"
#include "support/pdf_fixtures.hpp"

using namespace assay;
using namespace assay::testing;

TEST_CASE("the search page works in headless Chromium") {
    const char* chromium = "/usr/bin/chromium";
    if (!std::filesystem::exists(chromium)) {
        MESSAGE("SKIPPED: /usr/bin/chromium is not installed (apt-get install chromium)");
        return;
    }
    // Eight more reports, three matching paragraphs each: 24 hits after collapsing to three a
    // report, so the page of 20 has a second page. Each report words its paragraphs its own
    // way (the same paragraph in eight reports would be one hit).
    auto reports = daemon_reports();
    for (int i = 0; i < 8; ++i) {
        std::string n = " in visit " + std::to_string(i) + ".";
        reports.push_back(make_report("paging" + std::to_string(i), "Hackney", "E09000012", {2016, 1, 10 + i},
                                      DocType::inspection_report, "sif", "good", 2,
                                      {{SectionKind::findings,
                                        {"Pagerwort first paragraph" + n, "Pagerwort second paragraph" + n,
                                         "Pagerwort third paragraph" + n, "Pagerwort fourth paragraph" + n}}}));
    }
    // A report read from a PDF (made here), its marker word on page 2: the hit links there.
    TempDir pdf_dir("browserpdf");
    const auto pdf =
        pdf_dir.write("invented.pdf", text_pdf({{"Findings", "", "Inspectors met the leaders."},
                                                {"Findings continued", "", "Numbatwort checks are recorded."}}));
    SourceText src = read_source(pdf);
    REQUIRE(src.ok);
    for (auto& r : parse_source(src, pdf.string())) reports.push_back(std::move(r));
    DaemonFixture fx({}, reports);
    std::string shot = std::string(ASSAY_BINARY_DIR) + "/daemon_page.png";
    std::string cmd = "python3 " + std::string(ASSAY_SOURCE_DIR) +
                      "/tests/browser/page_test.py --url http://127.0.0.1:" + std::to_string(fx.port()) +
                      "/ --screenshot " + shot + " --chromium " + chromium;
    int status = std::system(cmd.c_str());
    CHECK(status == 0);
    CHECK(std::filesystem::exists(shot));
}
