// The 43 golden pairs: each PDF Ofsted publishes (../shared/corpus/pdf) read directly must
// parse as its pdftotext twin (../shared/corpus/ofsted) does: the same metadata and
// judgements, at least 98% of the twin's paragraphs, and a page for every paragraph that is
// within the PDF and never goes back.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>

#include "indexer/pipeline.hpp"
#include "indexer/source.hpp"
#include "support/report_lookup.hpp"

using namespace assay;
namespace fs = std::filesystem;

namespace {

const fs::path kPdfs = fs::path(ASSAY_SHARED_DIR) / "corpus" / "pdf";
const fs::path kTwins = fs::path(ASSAY_SHARED_DIR) / "corpus" / "ofsted";

// Paragraph text compared as lower-case letters and digits only.
std::string letters_and_digits(std::string_view text) {
    std::string out;
    for (unsigned char c : text)
        if (std::isalnum(c)) out.push_back(static_cast<char>(std::tolower(c)));
    return out;
}

std::vector<Report> read_and_parse(const fs::path& file, SourceText* source = nullptr) {
    SourceText src = read_source(file);
    INFO(file.string() << ": " << src.reason);
    REQUIRE(src.ok);
    auto reports = parse_source(src, file.string());
    if (source) *source = std::move(src);
    return reports;
}

std::string date_of(const std::optional<Date>& d) { return d ? d->iso() : ""; }

std::vector<std::string> judgements_of(const Report& r) {
    std::vector<std::string> out;
    for (const auto& j : r.judgements) out.push_back(j.area + "=" + j.grade.word);
    return out;
}

void check_metadata(const Report& pdf, const Report& twin) {
    CHECK(pdf.type == twin.type);
    CHECK(pdf.framework == twin.framework);
    CHECK(pdf.authority.name == twin.authority.name);
    CHECK(pdf.authority.ons_code == twin.authority.ons_code);
    CHECK(date_of(pdf.inspection_start) == date_of(twin.inspection_start));
    CHECK(date_of(pdf.inspection_end) == date_of(twin.inspection_end));
    CHECK(date_of(pdf.published) == date_of(twin.published));
    CHECK(judgements_of(pdf) == judgements_of(twin));
    CHECK(pdf.lead_inspector == twin.lead_inspector);
}

// Share of the twin's paragraphs that the PDF's paragraphs hold too.
double paragraphs_found(const Report& pdf, const Report& twin) {
    std::set<std::string> have;
    for (const auto* p : testing::paragraphs(pdf)) have.insert(letters_and_digits(p->text));
    std::size_t found = 0, total = 0;
    for (const auto* p : testing::paragraphs(twin)) {
        ++total;
        found += have.count(letters_and_digits(p->text));
    }
    return total ? static_cast<double>(found) / total : 1.0;
}

void check_pages(const Report& r, std::uint32_t pdf_pages) {
    CHECK(r.pages == pdf_pages);
    std::uint32_t last = 1;
    for (const auto* p : testing::paragraphs(r)) {
        INFO("paragraph: " << p->text.substr(0, 80));
        CHECK(p->page >= last);
        CHECK(p->page <= pdf_pages);
        last = std::max(last, p->page);
    }
}

}  // namespace

TEST_CASE("every PDF of the 43 golden pairs parses as its pdftotext twin") {
    std::vector<fs::path> pdfs;
    for (const auto& e : fs::directory_iterator(kPdfs))
        if (e.path().extension() == ".pdf") pdfs.push_back(e.path());
    std::sort(pdfs.begin(), pdfs.end());
    REQUIRE(pdfs.size() == 43);
    double worst = 1.0;
    std::size_t pages = 0;
    for (const auto& pdf_path : pdfs) {
        INFO(pdf_path.filename().string());
        SourceText src;
        auto pdf = read_and_parse(pdf_path, &src);
        auto twin = read_and_parse(kTwins / pdf_path.filename().replace_extension(".txt"));
        CHECK(src.format == SourceFormat::pdf);
        CHECK(src.pages > 0);
        pages += src.pages;
        REQUIRE(pdf.size() == twin.size());
        for (std::size_t i = 0; i < pdf.size(); ++i) {
            CHECK(pdf[i].format == "pdf");
            check_metadata(pdf[i], twin[i]);
            const double found = paragraphs_found(pdf[i], twin[i]);
            CHECK(found >= 0.98);
            worst = std::min(worst, found);
            check_pages(pdf[i], src.pages);
        }
    }
    MESSAGE("43 pairs, " << pages << " pages; worst share of the twin's paragraphs found: " << worst * 100 << "%");
}
