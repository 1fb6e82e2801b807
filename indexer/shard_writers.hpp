// ShardWriters: the write half of a bulk build, one segment writer per shard, each on its own
// thread. Xapian's inverter is single-threaded per database and is most of a build's time, so
// shards are how a build uses more than one core for writing. Reports are whole within a
// shard (all their paragraphs and their record), each given to the shard with the least text
// so far. Each shard becomes one segment of the generation, compacted on its own thread: no
// merge across shards.
#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <mutex>
#include <thread>
#include <vector>

#include "indexer/writer.hpp"

namespace assay {

class ShardWriters {
public:
    // Starts `count` segments in the generation folder gen. Each flushes to disk once the text it
    // buffered passes flush_text_bytes.
    ShardWriters(const std::filesystem::path& gen, unsigned count, std::size_t flush_text_bytes);
    ~ShardWriters();
    ShardWriters(const ShardWriters&) = delete;
    ShardWriters& operator=(const ShardWriters&) = delete;

    // Queues a report for the least-loaded shard; blocks while every queue is full (bounded
    // memory). Rethrows a writer's error (e.g. disk full) as soon as one has failed.
    void add(Report report, BuiltReport built, std::size_t text_bytes);
    // Finishes and seals every segment and joins the threads; rethrows the first writer error.
    void finish();

    // The segments' names, in shard order.
    const std::vector<std::string>& segments() const { return names_; }
    std::size_t flushes() const;

private:
    struct Item {
        Report report;
        BuiltReport built;
        std::size_t text_bytes = 0;
    };
    struct Shard {
        std::deque<Item> queue;
        std::size_t assigned_bytes = 0;  // all text ever given to this shard
        std::size_t queued_bytes = 0;    // text given and not yet written
        std::size_t flushes = 0;
        std::thread thread;
    };

    // A build's segments number their record dictionaries 1, 2, ... (record_dictionary.hpp).
    void run(Shard& shard, const std::string& name, std::uint32_t dictionary_id);
    void close_and_join();
    void rethrow_failure();

    std::filesystem::path gen_;
    std::vector<std::string> names_;
    std::vector<Shard> shards_;
    std::size_t flush_text_bytes_, max_queued_bytes_;
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    bool closing_ = false;
    std::exception_ptr failure_;
};

}  // namespace assay
