// Snippets: the best short window of a paragraph for a query, HTML-escaped first and then
// marked, so text from a report can never become markup.
#pragma once

#include <set>
#include <string>
#include <string_view>

#include "schema/analyzer.hpp"

namespace assay {

std::string html_escape(std::string_view text);

// At most ~max_words words around the densest cluster of query terms, with each matching word
// wrapped in <mark>…</mark> and "…" where the paragraph was cut.
std::string make_snippet(std::string_view text, const std::set<std::string>& terms, const Analyzer& analyzer,
                         std::size_t max_words = 36);

}  // namespace assay
