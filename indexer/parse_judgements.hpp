// Judgements: graded table rows and headings first, then judgement sentences for the areas
// still missing ("is judged to be good", "Children's services in Barnet are inadequate",
// "The graded judgement for adoption performance is that it is good"), then the SEND
// inspection outcome.
#pragma once

#include <vector>

#include "indexer/parse_blocks.hpp"
#include "schema/report.hpp"

namespace assay {

void extract_judgements(const std::vector<Item>& items, Report& r);

// A judgement sentence in `text`: the area key and grade, if the text states one.
// Exposed for tests.
struct SentenceJudgement {
    std::string area;
    std::string label;
    Grade grade;
};
std::vector<SentenceJudgement> judgement_sentences(std::string_view text);

}  // namespace assay
