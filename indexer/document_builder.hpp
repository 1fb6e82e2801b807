// Turns one paragraph of a parsed Report into the Xapian document that represents it:
// positional text terms, boolean facet terms, value slots and the stored record, all spelled
// through the field registry.
#pragma once

#include <xapian.h>

#include "schema/analyzer.hpp"
#include "schema/report.hpp"

namespace assay {

// Terms every paragraph of a report shares (facets and report key), computed once per report.
struct ReportTerms {
    std::vector<std::string> boolean_terms;
    std::string date_value;   // sortable date, "" when unknown
    std::string grade_value;  // sortable overall grade ordinal, "" when ungraded
};
ReportTerms report_terms(const Report& r);

Xapian::Document build_paragraph_document(const Report& r, const ReportTerms& shared, std::size_t section,
                                          std::size_t para, std::size_t seq, const Analyzer& analyzer,
                                          std::vector<std::string>* words = nullptr);

// A query-independent prior in 0..1 for a paragraph: whole prose paragraphs of inspection
// reports say the most; table rows, fragments, front matter and boilerplate the least.
double paragraph_prior(const Report& r, const Section& s, const Paragraph& p);

}  // namespace assay
