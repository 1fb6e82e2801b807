// BitmapCache: match bitmaps of terms and sub-queries for one index generation, shared by all
// searchers of that generation, bounded in bytes (least recently used entries go first).
// Frequent terms are asked for again and again; reading their posting list once makes exact
// totals and facet counts cheap.
#pragma once

#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include <roaring/roaring.hh>

namespace assay {

class BitmapCache {
public:
    explicit BitmapCache(std::size_t capacity_bytes = 256u << 20) : capacity_(capacity_bytes) {}

    std::shared_ptr<const Roaring> get(const std::string& key);
    void put(const std::string& key, std::shared_ptr<const Roaring> bitmap);
    std::size_t bytes() const;

private:
    using Entry = std::pair<std::string, std::shared_ptr<const Roaring>>;
    mutable std::mutex mutex_;
    std::list<Entry> lru_;  // most recent first
    std::unordered_map<std::string, std::list<Entry>::iterator> index_;
    std::size_t capacity_, bytes_ = 0;
};

}  // namespace assay
