// A temporary folder of report files with an index beside it: build options for it and
// searches of the published index, for suites that index real files.
#pragma once

#include <filesystem>
#include <string>

#include "indexer/build.hpp"
#include "query/searcher.hpp"
#include "temp_dir.hpp"

namespace assay::testing {

struct FolderIndex {
    TempDir dir;
    std::filesystem::path corpus = dir.path / "corpus";
    std::filesystem::path index = dir.path / "index";

    explicit FolderIndex(const std::string& tag) : dir(tag) { std::filesystem::create_directories(corpus); }

    BuildOptions options(unsigned jobs = 1, std::uintmax_t max_file_bytes = SourceOptions{}.max_file_bytes) const {
        BuildOptions o;
        o.corpora = {corpus};
        o.index_dir = index;
        o.jobs = jobs;
        o.source.max_file_bytes = max_file_bytes;
        return o;
    }
    std::filesystem::path write(const std::string& name, const std::string& bytes) const {
        return dir.write("corpus/" + name, bytes);
    }
    SearchResult search(const std::string& q, std::size_t limit = 10) const {
        Searcher s(IndexSnapshot::open(index));
        SearchRequest req;
        req.query = q;
        req.limit = limit;
        return s.search(req);
    }
    std::size_t hits(const std::string& q) const { return search(q).total; }
};

// A small report whose paragraphs all carry one marker word.
inline std::string marker_report(const std::string& marker) {
    return "Notes on " + marker +
           "\n\n"
           "Inspectors found that " +
           marker +
           " was considered carefully in every case they saw.\n\n"
           "Managers review " +
           marker + " each month and act on what they find.\n";
}

}  // namespace assay::testing
