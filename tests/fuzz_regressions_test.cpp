// Replays every input the fuzzers once crashed on (fuzz/regressions/<target>/) through the
// same entry functions the fuzzers call, in the normal build. A regression aborts (a broken
// invariant) or trips the sanitizers in the asan preset.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include "fuzz/analyzer_target.hpp"
#include "fuzz/document_targets.hpp"
#include "fuzz/facet_bitmaps_target.hpp"
#include "fuzz/http_target.hpp"
#include "fuzz/parser_target.hpp"
#include "fuzz/query_target.hpp"

namespace fs = std::filesystem;

namespace {

using Target = int (*)(const std::uint8_t*, std::size_t);

const fs::path kRegressions = fs::path(ASSAY_SOURCE_DIR) / "fuzz" / "regressions";

std::string read_bytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// Replays the target's saved inputs; returns how many there were.
std::size_t replay(const std::string& target, Target run) {
    std::size_t n = 0;
    const fs::path dir = kRegressions / target;
    if (!fs::is_directory(dir)) return 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (!entry.is_regular_file() || entry.path().extension() == ".md") continue;
        const std::string bytes = read_bytes(entry.path());
        INFO("replaying " << entry.path().string());
        CHECK(run(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()) == 0);
        ++n;
    }
    return n;
}

}  // namespace

TEST_CASE("every regression folder names a fuzz target") {
    const std::set<std::string> targets{"parser", "analyzer", "query", "http", "facet_bitmaps", "pdf", "docx"};
    REQUIRE(fs::is_directory(kRegressions));
    for (const auto& entry : fs::directory_iterator(kRegressions))
        if (entry.is_directory()) CHECK_MESSAGE(targets.count(entry.path().filename().string()), entry.path());
}

TEST_CASE("parser regressions") { MESSAGE(replay("parser", assay::fuzz::parser_one) << " inputs"); }
TEST_CASE("analyzer regressions") { MESSAGE(replay("analyzer", assay::fuzz::analyzer_one) << " inputs"); }
TEST_CASE("query regressions") { MESSAGE(replay("query", assay::fuzz::query_one) << " inputs"); }
TEST_CASE("http regressions") { MESSAGE(replay("http", assay::fuzz::http_one) << " inputs"); }
TEST_CASE("facet bitmap regressions") { MESSAGE(replay("facet_bitmaps", assay::fuzz::facet_bitmaps_one) << " inputs"); }
TEST_CASE("PDF reader regressions") { MESSAGE(replay("pdf", assay::fuzz::pdf_one) << " inputs"); }
TEST_CASE("Word reader regressions") { MESSAGE(replay("docx", assay::fuzz::docx_one) << " inputs"); }

// The entry functions on inputs whose answers are known, so a harness that stopped reaching
// the code it claims to fuzz is noticed.
namespace {
int run_text(Target run, const std::string& s) {
    return run(reinterpret_cast<const std::uint8_t*>(s.data()), s.size());
}
std::string repeat(const std::string& unit, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += unit;
    return out;
}
const std::string kHost = "Host: 127.0.0.1:8080\r\n";
}  // namespace

TEST_CASE("the PDF and Word harnesses read real files through the parser") {
    const auto pdf = read_bytes(fs::path(ASSAY_SHARED_DIR) / "corpus" / "pdf" / "ofsted-fv_barnsley_2023-03-01.pdf");
    assay::Extracted e = assay::extract_pdf(pdf, assay::fuzz::fuzz_limits());
    CHECK(e.ok);
    CHECK(e.pages == 4);
    CHECK(run_text(assay::fuzz::pdf_one, pdf) == 0);
    CHECK(run_text(assay::fuzz::pdf_one, "%PDF-1.4 nothing more") == 0);
    CHECK(run_text(assay::fuzz::docx_one, "PK\x03\x04 not a zip") == 0);
}

TEST_CASE("the HTTP harness answers as the daemon does") {
    using assay::fuzz::http_statuses;
    using V = std::vector<int>;
    CHECK(http_statuses("GET /healthz HTTP/1.1\r\n" + kHost + "\r\n") == V{200});
    CHECK(http_statuses("GET /api/search?q=police HTTP/1.1\r\n" + kHost + "\r\nGET /api/facets HTTP/1.1\r\n" + kHost +
                        "Connection: close\r\n\r\nGET /healthz HTTP/1.1\r\n" + kHost + "\r\n") == V{200, 200});
    CHECK(http_statuses("GET /api/search?q=%22unclosed HTTP/1.1\r\n" + kHost + "\r\n") == V{400});
    CHECK(http_statuses("GET /api/search?q=x HTTP/1.1\r\nHost: evil.example:8080\r\n\r\n") == V{421});
    CHECK(http_statuses("GET /api/search?q=x HTTP/1.1\r\n\r\n") == V{400});
    CHECK(http_statuses("GET /nowhere HTTP/1.1\r\n" + kHost + "\r\n") == V{404});
    CHECK(http_statuses("POST /api/search HTTP/1.1\r\n" + kHost + "Content-Length: 0\r\n\r\n") == V{405});
    CHECK(http_statuses("GET /x HTTP/1.1\r\n" + kHost + "Content-Length: 1\r\nContent-Length: 2\r\n\r\nab") == V{400});
    CHECK(http_statuses("GET /x HTTP/1.1\r\n" + kHost + "X: " + std::string(9000, 'a') + "\r\n\r\n") == V{431});
    CHECK(http_statuses("GET /x HTTP/1.1\r\n" + kHost + "Content-Length: 20000\r\n\r\n") == V{413});
    CHECK(http_statuses("GET /api/sear") == V{400});  // a request cut short
    CHECK(http_statuses("").empty());
}

TEST_CASE("hostile text goes through every target without breaking an invariant (R34-R36)") {
    const std::vector<std::string> inputs{
        "\xC0\xAF \xED\xA0\x80 \xFF caseloads \xE2\x82",                   // overlong, surrogate, FF, truncated
        std::string(200000, 'x'),                                          // one 200 KB token
        repeat("\xEF\xB7\xBA", 20000),                                     // U+FDFA expands 18x under NFKC
        "a" + repeat("\xCC\x81", 10000),                                   // 10 000 combining acutes
        repeat("x\xE2\x80\x8D", 20000),                                    // ZWJ runs
        std::string("\xFF\xFE", 2) + repeat(std::string("a\0", 2), 5000),  // UTF-16LE with a BOM
    };
    for (const auto& in : inputs) {
        CHECK(run_text(assay::fuzz::parser_one, in) == 0);
        CHECK(run_text(assay::fuzz::analyzer_one, in) == 0);
        CHECK(run_text(assay::fuzz::query_one, in.substr(0, 5000)) == 0);
    }
}

TEST_CASE("the facet harness loads what the writer serialises, and nothing corrupt") {
    assay::FacetBitmaps facets;
    facets.by_term["XAE09000005"] = Roaring::bitmapOf(3, 1u, 2u, 3u);
    facets.by_term["XY2012"] = Roaring::bitmapOf(2, 2u, 70000u);
    const std::string bytes = facets.serialise();
    CHECK(run_text(assay::fuzz::facet_bitmaps_one, bytes) == 0);
    std::string flipped = bytes;
    flipped[20] ^= 0x40;
    CHECK_FALSE(assay::FacetBitmaps::deserialise(flipped).has_value());
    CHECK(run_text(assay::fuzz::facet_bitmaps_one, flipped) == 0);
}
