// Filters: turns `field:value` clauses into boolean terms or value ranges, checking each value
// against what the schema knows. An unknown value is a QueryError that lists the valid ones.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "query/query_ast.hpp"
#include "schema/fields.hpp"

namespace assay {

struct ResolvedFilter {
    FieldId field;
    std::vector<std::string> terms;  // boolean terms, any of which matches (facet filters)
    Xapian::Query query;             // the same as a Xapian query (terms OR'd, or a value range)
};

// node.kind must be QueryNode::Kind::filter. db supplies the years present for year ranges.
ResolvedFilter resolve_filter(const QueryNode& node, const Xapian::Database& db);

// The value a user would type to select a facet term ("XAE09000005" -> "Brent").
std::string facet_display_value(FieldId field, std::string_view term_value);

}  // namespace assay
