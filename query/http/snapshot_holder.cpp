#include "query/http/snapshot_holder.hpp"

#include <iostream>

#include "query/snapshot_probe.hpp"
#include "schema/index_layout.hpp"

namespace assay::http {

SnapshotHolder::SnapshotHolder(std::filesystem::path index_dir, std::chrono::milliseconds poll)
    : index_dir_(std::move(index_dir)), poll_(poll) {
    refresh();
    watcher_ = std::thread([this] { watch(); });
}

SnapshotHolder::~SnapshotHolder() {
    {
        std::lock_guard lock(stop_mutex_);
        stopping_ = true;
    }
    stop_cv_.notify_all();
    watcher_.join();
}

std::shared_ptr<const IndexSnapshot> SnapshotHolder::current() const {
    std::lock_guard lock(mutex_);
    return current_;
}

bool SnapshotHolder::refresh() {
    std::optional<std::filesystem::path> gen;
    try {
        gen = current_generation(index_dir_);
    } catch (const std::exception&) {
        return false;  // CURRENT mid-rename or unreadable: look again next time
    }
    if (!gen || *gen == last_seen_) return false;
    try {
        probe_index_in_child(index_dir_);
        auto snap = IndexSnapshot::open(index_dir_);
        // Replayed here, while the old generation still answers; at most half a second, so a
        // reload is never held up for long.
        recent_.warm(snap, std::chrono::milliseconds(500));
        {
            std::lock_guard lock(mutex_);
            current_ = std::move(snap);
            open_error_.clear();
        }
        last_seen_ = *gen;
        ++reloads_;
        std::cerr << "assayd: serving generation " << gen->filename().string() << "\n";
        return true;
    } catch (const std::exception& e) {
        // Keep serving the generation we have; try the new one again on the next poll.
        ++failures_;
        {
            std::lock_guard lock(mutex_);
            if (!current_) open_error_ = e.what();
        }
        if (*gen == last_failed_) return false;
        last_failed_ = *gen;
        std::cerr << "assayd: cannot open generation " << gen->filename().string() << ": " << e.what() << "\n";
        return false;
    }
}

std::string SnapshotHolder::open_error() const {
    std::lock_guard lock(mutex_);
    return open_error_;
}

void SnapshotHolder::watch() {
    std::unique_lock lock(stop_mutex_);
    while (!stop_cv_.wait_for(lock, poll_, [this] { return stopping_; })) {
        lock.unlock();
        refresh();
        lock.lock();
    }
}

}  // namespace assay::http
