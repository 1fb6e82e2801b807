// Reports written through IndexWriter into a new generation and published, for tests that
// search or serve them.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "indexer/generations.hpp"
#include "indexer/writer.hpp"
#include "query/snapshot.hpp"

namespace assay::testing {

// Writes reports into a new generation and publishes it; returns the generation's name.
inline std::string publish_reports(const std::filesystem::path& index_dir, const std::vector<Report>& reports) {
    Analyzer analyzer;
    auto gen = new_generation(index_dir);
    {
        IndexWriter w(gen, true);
        for (const auto& r : reports) w.add_report(r, analyzer);
        w.commit();
    }
    publish_generation(index_dir, gen);
    return gen.filename().string();
}

// The same, opened for search.
inline std::shared_ptr<const IndexSnapshot> searchable(const std::filesystem::path& index_dir,
                                                       const std::vector<Report>& reports) {
    publish_reports(index_dir, reports);
    return IndexSnapshot::open(index_dir);
}

}  // namespace assay::testing
