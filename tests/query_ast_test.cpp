#include <doctest/doctest.h>

#include <random>

#include "query/query_ast.hpp"

using namespace assay;

namespace {
std::string d(std::string_view q) {
    auto ast = parse_query(q);
    return ast ? describe(*ast) : "";
}
std::size_t error_column(std::string_view q) {
    try {
        parse_query(q);
    } catch (const QueryError& e) {
        return e.column();
    }
    return 0;
}
}  // namespace

TEST_CASE("juxtaposed words form one group of optional words") {
    CHECK(d("strategy discussions police") == "(GROUP strategy discussions police)");
    CHECK(d("police") == "police");
    CHECK(d("") == "");
    CHECK(d("   ") == "");
}

TEST_CASE("phrases, operators and precedence") {
    CHECK(d("\"step down\" process") == "(GROUP \"step down\" process)");
    CHECK(d("“staying put”") == "\"staying put\"");
    CHECK(d("a AND b OR c") == "(OR (AND a b) c)");
    CHECK(d("a OR b AND c") == "(OR a (AND b c))");
    CHECK(d("(a OR b) AND c") == "(AND (OR a b) c)");
    CHECK(d("a NOT b") == "(GROUP a (NOT b))");
    CHECK(d("caseloads -agency +social") == "(GROUP caseloads -agency +social)");
    CHECK(d("police NEAR strategy") == "(NEAR/10 police strategy)");
    CHECK(d("police NEAR/3 strategy") == "(NEAR/3 police strategy)");
    CHECK(d("multi-agency") == "multi-agency");  // a hyphen inside a word is not exclusion
}

TEST_CASE("field filters and ranges") {
    CHECK(d("authority:Brent") == "authority:\"Brent\"");
    CHECK(d("authority:\"Royal Borough of Greenwich\" police") ==
          "(GROUP authority:\"Royal Borough of Greenwich\" police)");
    CHECK(d("year:2015..") == "year:2015..");
    CHECK(d("year:..2014") == "year:..2014");
    CHECK(d("year:2012..2013") == "year:2012..2013");
    CHECK(d("Grade:inadequate") == "grade:\"inadequate\"");
    CHECK(d("note: this") == "(GROUP note: this)");  // a colon followed by space is text
}

TEST_CASE("malformed queries say what and where") {
    CHECK(error_column("\"unclosed phrase") == 1);
    CHECK(error_column("police AND") == 8);
    CHECK(error_column("(police") == 1);
    CHECK(error_column("police)") == 7);
    CHECK(error_column("OR police") == 1);
    CHECK(error_column("a NEAR/0 b") == 3);
    CHECK(error_column("year:..") == 6);
    CHECK(error_column("()") == 1);
    CHECK_THROWS_WITH_AS(parse_query("authority:"), doctest::Contains("needs a value"), QueryError);
}

TEST_CASE("limits: length, depth and clause count") {
    CHECK_THROWS_AS(parse_query(std::string(kMaxQueryBytes + 1, 'a')), QueryError);
    std::string deep(100, '(');
    deep += "a" + std::string(100, ')');
    CHECK_THROWS_WITH_AS(parse_query(deep), doctest::Contains("nested too deeply"), QueryError);
    std::string many;
    for (int i = 0; i < 300; ++i) many += "w" + std::to_string(i) + " ";
    CHECK_THROWS_WITH_AS(parse_query(many), doctest::Contains("clauses"), QueryError);
}

TEST_CASE("random bytes: a query either parses or throws QueryError") {
    unsigned seed = std::random_device{}();
    CAPTURE(seed);
    std::mt19937 rng(seed);
    const std::string alphabet = "ab \"()-+:.ORANDNOTNEAR/\xE2\x80\x9C\xFF";
    for (int i = 0; i < 2000; ++i) {
        std::string q(rng() % 40, ' ');
        for (auto& c : q) c = alphabet[rng() % alphabet.size()];
        try {
            parse_query(q);
        } catch (const QueryError&) {}
    }
}
