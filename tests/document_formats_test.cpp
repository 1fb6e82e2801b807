// The PDF and Word readers on files made here: pages and their citations, and a reason for
// every file that cannot be read (damaged, encrypted, scanned, not Word, a zip bomb, too many
// pages), each without stopping anything.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>

#include "indexer/extract_isolated.hpp"
#include "indexer/extraction.hpp"
#include "indexer/parse.hpp"
#include "indexer/pipeline.hpp"
#include "indexer/source.hpp"
#include "support/pdf_fixtures.hpp"
#include "support/report_lookup.hpp"
#include "support/temp_dir.hpp"

using namespace assay;
using namespace assay::testing;
namespace fs = std::filesystem;

namespace {

const fs::path kRealPdf = fs::path(ASSAY_SHARED_DIR) / "corpus" / "pdf" / "ofsted-fv_barnsley_2023-03-01.pdf";

const std::vector<std::vector<std::string>> kThreePages = {
    {"Findings", "", "Inspectors saw that the quokkaline panel meets every week."},
    {"Inspectors saw that the marmoset review is written up promptly."},
    {"Inspectors saw that the pangolin audit reaches every team."},
};

const Paragraph* containing(const Report& r, std::string_view word) {
    for (const auto* p : paragraphs(r))
        if (p->text.find(word) != std::string::npos) return p;
    return nullptr;
}

SourceText read_written(const TempDir& dir, const std::string& name, const std::string& bytes,
                        const SourceOptions& options = {}) {
    return read_source(dir.write(name, bytes), options);
}

fs::path make_docx_files(const TempDir& dir) {
    const fs::path out = dir.path / "docx";
    const std::string cmd =
        "python3 '" + std::string(ASSAY_SOURCE_DIR) + "/tests/support/make_docx.py' '" + out.string() + "'";
    REQUIRE(std::system(cmd.c_str()) == 0);
    return out;
}

}  // namespace

TEST_CASE("a PDF's text ends each page with a form feed and each paragraph cites its page") {
    TempDir dir("pdf");
    SourceText src = read_written(dir, "three.pdf", text_pdf(kThreePages));
    REQUIRE(src.ok);
    CHECK(src.format == SourceFormat::pdf);
    CHECK(src.pages == 3);
    CHECK(std::count(src.text.begin(), src.text.end(), '\f') == 3);
    auto reports = parse_source(src, "three.pdf");
    REQUIRE(reports.size() == 1);
    CHECK(reports[0].format == "pdf");
    CHECK(reports[0].pages == 3);
    const std::pair<const char*, std::uint32_t> expected[] = {{"quokkaline", 1}, {"marmoset", 2}, {"pangolin", 3}};
    for (auto [word, page] : expected) {
        const Paragraph* p = containing(reports[0], word);
        REQUIRE(p);
        CHECK(p->page == page);
    }
}

TEST_CASE("text without form feeds cites no page; pdftotext output cites its pages") {
    auto plain = parse_document("Findings\n\nThe quokkaline panel meets every week.\n", "a.txt");
    CHECK(plain[0].pages == 0);
    CHECK(containing(plain[0], "quokkaline")->page == 0);
    auto paged = parse_document(
        "Findings\n\nThe quokkaline panel meets weekly.\n\n\fThe marmoset review is prompt.\n\n\f", "b.txt");
    CHECK(paged[0].pages == 2);
    CHECK(containing(paged[0], "marmoset")->page == 2);
}

TEST_CASE("PDFs that cannot be read get a reason") {
    TempDir dir("badpdf");
    CHECK(read_written(dir, "damaged.pdf", truncated(kRealPdf, 50)).reason.starts_with("damaged"));
    CHECK(read_written(dir, "not.pdf", "plain words, not a PDF").reason == "damaged: not a PDF (no %PDF header)");
    CHECK(read_written(dir, "scan.pdf", image_only_pdf(3)).reason ==
          "no text: scanned? (no text layer on its 3 pages)");
    CHECK(read_written(dir, "scan1.pdf", image_only_pdf(1)).reason == "no text: scanned? (no text layer on its page)");
    CHECK(read_written(dir, "empty.pdf", "").reason == "empty file");
    const fs::path locked = dir.path / "locked.pdf";
    REQUIRE(encrypt_pdf(kRealPdf, locked));
    CHECK(read_source(locked).reason == "encrypted: password-protected PDF");
    SourceOptions few;
    few.extract.max_pages = 2;
    CHECK(read_written(dir, "long.pdf", text_pdf(kThreePages), few).reason == "too many pages (3; limit 2)");
}

TEST_CASE("the reader in process bounds its time between pages") {
    ExtractLimits none;
    none.seconds = 0;
    Extracted e = extract_pdf(text_pdf(kThreePages), none);
    CHECK_FALSE(e.ok);
    CHECK(e.reason.starts_with("too slow: over 0 s by page"));
}

TEST_CASE("a Word paper is read as headings, paragraphs, list items and table rows") {
    TempDir dir("docx");
    const fs::path files = make_docx_files(dir);
    SourceText src = read_source(files / "committee.docx");
    REQUIRE(src.ok);
    CHECK(src.format == SourceFormat::docx);
    CHECK(src.pages == 0);
    CHECK(src.text.find("# Report to the Children and Young People Scrutiny Committee\n") != std::string::npos);
    CHECK(src.text.find("# Purpose of the report\n") != std::string::npos);
    CHECK(src.text.find("- Members note the progress on the quokkaline pilot") != std::string::npos);
    CHECK(src.text.find("Return home interviews\tComplete\n") != std::string::npos);
    CHECK(src.text.find("Audit\tStarted in May\n") != std::string::npos);  // a cell's paragraphs
    CHECK(src.text.find("zebrafinch") == std::string::npos);               // deleted in tracked changes
    CHECK(src.text.find("Deleted text stays out: kept.") != std::string::npos);
    auto reports = parse_source(src, (files / "committee.docx").string());
    REQUIRE(!reports.empty());
    CHECK(reports[0].format == "docx");
    CHECK(reports[0].type == DocType::committee_paper);
    CHECK(reports[0].meeting_date == Date{2024, 3, 14});
    const Paragraph* p = containing(reports[0], "quokkaline");
    REQUIRE(p);
    CHECK(p->page == 0);
    CHECK(p->list_item);
}

TEST_CASE("Word files that cannot be read get a reason") {
    TempDir dir("baddocx");
    const fs::path files = make_docx_files(dir);
    CHECK(read_source(files / "not-word.docx").reason == "not a Word file: a zip without word/document.xml");
    CHECK(read_source(files / "bomb.docx").reason.starts_with("decompression bomb: word/document.xml"));
    CHECK(read_written(dir, "junk.docx", "PK\x03\x04 not really a zip").reason.starts_with("damaged"));
    CHECK(read_written(dir, "locked.docx", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + "rest")
              .reason.starts_with("encrypted"));
    // A bomb whose size the zip header states is refused before it is inflated; reading stops
    // at the limit whatever the header says.
    ExtractLimits small;
    small.max_xml_bytes = 1 << 20;
    Extracted e = extract_docx(read_file_bytes(files / "bomb.docx"), small);
    CHECK(e.reason.starts_with("decompression bomb"));
}

TEST_CASE("a reader that runs out of its memory ends its child, not the caller") {
#if defined(__SANITIZE_ADDRESS__)
    // ASan reserves its allocator's address space up front, so a limit on address-space growth
    // does not bind in the sanitizer build.
    MESSAGE("SKIPPED under AddressSanitizer");
    return;
#endif
    ExtractLimits tight;
    tight.memory_mb = 1;
    Extracted e = extract_isolated(SourceFormat::pdf, read_file_bytes(kRealPdf), tight);
    CHECK_FALSE(e.ok);
    MESSAGE("with 1 MB to spare: " << e.reason);
    CHECK((e.reason.starts_with("too large: reading it needs over 1 MB of memory") ||
           e.reason.starts_with("damaged: the reader failed")));
    CHECK(extract_isolated(SourceFormat::pdf, read_file_bytes(kRealPdf)).ok);
}
