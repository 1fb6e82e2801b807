// Domain synonyms: acronyms and their expansions, spelling variants, and the two names the
// reports give the body they inspect (council, local authority). Either form of an entry
// finds both. Data lives in schema/data/thesaurus.tsv, compiled in.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Xapian {
class Database;
}

namespace assay {

// One group of equivalent forms, each form a sequence of lower-case words as the analyzer
// would produce them before stemming: {{"cse"}, {"child","sexual","exploitation"}}.
struct SynonymGroup {
    std::vector<std::vector<std::string>> forms;
};

class Thesaurus {
public:
    static const Thesaurus& instance();
    explicit Thesaurus(std::vector<SynonymGroup> groups);

    const std::vector<SynonymGroup>& groups() const { return groups_; }

    // The longest form starting at words[pos]; returns the group and the number of words
    // matched, or {nullptr, 0}. Words are compared after case folding, unstemmed.
    struct Match {
        const SynonymGroup* group = nullptr;
        std::size_t length = 0;
    };
    Match longest_match(const std::vector<std::string>& words, std::size_t pos) const;

    // The index term standing for a whole group: the indexer adds it where any form occurs, so
    // a query for a group is one term instead of a synonym of phrases (one posting list to
    // walk instead of phrase checks on common words like "children in need").
    static std::string group_term(const SynonymGroup& g);
    // Changes whenever any group or form changes: an index whose group terms were written
    // with another table must not be searched through them.
    const std::string& fingerprint() const { return fingerprint_; }

private:
    std::string compute_fingerprint() const;

    std::vector<SynonymGroup> groups_;
    // Forms by their first word (longest_match runs once per indexed word).
    std::unordered_map<std::string, std::vector<std::pair<const std::vector<std::string>*, const SynonymGroup*>>>
        by_first_;
    std::string fingerprint_;  // read on every query: computed once
};

// Whether a segment was written with this program's thesaurus, so holds its group terms (the
// fingerprint stored under kMetaThesaurus).
bool written_with_this_thesaurus(const Xapian::Database& segment);

// What a user is told about an index that was not: searches still match, more slowly.
inline constexpr std::string_view kStaleThesaurusAdvice =
    "written with another thesaurus: synonyms are searched as phrases, more slowly (rebuild it with assay-index "
    "build)";

}  // namespace assay
