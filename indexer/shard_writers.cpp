#include "indexer/shard_writers.hpp"

#include <algorithm>
#include <optional>

#include "indexer/segment_writer.hpp"
#include "schema/segments.hpp"

namespace assay {

namespace fs = std::filesystem;

ShardWriters::ShardWriters(const fs::path& gen, unsigned count, std::size_t flush_text_bytes)
    : gen_(gen),
      shards_(std::max(1u, count)),
      flush_text_bytes_(std::max<std::size_t>(1, flush_text_bytes)),
      // Enough queued per shard to keep its writer busy, no more: a built document takes about
      // 20 times its text in memory (a map entry and position list per distinct term).
      max_queued_bytes_(std::clamp<std::size_t>(flush_text_bytes / 64, 256 << 10, 2 << 20)) {
    for (std::size_t i = 0; i < shards_.size(); ++i) names_.push_back(new_segment_name());
    for (std::size_t i = 0; i < shards_.size(); ++i)
        shards_[i].thread = std::thread([this, i] { run(shards_[i], names_[i], static_cast<std::uint32_t>(i + 1)); });
}

ShardWriters::~ShardWriters() { close_and_join(); }

void ShardWriters::close_and_join() {
    {
        std::lock_guard lock(mutex_);
        closing_ = true;
    }
    changed_.notify_all();
    for (auto& s : shards_)
        if (s.thread.joinable()) s.thread.join();
}

void ShardWriters::rethrow_failure() {
    if (failure_) std::rethrow_exception(failure_);
}

void ShardWriters::add(Report report, BuiltReport built, std::size_t text_bytes) {
    std::unique_lock lock(mutex_);
    // The shard with the least text so far: decided by the input alone, so the same corpus
    // always gives the same documents the same ids (reproducible rankings on ties).
    Shard& s = *std::min_element(shards_.begin(), shards_.end(),
                                 [](const Shard& a, const Shard& b) { return a.assigned_bytes < b.assigned_bytes; });
    changed_.wait(lock, [&] { return failure_ || s.queued_bytes < max_queued_bytes_; });
    rethrow_failure();
    s.assigned_bytes += text_bytes + 1;
    s.queued_bytes += text_bytes;
    s.queue.push_back({std::move(report), std::move(built), text_bytes});
    changed_.notify_all();
}

void ShardWriters::run(Shard& shard, const std::string& name, std::uint32_t dictionary_id) {
    try {
        const fs::path scratch = gen_ / (".scratch-" + name);
        std::optional<SegmentWriter> writer(std::in_place, scratch, name, nullptr, dictionary_id);
        std::size_t buffered = 0;
        for (;;) {
            Item item;
            {
                std::unique_lock lock(mutex_);
                changed_.wait(lock, [&] { return closing_ || failure_ || !shard.queue.empty(); });
                if (failure_) return;            // another shard failed: stop, the build is abandoned
                if (shard.queue.empty()) break;  // closing and drained
                item = std::move(shard.queue.front());
                shard.queue.pop_front();
            }
            writer->add(item.report, std::move(item.built));
            buffered += item.text_bytes;
            if (buffered > flush_text_bytes_) {
                writer->flush();
                buffered = 0;
                std::lock_guard lock(mutex_);
                ++shard.flushes;
            }
            {
                std::lock_guard lock(mutex_);
                shard.queued_bytes -= item.text_bytes;
            }
            changed_.notify_all();
        }
        writer->finish();
        writer.reset();  // closed before it is compacted
        seal_segment(scratch, segment_path(gen_, name));
    } catch (...) {
        std::lock_guard lock(mutex_);
        if (!failure_) failure_ = std::current_exception();
        changed_.notify_all();
    }
}

void ShardWriters::finish() {
    close_and_join();
    rethrow_failure();
}

std::size_t ShardWriters::flushes() const {
    std::lock_guard lock(mutex_);
    std::size_t n = 0;
    for (const auto& s : shards_) n += s.flushes;
    return n;
}

}  // namespace assay
