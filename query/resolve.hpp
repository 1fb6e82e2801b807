// resolve: QueryAst -> what the searcher runs. Words go through the same Analyzer as the
// reports, the thesaurus widens acronyms and expansions into synonym groups, and top-level
// field filters are kept apart (they drive both the match and the disjunctive facet counts).
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "query/filters.hpp"
#include "query/query_ast.hpp"
#include "schema/analyzer.hpp"

namespace assay {

struct RankingParams {
    double proximity_weight = 0.0;  // boost for neighbouring query words found side by side
    unsigned proximity_slack = 0;   // words allowed between them beyond the typed distance
    double coverage_weight = 0.15;  // boost for paragraphs holding every query word
    double prose_weight = 4.0;      // prior (added) for prose paragraphs of inspection reports
    // Scale on a thesaurus group term: the one term holds what a synonym of phrases scored a
    // little higher (dev nDCG@10 0.843 at 1.0, 0.848 at 1.1, 0.845 at 1.3).
    double synonym_weight = 1.1;
    // A paragraph whose wording n paragraphs share scores 1 / (1 + template_weight * ln n).
    double template_weight = 0.5;
    // How many of the best hits that and the opening below rescore, whatever page is asked for
    // (pages beyond keep Xapian's order, so paging stays consistent).
    std::size_t rescore_depth = 20;
    // An inspector's paragraph opens with its finding: the share of the typed words met in its
    // first opening_words words is added, times opening_weight, to the score of each rescored hit.
    double opening_weight = 0.75;
    unsigned opening_words = 15;
};

struct ResolvedQuery {
    Xapian::Query text;                         // free text and nested filters; MatchAll when there is none
    bool has_text = false;                      // any ranked words at all
    std::vector<ResolvedFilter> facet_filters;  // top-level filters on facet fields
    std::vector<Xapian::Query> other_filters;   // top-level date ranges
    std::set<std::string> highlight_terms;      // stemmed terms to mark in snippets
    std::vector<std::string> words;             // the user's free-text words (for suggestions)
    std::vector<std::string> opening_terms;     // one positioned term per ranked content word
};

// group_terms: the index holds this program's thesaurus group terms in every segment
// (IndexSnapshot::group_terms); otherwise groups are searched as their forms' phrases.
ResolvedQuery resolve(const QueryNode* root, const Xapian::Database& db, bool group_terms, const Analyzer& analyzer,
                      const RankingParams& params = {});

}  // namespace assay
