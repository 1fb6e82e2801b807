#include "query/http/context.hpp"

namespace assay::http {

std::string FacetCache::get(const std::shared_ptr<const IndexSnapshot>& snap) const {
    std::lock_guard lock(mutex_);
    return snap_.lock() == snap ? body_ : std::string();
}

void FacetCache::put(const std::shared_ptr<const IndexSnapshot>& snap, std::string body) {
    std::lock_guard lock(mutex_);
    snap_ = snap;
    body_ = std::move(body);
}

std::shared_ptr<const IndexSnapshot> ApiContext::snapshot() const {
    auto snap = snapshots.current();
    if (!snap && !snapshots.open_error().empty()) throw IndexDamaged(snapshots.open_error());
    if (!snap) throw IndexUnavailable("no index has been published yet");
    return snap;
}

}  // namespace assay::http
