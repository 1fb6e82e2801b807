// State a process derives from one segment and shares with every generation that serves it
// (its columns: paragraph_columns.hpp). Segments never change once written, so it stays true
// for as long as any generation serves the segment. Known by the segment's UUID; freed when the
// last holder lets go. (Bitmaps and records are bounded caches instead: segment_caches.hpp.)
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace assay {

// The T of the segment `uuid`: the one a holder still has, or a fresh make().
template <typename T, typename Make>
std::shared_ptr<T> shared_per_segment(const std::string& uuid, Make&& make) {
    static std::mutex mutex;
    static std::unordered_map<std::string, std::weak_ptr<T>> held;
    {
        std::lock_guard lock(mutex);
        if (auto found = held.find(uuid); found != held.end())
            if (auto shared = found->second.lock()) return shared;
    }
    std::shared_ptr<T> made = make();  // outside the lock: reading a segment can take a while
    std::lock_guard lock(mutex);
    for (auto it = held.begin(); it != held.end();) it = it->second.expired() ? held.erase(it) : std::next(it);
    if (auto raced = held[uuid].lock()) return raced;
    held[uuid] = made;
    return made;
}

}  // namespace assay
