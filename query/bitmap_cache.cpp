#include "query/bitmap_cache.hpp"

namespace assay {

std::shared_ptr<const Roaring> BitmapCache::get(const std::string& key) {
    std::lock_guard lock(mutex_);
    auto it = index_.find(key);
    if (it == index_.end()) return nullptr;
    lru_.splice(lru_.begin(), lru_, it->second);
    return it->second->second;
}

void BitmapCache::put(const std::string& key, std::shared_ptr<const Roaring> bitmap) {
    std::size_t size = bitmap->getSizeInBytes() + key.size() + 64;
    if (size > capacity_) return;
    std::lock_guard lock(mutex_);
    if (index_.count(key)) return;
    lru_.emplace_front(key, std::move(bitmap));
    index_[key] = lru_.begin();
    bytes_ += size;
    while (bytes_ > capacity_ && !lru_.empty()) {
        auto& last = lru_.back();
        bytes_ -= last.second->getSizeInBytes() + last.first.size() + 64;
        index_.erase(last.first);
        lru_.pop_back();
    }
}

std::size_t BitmapCache::bytes() const {
    std::lock_guard lock(mutex_);
    return bytes_;
}

}  // namespace assay
