// fuzz_query: bytes -> the query language parser -> resolution into a Xapian::Query against a
// small index -> a full search (match, facets, snippets). A malformed query may only ever be a
// QueryError; anything else escaping is a crash.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/check.hpp"
#include "fuzz/tiny_index.hpp"
#include "query/query_ast.hpp"
#include "query/resolve.hpp"
#include "query/searcher.hpp"
#include "query/snapshot.hpp"
#include "schema/utf8.hpp"

namespace assay::fuzz {

inline int query_one(const std::uint8_t* data, std::size_t size) {
    static const auto snapshot = IndexSnapshot::open(tiny_index());
    static const Xapian::Database db = snapshot->database();
    static const Analyzer analyzer;
    static Searcher searcher(snapshot);
    std::string_view text(reinterpret_cast<const char*>(data), size);

    QueryAst ast;
    try {
        ast = parse_query(text);
    } catch (const QueryError& e) {
        require(is_valid_utf8(e.what()), "query errors are valid UTF-8 (they are shown in JSON)");
        return 0;
    }
    if (ast) require(is_valid_utf8(describe(*ast)), "the AST description is valid UTF-8");
    try {
        ResolvedQuery resolved = resolve(ast.get(), db, snapshot->group_terms, analyzer);
        resolved.text.get_description();
        for (const auto& t : resolved.highlight_terms) require(t.size() <= kXapianMaxTermBytes, "highlight terms fit");
    } catch (const QueryError& e) {
        require(is_valid_utf8(e.what()), "query errors are valid UTF-8");
        return 0;
    }
    SearchRequest request;
    request.query = std::string(text);
    request.limit = 5;
    request.per_report = 1;
    try {
        SearchResult result = searcher.search(request);
        require(result.hits.size() <= request.limit, "a page holds at most limit hits");
        for (const auto& h : result.hits) require(is_valid_utf8(h.snippet), "snippets are valid UTF-8");
    } catch (const QueryError&) {
        require(false, "a query that resolved must also search");
    }
    return 0;
}

}  // namespace assay::fuzz
