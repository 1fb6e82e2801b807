// NextGeneration: a new generation started from the published one, for an update or a merge.
// The current segments are hard-linked into it (no bytes copied: segments are immutable) with
// their deletions; the job then adds segments, deletes reports and merges segments, and
// publish() writes the changed deletion files and the segment list and publishes the folder.
// Unless published, the folder is removed when this goes away (PendingGeneration).
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "indexer/generations.hpp"
#include "schema/segments.hpp"
#include "schema/stored.hpp"

namespace assay {

class NextGeneration {
public:
    struct Segment {
        std::string name;
        Deletions deleted;
        bool deletions_changed = false;
    };
    struct LiveReport {
        std::size_t segment;  // index into segments()
        ReportKey key;
    };

    explicit NextGeneration(const std::filesystem::path& index_dir);

    const std::filesystem::path& path() const { return pending_.path(); }
    const std::vector<Segment>& segments() const { return segments_; }
    // Reports the generation serves, by id.
    const std::map<std::string, LiveReport>& live_reports() const { return live_; }

    // Marks a report's paragraphs and record deleted. Returns whether the report was live.
    bool delete_report(const std::string& id);
    // Deletes a report and the reports embedded in it (id-1, id-2, ...); returns how many.
    std::size_t delete_with_parts(const std::string& id);
    // Appends a segment already sealed into path().
    void add_segment(const std::string& name);
    // Replaces the segments at `merged` (ascending indices) by `name`, already sealed into
    // path(), in the place of the first of them; their links leave this generation.
    void replace_segments(const std::vector<std::size_t>& merged, const std::string& name);
    // Segment size on disk and live share, for the merge policy.
    std::uintmax_t segment_bytes(std::size_t i) const;
    std::size_t segment_docs(std::size_t i) const;

    void publish(const std::filesystem::path& index_dir);

private:
    PendingGeneration pending_;
    std::vector<Segment> segments_;
    std::map<std::string, LiveReport> live_;
};

}  // namespace assay
