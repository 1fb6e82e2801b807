// stats and check: what is in a published index, and whether its parts agree.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace assay {

struct IndexStats {
    std::string generation;
    std::size_t reports = 0, paragraphs = 0;
    std::uintmax_t bytes_on_disk = 0;
    std::map<std::string, std::map<std::string, std::size_t>> facets;  // field -> value -> paragraphs
};
IndexStats index_stats(const std::filesystem::path& index_dir);

struct CheckResult {
    std::vector<std::string> problems;
    // Not damage, but worth a rebuild (a segment written with another thesaurus).
    std::vector<std::string> notes;
    bool ok() const { return problems.empty(); }
};
// Verifies the Xapian structure, the schema version, that the stored facet bitmaps equal the
// ones derived from the terms, and that every paragraph's report has a record.
CheckResult check_index(const std::filesystem::path& index_dir);

}  // namespace assay
