// LruCache: a thread-safe map bounded in bytes; the least recently used entries go first.
// Holds values by shared_ptr so a reader keeps an entry alive after it is evicted.
#pragma once

#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace assay {

template <typename T>
class LruCache {
public:
    using SizeOf = std::function<std::size_t(const T&)>;
    LruCache(std::size_t capacity_bytes, SizeOf size_of) : capacity_(capacity_bytes), size_of_(std::move(size_of)) {}

    std::shared_ptr<const T> get(const std::string& key) {
        std::lock_guard lock(mutex_);
        auto it = index_.find(key);
        if (it == index_.end()) return nullptr;
        lru_.splice(lru_.begin(), lru_, it->second);
        return it->second->value;
    }

    void put(const std::string& key, std::shared_ptr<const T> value) {
        std::size_t size = size_of_(*value) + key.size() + 64;
        if (size > capacity_) return;
        std::lock_guard lock(mutex_);
        if (index_.count(key)) return;
        lru_.push_front({key, std::move(value), size});
        index_[key] = lru_.begin();
        bytes_ += size;
        while (bytes_ > capacity_ && !lru_.empty()) {
            bytes_ -= lru_.back().size;
            index_.erase(lru_.back().key);
            lru_.pop_back();
        }
    }

    // Drops every entry whose key starts with prefix.
    void erase_prefix(const std::string& prefix) {
        std::lock_guard lock(mutex_);
        for (auto it = lru_.begin(); it != lru_.end();) {
            if (it->key.compare(0, prefix.size(), prefix) != 0) {
                ++it;
                continue;
            }
            bytes_ -= it->size;
            index_.erase(it->key);
            it = lru_.erase(it);
        }
    }

    std::size_t bytes() const {
        std::lock_guard lock(mutex_);
        return bytes_;
    }

private:
    struct Entry {
        std::string key;
        std::shared_ptr<const T> value;
        std::size_t size;
    };
    mutable std::mutex mutex_;
    std::list<Entry> lru_;  // most recent first
    std::unordered_map<std::string, typename std::list<Entry>::iterator> index_;
    std::size_t capacity_, bytes_ = 0;
    SizeOf size_of_;
};

}  // namespace assay
