#include "query/combined_docids.hpp"

#include <vector>

#include "schema/segments.hpp"

namespace assay {

void add_as_combined(Roaring& out, const Roaring& local, std::size_t index, std::size_t count) {
    if (count == 1) {
        out |= local;
        return;
    }
    // In bulk: a segment's docids stay in order once mapped, and Roaring adds a sorted run
    // container by container (several times faster than one add per docid).
    std::vector<std::uint32_t> ids(local.cardinality());
    local.toUint32Array(ids.data());
    for (auto& d : ids) d = global_docid(d, index, count);
    out.addMany(ids.size(), ids.data());
}

}  // namespace assay
