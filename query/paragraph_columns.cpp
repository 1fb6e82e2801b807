#include "query/paragraph_columns.hpp"

#include <algorithm>

#include "query/segment_registry.hpp"
#include "schema/fields.hpp"
#include "schema/segments.hpp"

namespace assay {
namespace {

// Orders docids by their signature.
struct BySignature {
    const std::vector<std::uint64_t>* signature;
    bool operator()(Xapian::docid a, Xapian::docid b) const { return (*signature)[a] < (*signature)[b]; }
};

}  // namespace

std::shared_ptr<const SegmentColumns> SegmentColumns::read(const Xapian::Database& segment) {
    auto c = std::make_shared<SegmentColumns>();
    const std::size_t size = static_cast<std::size_t>(segment.get_lastdocid()) + 1;
    c->prior_code.assign(size, kNoParagraph);
    c->prior_values.assign(1, 0.0);  // code 0: no paragraph
    std::unordered_map<double, std::uint8_t> code_of;
    c->signature.assign(size, 0);
    for (auto v = segment.valuestream_begin(kSlotPrior); v != segment.valuestream_end(kSlotPrior); ++v) {
        double p = Xapian::sortable_unserialise(*v);
        if (!(p >= 0)) continue;  // a prior is never negative; a garbled one counts as none
        auto [at, added] = code_of.try_emplace(p, kOverflow);
        if (added && c->prior_values.size() < kOverflow) {
            at->second = static_cast<std::uint8_t>(c->prior_values.size());
            c->prior_values.push_back(p);
        }
        c->prior_code[v.get_docid()] = at->second;
        if (at->second == kOverflow) c->prior_overflow.emplace(v.get_docid(), p);
        c->max_prior = std::max(c->max_prior, p);
        ++c->with_prior;
    }
    for (auto v = segment.valuestream_begin(kSlotSignature); v != segment.valuestream_end(kSlotSignature); ++v) {
        c->signature[v.get_docid()] = unpack_slot_u64(*v);
        if (c->signature[v.get_docid()] != 0) c->by_signature.push_back(v.get_docid());
    }
    // Docids come in order, so a stable sort by signature keeps each run in docid order.
    std::stable_sort(c->by_signature.begin(), c->by_signature.end(), BySignature{&c->signature});
    c->sorted_signatures.reserve(c->by_signature.size());
    for (Xapian::docid d : c->by_signature) c->sorted_signatures.push_back(c->signature[d]);
    return c;
}

std::shared_ptr<const SegmentColumns> SegmentColumns::of(const Xapian::Database& segment) {
    return shared_per_segment<const SegmentColumns>(segment.get_uuid(), [&] { return read(segment); });
}

void ParagraphColumns::add_segment(const std::string& uuid, std::shared_ptr<const SegmentColumns> columns) {
    by_uuid_[uuid] = columns.get();
    segments_.push_back(std::move(columns));
}

const SegmentColumns* ParagraphColumns::by_uuid(const std::string& uuid) const {
    auto found = by_uuid_.find(uuid);
    return found == by_uuid_.end() ? nullptr : found->second;
}

std::vector<Xapian::docid> ParagraphColumns::copies(std::uint64_t signature, const SegmentedBitmap& deleted) const {
    std::vector<Xapian::docid> out;
    if (signature == 0) return out;
    const std::size_t n = segments_.size();
    for (std::size_t i = 0; i < n; ++i) {
        const SegmentColumns& seg = *segments_[i];
        auto [first, last] = std::equal_range(seg.sorted_signatures.begin(), seg.sorted_signatures.end(), signature);
        const Roaring& gone = deleted.part(i);
        for (auto it = first; it != last; ++it) {
            Xapian::docid local = seg.by_signature[static_cast<std::size_t>(it - seg.sorted_signatures.begin())];
            if (!gone.contains(local)) out.push_back(global_docid(local, i, n));
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::uint64_t ParagraphColumns::signature(Xapian::docid did) const {
    if (segments_.empty() || did == 0) return 0;
    auto [index, local] = local_docid(did, segments_.size());
    const auto& sig = segments_[index]->signature;
    return local < sig.size() ? sig[local] : 0;
}

}  // namespace assay
