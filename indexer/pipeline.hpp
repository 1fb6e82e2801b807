// The parallel half of indexing: read + decode + parse + analyse files on worker threads,
// handing results back strictly in input order (so builds are reproducible) with a bounded
// number in flight (so memory stays bounded whatever the corpus size).
#pragma once

#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <xapian.h>

#include "indexer/source.hpp"
#include "indexer/writer.hpp"
#include "schema/report.hpp"

namespace assay {

struct Prepared {
    std::string path;
    bool ok = false;
    std::string reason;  // why skipped, or a decoding note when ok
    std::uintmax_t bytes = 0;
    std::string fingerprint;
    std::vector<Report> reports;
    std::vector<BuiltReport> built;  // per report
};

// The paragraph text a report holds, in bytes (what writers budget memory by).
std::size_t text_bytes(const Report& r);

// The reports of one source file read by read_source, with its format recorded.
std::vector<Report> parse_source(const SourceText& src, const std::string& path);

// Reads and prepares one file (exceptions become a skip reason).
Prepared prepare_file(const std::filesystem::path& file, const SourceOptions& options, const class Analyzer& analyzer);

class OrderedPipeline {
public:
    OrderedPipeline(const std::vector<std::filesystem::path>& files, const SourceOptions& options, unsigned jobs);
    ~OrderedPipeline();
    OrderedPipeline(const OrderedPipeline&) = delete;
    OrderedPipeline& operator=(const OrderedPipeline&) = delete;

    // The prepared file i; call with i = 0, 1, 2, ... in order.
    Prepared take(std::size_t i);

private:
    void work();

    const std::vector<std::filesystem::path>& files_;
    SourceOptions options_;
    std::size_t window_;
    std::vector<std::optional<Prepared>> results_;
    std::vector<std::thread> workers_;
    std::mutex mutex_;
    std::condition_variable cv_;
    std::size_t next_ = 0, consumed_ = 0;
    bool stop_ = false;
};

}  // namespace assay
