// What a process keeps per segment, shared by every generation that serves the segment.
// Segments never change once written, so state derived from one (its columns, its term
// bitmaps, its parsed report records) stays true for as long as any generation serves it,
// and a new generation pays only for its new segments. Known by the segment's UUID; freed
// when the last holder lets go.
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
