// Text hygiene from file to answer (RELIABILITY R34, R35, R36, R38): invalid UTF-8, huge
// tokens, normalisation blow-ups and case folding, checked through the indexer, the Searcher,
// the assay-query program and the daemon.
//
// The policy under test: files that are mostly UTF-8 keep it, each broken sequence becoming
// U+FFFD, other non-UTF-8 files are read as Windows-1252; queries given to assay-query have
// broken sequences replaced with U+FFFD; the HTTP API refuses them with 400. Tokens over
// kMaxTokenBytes are dropped (not truncated); queries over kMaxQueryBytes are refused.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <functional>

#include <xapian.h>
#include <nlohmann/json.hpp>

#include "daemon_fixture.hpp"
#include "indexer/generations.hpp"
#include "indexer/source.hpp"
#include "query/http/daemon.hpp"
#include "query/query_ast.hpp"
#include "query/render.hpp"
#include "schema/analyzer.hpp"
#include "schema/index_layout.hpp"
#include "schema/utf8.hpp"
#include "support/folder_index.hpp"
#include "support/run_program.hpp"

using namespace assay;
using namespace assay::testing;
using nlohmann::json;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

std::string repeat(std::string_view unit, std::size_t n) {
    std::string s;
    s.reserve(unit.size() * n);
    for (std::size_t i = 0; i < n; ++i) s += unit;
    return s;
}

// Every string anywhere in a JSON value is valid UTF-8.
void check_strings_valid(const json& j) {
    if (j.is_string()) {
        CHECK_MESSAGE(is_valid_utf8(j.get<std::string>()), j.get<std::string>());
    } else if (j.is_structured()) {
        for (const auto& v : j) check_strings_valid(v);
    }
}

const char* const kBroken[] = {"\xC0\xAF", "\xED\xA0\x80", "\xE2\x80", "\xFF", "\xF4\x90\x80\x80"};

// A UTF-8 report (curly quotes, an em dash) with each broken sequence inside a word.
std::string broken_report() {
    std::string s = "Children\xE2\x80\x99s services \xE2\x80\x94 notes on the pipit review\n\n";
    for (const char* b : kBroken)
        s += std::string("The pipit") + b + "review found \xE2\x80\x9Cgood\xE2\x80\x9D practice in every team.\n\n";
    return s;
}

}  // namespace

TEST_CASE("R34: broken UTF-8 in a mostly UTF-8 file becomes U+FFFD; other bytes are Windows-1252") {
    auto mostly = decode_source(broken_report(), false);
    REQUIRE(mostly.ok);
    CHECK(is_valid_utf8(mostly.text));
    CHECK(mostly.note.find("U+FFFD") != std::string::npos);
    CHECK(mostly.text.find("Children\xE2\x80\x99s") != std::string::npos);  // good UTF-8 kept, not mojibake
    CHECK(mostly.text.find("pipit\xEF\xBF\xBD\xEF\xBF\xBDreview") !=
          std::string::npos);  // C0 AF: two bytes, two U+FFFD
    auto legacy = decode_source("Caf\xE9 \x93quoted\x94 and \xC0\xAF\n", false);
    REQUIRE(legacy.ok);
    CHECK(is_valid_utf8(legacy.text));
    CHECK(legacy.note.find("Windows-1252") != std::string::npos);
    CHECK(legacy.text.rfind("Café “quoted” and À¯", 0) == 0);
    for (std::string b : kBroken) {  // a file of nothing but broken bytes is still valid text
        auto d = decode_source("Word " + b + " word\n", false);
        CAPTURE(b);
        if (d.ok) CHECK(is_valid_utf8(d.text));
    }
}

TEST_CASE("R34: stored text, snippets and every JSON answer are valid UTF-8 (Searcher, CLI, daemon)") {
    FolderIndex f("utf8");
    f.write("broken.txt", broken_report());
    f.write("legacy.txt", "Caf\xE9 culture: the pipit survey was na\xEFve \x96 but thorough.\n");
    auto built = build_index(f.options(2));
    REQUIRE(built.files_indexed == 2);

    auto result = f.search("pipit", 100);
    REQUIRE(result.total >= 6);
    for (const auto& h : result.hits) {
        CHECK(is_valid_utf8(h.text));
        CHECK(is_valid_utf8(h.snippet));
        CHECK(h.snippet.find("<mark>") != std::string::npos);
    }
    json j = json::parse(to_json(result).dump());  // the strict dump throws on invalid UTF-8
    check_strings_valid(j);

    // assay-query: broken bytes in the query are replaced; the JSON parses and echoes U+FFFD.
    for (std::string b : kBroken) {
        CAPTURE(b);
        auto r = run_program(program("assay-query") + " --format json --index " + shell_quote(f.index.string()) +
                             " -- " + shell_quote("pipit " + b));
        INFO(r.out);
        REQUIRE(r.status == 0);
        json q = json::parse(r.out);
        check_strings_valid(q);
        CHECK(q["query"].get<std::string>().find("\xEF\xBF\xBD") != std::string::npos);
        CHECK(q["total"].get<std::size_t>() == result.total);
    }

    // The daemon: broken bytes in q are 400 naming q; the answers that do come are valid.
    http::DaemonOptions o;
    o.index_dir = f.index;
    o.port = 0;
    http::Daemon daemon(o);
    for (std::string q : {"%FF%FE", "%C0%AF", "%ED%A0%80", "pipit%E2%80", "%F4%90%80%80"}) {
        CAPTURE(q);
        auto r = http_get(daemon.port(), "/api/search?q=" + q);
        CHECK(r.status == 400);
        json e = r.json();
        CHECK(e["error"]["parameter"] == "q");
        CHECK(e["error"]["message"].get<std::string>().find("UTF-8") != std::string::npos);
    }
    auto ok = http_get(daemon.port(), "/api/search?q=pipit&limit=100");
    REQUIRE(ok.status == 200);
    json answer = ok.json();
    CHECK(answer["total"] == result.total);
    check_strings_valid(answer);
    std::string id = answer["hits"][0]["report_id"];
    auto record = http_get(daemon.port(), "/api/reports/" + id);
    REQUIRE(record.status == 200);
    check_strings_valid(record.json());
}

TEST_CASE("R35: huge tokens are dropped, never a Xapian error, and cost about what normal text does") {
    std::string huge = "Notes on the linnet review\n\nThe linnet review opened with a long line.\n\n";
    huge += std::string(1 << 20, 'q') + "\n\n";      // 1 MB without a space
    huge += "7" + std::string(99999, '3') + "\n\n";  // a 100,000-digit number
    std::string base64;
    const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (std::size_t i = 0; i < (5u << 20); ++i) base64 += alphabet[(i * 2654435761u >> 7) % 64];
    huge += base64 + "\n\n";                                                                  // a 5 MB base64 blob
    huge += "See https://example.org/" + std::string(2000, 'u') + " for the linnet data.\n";  // a 2,000-character URL
    std::string normal;
    while (normal.size() < huge.size())
        normal += "Social workers visit children regularly and record their wishes and feelings well. ";

    // Indexes one file alone and returns the milliseconds the build took; `inspect` looks at it.
    auto index_one = [](const std::string& text, const std::function<void(const FolderIndex&)>& inspect) {
        FolderIndex f("tokens");
        f.write("report.txt", text);
        auto t = Clock::now();
        auto s = build_index(f.options(1));
        double ms = ms_since(t);
        REQUIRE(s.files_indexed == 1);
        inspect(f);
        return ms;
    };
    double huge_ms = index_one(huge, [](const FolderIndex& f) {
        CHECK(f.hits("linnet") >= 2);
        CHECK(f.hits("example.org") == 1);  // the host stays a word; its 2,000-letter path does not
        // No term longer than kMaxTokenBytes (plus a field prefix) made it into the index.
        Xapian::Database db(current_generation(f.index)->string());
        std::size_t longest = 0;
        for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t) longest = std::max(longest, (*t).size());
        CHECK(longest <= kMaxTokenBytes + 4);
        CHECK(db.get_termfreq(std::string(kMaxTokenBytes + 1, 'q')) == 0);
    });
    double normal_ms = index_one(normal, [](const FolderIndex& f) { CHECK(f.hits("wishes") >= 1); });
    MESSAGE("indexing " << huge.size() / 1e6 << " MB of huge tokens took " << huge_ms << " ms; the same size of "
                        << "normal prose took " << normal_ms << " ms");
    CHECK(huge_ms < 5 * normal_ms + 1000);
}

TEST_CASE("R36: normalisation blow-ups: bounded tokens, linear time, queries over the cap refused") {
    Analyzer a;
    struct Case {
        const char* name;
        std::string unit;
        std::string prefix;
    };
    // The 1 M x ZWJ case is timed at 1/10 and 2/10 of its size below, then run whole once.
    const Case cases[] = {
        {"U+FDFA", "\xEF\xB7\xBA", ""}, {"a + U+0301", "\xCC\x81", "a"}, {"U+200D", "\xE2\x80\x8D", ""}};
    auto time_tokenize = [&](const std::string& text, std::size_t& token_bytes) {
        auto t = Clock::now();
        auto toks = a.tokenize(text);
        double ms = ms_since(t);
        token_bytes = 0;
        for (const auto& tok : toks) token_bytes += tok.word.size();
        return ms;
    };
    for (const auto& c : cases) {
        for (std::size_t n : {10000u, 100000u}) {
            std::string text = c.prefix + repeat(c.unit, n);
            std::size_t out_bytes = 0;
            double ms = time_tokenize(text, out_bytes);
            // Same size of ordinary non-ASCII prose, which takes the same ICU path.
            std::string prose = repeat("café naïve ", text.size() / 13 + 1);
            std::size_t prose_bytes = 0;
            double prose_ms = time_tokenize(prose, prose_bytes);
            MESSAGE(std::string(c.name) << " x " << n << " (" << text.size() << " bytes): " << ms << " ms, "
                                        << out_bytes << " bytes of tokens; same-size prose " << prose_ms << " ms");
            CHECK(out_bytes <= text.size());
            CHECK(ms < 10 * prose_ms + 50);
        }
    }
    std::size_t zwj_bytes = 0;
    double zwj_ms = time_tokenize(repeat("\xE2\x80\x8D", 1000000), zwj_bytes);
    MESSAGE("U+200D x 1,000,000: " << zwj_ms << " ms, " << zwj_bytes << " bytes of tokens");
    CHECK(zwj_bytes == 0);
    CHECK(zwj_ms < 5000);
    // A word that folds to something short still does, joiners and all.
    CHECK(a.fold("pipit" + repeat("\xE2\x80\x8D", 5)) == "pipit");

    // As a document: indexed without trouble; the ordinary words around it are found.
    FolderIndex f("blowup");
    f.write("blowup.txt", "The dipper survey\n\n" + repeat("\xEF\xB7\xBA", 100000) + "\n\nThe dipper a" +
                              repeat("\xCC\x81", 10000) + " survey " + repeat("\xE2\x80\x8D", 1000000) + " ends.\n");
    auto t = Clock::now();
    auto built = build_index(f.options(1));
    MESSAGE("indexing the blow-up document took " << ms_since(t) << " ms");
    REQUIRE(built.files_indexed == 1);
    CHECK(f.hits("dipper") >= 1);

    // As a query: over kMaxQueryBytes is refused naming the limit (parser, CLI, daemon).
    std::string limit = std::to_string(kMaxQueryBytes);
    for (const auto& c : cases) {
        std::string q = c.prefix + repeat(c.unit, kMaxQueryBytes / c.unit.size() + 1);
        std::string message;
        try {
            parse_query(q);
        } catch (const QueryError& e) {
            message = e.what();
        }
        CHECK(message.find(limit + " bytes") != std::string::npos);
        auto r =
            run_program(program("assay-query") + " --index " + shell_quote(f.index.string()) + " -- " + shell_quote(q));
        CHECK(r.status == 2);
        CHECK(r.out.find(limit + " bytes") != std::string::npos);
    }
    // Under the cap it folds and answers quickly: the huge words are dropped, dipper is found.
    std::string under = "dipper " + repeat("\xEF\xB7\xBA", (kMaxQueryBytes - 7) / 3);
    REQUIRE(under.size() <= kMaxQueryBytes);
    auto q0 = Clock::now();
    CHECK(f.hits(under) >= 1);
    MESSAGE("a " << under.size() << "-byte U+FDFA query took " << ms_since(q0) << " ms");

    http::DaemonOptions o;
    o.index_dir = f.index;
    o.port = 0;
    http::Daemon daemon(o);
    std::string encoded = "dipper+" + std::string(kMaxQueryBytes, 'a') + repeat("%EF%B7%BA", 100);
    auto over = http_get(daemon.port(), "/api/search?q=" + encoded);
    CHECK(over.status == 400);
    CHECK(over.json()["error"]["parameter"] == "q");
    CHECK(over.json()["error"]["message"].get<std::string>().find(limit + " bytes") != std::string::npos);
    auto huge = http_get(daemon.port(), "/api/search?q=" + repeat("%EF%B7%BA", 100000));
    CHECK(huge.status == 431);  // the whole request line is over the header limit: refused unread
}

TEST_CASE("R38: folding agrees between documents and queries: İstanbul, straße, ＡＢＣ１２３, ﬁle") {
    FolderIndex f("folding");
    f.write("folding.txt",
            "Folding notes\n\n"
            "The visit to İstanbul was arranged by the partnership.\n\n"
            "Records of the straße project were complete.\n\n"
            "Reference ＡＢＣ１２３ was quoted in the plan.\n\n"
            "Each ﬁle was checked by a manager.\n\n"
            "The café opened in the family centre.\n");
    REQUIRE(build_index(f.options(1)).files_indexed == 1);
    struct Row {
        const char* query;
        const char* found_in;
    };
    // Full case folding: straße = strasse, as ICU folds it; İ loses the dot above i already has.
    // The parser spells out ligatures as it reads (ﬁ becomes fi in the stored text too).
    const char* kFile = "Each file was checked";
    const Row rows[] = {{"istanbul", "İstanbul"},
                        {"ISTANBUL", "İstanbul"},
                        {"İstanbul", "İstanbul"},
                        {"strasse", "straße"},
                        {"STRASSE", "straße"},
                        {"straße", "straße"},
                        {"abc123", "ＡＢＣ１２３"},
                        {"ＡＢＣ１２３", "ＡＢＣ１２３"},
                        {"file", kFile},
                        {"ﬁle", kFile},
                        {"FILE", kFile}};
    for (const auto& row : rows) {
        CAPTURE(std::string(row.query));
        auto r = f.search(row.query);
        REQUIRE(r.total == 1);
        CHECK(r.hits[0].text.find(row.found_in) != std::string::npos);
        CHECK(r.hits[0].snippet.find("<mark>") != std::string::npos);
    }
    // Folding is not accent removal, nor prefix matching.
    CHECK(f.hits("CAFÉ") == 1);
    CHECK(f.hits("cafe") == 0);
    CHECK(f.hits("strase") == 0);
    CHECK(f.hits("abc12") == 0);
}
