// SnapshotHolder: the index generation the daemon serves now. A watcher thread polls
// INDEX/CURRENT and, when it names another generation, opens it and swaps it in. A request
// calls current() once and keeps that shared_ptr to the end, so it never mixes generations;
// the old snapshot is released when its last request (and per-thread searcher) lets go.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "query/http/recent_searches.hpp"
#include "query/snapshot.hpp"

namespace assay::http {

class SnapshotHolder {
public:
    // Opens the index now if there is one; a missing index is not an error (requests get 503
    // until a build publishes one).
    SnapshotHolder(std::filesystem::path index_dir, std::chrono::milliseconds poll);
    ~SnapshotHolder();
    SnapshotHolder(const SnapshotHolder&) = delete;
    SnapshotHolder& operator=(const SnapshotHolder&) = delete;

    std::shared_ptr<const IndexSnapshot> current() const;
    std::size_t reloads() const { return reloads_; }
    // Searches answered, replayed on each new generation before it is served (recent_searches.hpp).
    RecentSearches& recent() { return recent_; }
    std::size_t reload_failures() const { return failures_; }
    // Why the generation CURRENT names could not be opened, while none is being served (empty
    // otherwise); for the log only: it may name paths.
    std::string open_error() const;

private:
    // Checks CURRENT once; true when a new generation was swapped in. Called by the
    // constructor and then only by the watcher thread (last_seen_ is that thread's alone).
    bool refresh();
    void watch();

    std::filesystem::path index_dir_;
    std::chrono::milliseconds poll_;
    RecentSearches recent_;
    mutable std::mutex mutex_;
    std::shared_ptr<const IndexSnapshot> current_;
    std::filesystem::path last_seen_;    // the generation CURRENT named when last opened
    std::filesystem::path last_failed_;  // logged once, retried on every poll
    std::string open_error_;             // guarded by mutex_
    std::atomic<std::size_t> reloads_{0}, failures_{0};
    std::mutex stop_mutex_;
    std::condition_variable stop_cv_;
    bool stopping_ = false;
    std::thread watcher_;
};

}  // namespace assay::http
