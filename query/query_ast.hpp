// QueryAst: the pure description of what the user typed, before it meets a schema or an index.
//
// Grammar (operators are upper-case words):
//   query   := or_expr
//   or_expr := and_expr ("OR" and_expr)*
//   and_expr:= group ("AND" group)*
//   group   := unary+                      juxtaposed: optional words, ranked by how many match
//   unary   := "NOT" unary | "-" primary | "+" primary | primary
//   primary := "(" or_expr ")" | "\"" words "\"" | FIELD ":" value | word ("NEAR" ["/" N] word)*
//   value   := word | "\"" words "\"" | range (a..b, a.., ..b)
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace assay {

class QueryError : public std::runtime_error {
public:
    QueryError(const std::string& message, std::size_t column)
        : std::runtime_error(message + " (at column " + std::to_string(column) + ")"), column_(column) {}
    std::size_t column() const { return column_; }

private:
    std::size_t column_;
};

struct QueryNode {
    enum class Kind { word, phrase, near, group, conj, disj, negation, filter };
    enum class Modifier { none, required, excluded };

    Kind kind = Kind::word;
    Modifier modifier = Modifier::none;  // inside a group: +word / -word
    std::string text;                    // word, phrase text, or filter value
    std::string field;                   // filter field name
    bool range = false;                  // filter value is a range lo..hi
    std::string lo, hi;                  // range ends ("" = open)
    unsigned window = 0;                 // NEAR window
    std::size_t column = 0;              // 1-based column in the query, for errors
    std::vector<std::unique_ptr<QueryNode>> children;
};

using QueryAst = std::unique_ptr<QueryNode>;

// Limits that keep one query from costing more than a page of results should.
inline constexpr std::size_t kMaxQueryBytes = 4096;
inline constexpr std::size_t kMaxQueryDepth = 32;
inline constexpr std::size_t kMaxQueryClauses = 256;
// Positional operators cost per position of every word: a NEAR chain and a phrase are short.
inline constexpr std::size_t kMaxNearWords = 10;
inline constexpr std::size_t kMaxPhraseWords = 32;

// Parses user text (any bytes: invalid UTF-8 is replaced, never trusted). An empty query
// returns nullptr. Throws QueryError naming what is wrong and where.
QueryAst parse_query(std::string_view text);

// A compact rendering of the AST, for --explain and tests: (OR a (AND b "c d")) ...
std::string describe(const QueryNode& node);

}  // namespace assay
