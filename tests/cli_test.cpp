// The programs as a user runs them: exit codes, messages, output formats.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "schema/fields.hpp"
#include "schema/version.hpp"
#include "support/run_program.hpp"
#include "support/temp_dir.hpp"

using namespace assay::testing;

namespace {
using Run = ProgramRun;
Run run(const std::string& cmd) { return run_program(cmd); }
std::string bin(const char* name) { return program(name); }
std::string quote(const std::string& s) { return shell_quote(s); }

struct Indexed {
    TempDir dir{"cli"};
    std::string index = (dir.path / "index").string();
    Indexed() {
        dir.write("corpus/a.txt",
                  "Strategy discussions\n\nPolice attend strategy discussions promptly in every case.\n\n"
                  "Caseloads are high in the assessment teams.\n");
        dir.write("corpus/broken.txt", std::string("\0\1\2binary", 9));
        dir.write("corpus/empty.md", "");
        auto r = run(bin("assay-index") + " build --corpus " + quote((dir.path / "corpus").string()) + " --index " +
                     quote(index));
        INFO(r.out);
        REQUIRE(r.status == 0);
        build_output = r.out;
    }
    std::string build_output;
    Run query(const std::string& args) { return run(bin("assay-query") + " --index " + quote(index) + " " + args); }
};
}  // namespace

TEST_CASE("--help on every program exits 0 and names its options") {
    for (const char* cmd : {"assay-index --help", "assay-index build --help", "assay-index parse --help",
                            "assay-index update --help", "assay-query --help"}) {
        CAPTURE(cmd);
        auto r = run(bin("") + cmd);
        CHECK(r.status == 0);
        CHECK(r.out.find("--") != std::string::npos);
    }
    CHECK(run(bin("assay-index")).status == 2);
    CHECK(run(bin("assay-index") + " frobnicate").status == 2);
}

TEST_CASE("--version prints the release and the index schema version") {
    const std::string schema_line = "index schema version " + std::to_string(assay::kSchemaVersion) + "\n";
    for (const char* name : {"assay-index", "assay-query"}) {
        CAPTURE(name);
        for (const char* flag : {" --version", " -V"}) {
            auto r = run(bin(name) + flag);
            CHECK(r.status == 0);
            CHECK(r.out == std::string(name) + " " + std::string(assay::release_version()) + "\n" + schema_line);
        }
    }
}

TEST_CASE("build prints a summary with each skipped file and its reason") {
    Indexed ix;
    CHECK(ix.build_output.find("indexed 1 of 3 files") != std::string::npos);
    CHECK(ix.build_output.find("broken.txt: binary file") != std::string::npos);
    CHECK(ix.build_output.find("empty.md: empty file") != std::string::npos);
    CHECK(ix.build_output.find("MB/s") != std::string::npos);
}

TEST_CASE("JSON output carries hits with citations and facets") {
    Indexed ix;
    auto r = ix.query("--format json -- strategy police");
    REQUIRE(r.status == 0);
    auto j = nlohmann::json::parse(r.out);
    for (const char* key : {"query", "total", "took_ms", "hits", "facets", "suggestion"}) CHECK(j.contains(key));
    REQUIRE(j["hits"].size() >= 1);
    const auto& h = j["hits"][0];
    for (const char* key : {"rank", "score", "report_id", "source", "authority", "date", "type", "section", "paragraph",
                            "line", "text", "snippet"})
        CHECK(h.contains(key));
    CHECK(h["text"] == "Police attend strategy discussions promptly in every case.");
    CHECK(h["snippet"].get<std::string>().find("<mark>") != std::string::npos);
    for (const char* facet : {"authority", "year", "grade", "type", "section"}) CHECK(j["facets"].contains(facet));
}

TEST_CASE("CSV output has a header and one row per hit") {
    Indexed ix;
    auto r = ix.query("--format csv -- caseloads");
    REQUIRE(r.status == 0);
    CHECK(r.out.rfind("rank,score,authority", 0) == 0);
    CHECK(r.out.find("Caseloads are high") != std::string::npos);
}

TEST_CASE("a malformed query exits 2 and says what and where") {
    Indexed ix;
    auto r = ix.query("-- '\"unclosed phrase'");
    CHECK(r.status == 2);
    CHECK(r.out.find("unclosed quote") != std::string::npos);
    CHECK(r.out.find("column 1") != std::string::npos);
    auto f = ix.query("-- 'grade:superb'");
    CHECK(f.status == 2);
    CHECK(f.out.find("outstanding") != std::string::npos);
    CHECK(ix.query("--format xml -- police").status == 2);
    CHECK(ix.query("--limit 100000 -- police").status == 2);
}

TEST_CASE("invalid UTF-8 in a query never crashes") {
    Indexed ix;
    auto r = ix.query(std::string("-- $'police \\xff\\xfe strat\\xc3'"));
    CHECK((r.status == 0 || r.status == 2));
}

TEST_CASE("a missing index is a clear error") {
    auto r = run(bin("assay-query") + " --index /nonexistent/index -- police");
    CHECK(r.status == 1);
    CHECK(r.out.find("no index") != std::string::npos);
}
