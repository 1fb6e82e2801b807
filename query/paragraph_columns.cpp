#include "query/paragraph_columns.hpp"

#include <algorithm>
#include <mutex>

#include "schema/fields.hpp"
#include "schema/segments.hpp"

namespace assay {

std::shared_ptr<const SegmentColumns> SegmentColumns::read(const Xapian::Database& segment) {
    auto c = std::make_shared<SegmentColumns>();
    const std::size_t size = static_cast<std::size_t>(segment.get_lastdocid()) + 1;
    c->prior.assign(size, kNoPrior);
    c->signature.assign(size, 0);
    for (auto v = segment.valuestream_begin(kSlotPrior); v != segment.valuestream_end(kSlotPrior); ++v) {
        double p = Xapian::sortable_unserialise(*v);
        if (!(p >= 0)) continue;  // a prior is never negative; a garbled one counts as none
        c->prior[v.get_docid()] = p;
        c->max_prior = std::max(c->max_prior, p);
        ++c->with_prior;
    }
    for (auto v = segment.valuestream_begin(kSlotSignature); v != segment.valuestream_end(kSlotSignature); ++v)
        c->signature[v.get_docid()] = unpack_slot_u64(*v);
    return c;
}

std::shared_ptr<const SegmentColumns> SegmentColumns::of(const Xapian::Database& segment) {
    static std::mutex mutex;
    static std::unordered_map<std::string, std::weak_ptr<const SegmentColumns>> loaded;
    const std::string uuid = segment.get_uuid();
    {
        std::lock_guard lock(mutex);
        if (auto found = loaded.find(uuid); found != loaded.end())
            if (auto shared = found->second.lock()) return shared;
    }
    auto columns = read(segment);
    std::lock_guard lock(mutex);
    for (auto it = loaded.begin(); it != loaded.end();) it = it->second.expired() ? loaded.erase(it) : std::next(it);
    loaded[uuid] = columns;
    return columns;
}

void ParagraphColumns::add_segment(const std::string& uuid, std::shared_ptr<const SegmentColumns> columns) {
    by_uuid_[uuid] = columns.get();
    segments_.push_back(std::move(columns));
}

const SegmentColumns* ParagraphColumns::by_uuid(const std::string& uuid) const {
    auto found = by_uuid_.find(uuid);
    return found == by_uuid_.end() ? nullptr : found->second;
}

void ParagraphColumns::find_copies(const Roaring& deleted) {
    const std::size_t n = segments_.size();
    std::vector<std::pair<std::uint64_t, Xapian::docid>> all;
    for (std::size_t i = 0; i < n; ++i) {
        const auto& sig = segments_[i]->signature;
        for (std::size_t local = 1; local < sig.size(); ++local) {
            if (sig[local] == 0) continue;
            Xapian::docid did = global_docid(static_cast<Xapian::docid>(local), i, n);
            if (!deleted.contains(did)) all.emplace_back(sig[local], did);
        }
    }
    std::sort(all.begin(), all.end());
    shared_signatures_.clear();
    shared_docids_.clear();
    for (std::size_t i = 0; i < all.size();) {
        std::size_t j = i;
        while (j < all.size() && all[j].first == all[i].first) ++j;
        if (j - i >= 2)
            for (; i < j; ++i) {
                shared_signatures_.push_back(all[i].first);
                shared_docids_.push_back(all[i].second);
            }
        i = j;
    }
}

std::span<const Xapian::docid> ParagraphColumns::copies(std::uint64_t signature) const {
    auto [first, last] = std::equal_range(shared_signatures_.begin(), shared_signatures_.end(), signature);
    return {shared_docids_.data() + (first - shared_signatures_.begin()), static_cast<std::size_t>(last - first)};
}

std::uint64_t ParagraphColumns::signature(Xapian::docid did) const {
    if (segments_.empty() || did == 0) return 0;
    const std::size_t n = segments_.size();
    const auto& seg = *segments_[(did - 1) % n];
    const std::size_t local = (did - 1) / n + 1;
    return local < seg.signature.size() ? seg.signature[local] : 0;
}

}  // namespace assay
