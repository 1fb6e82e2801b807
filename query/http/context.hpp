// What every handler may use: the current snapshot, metrics, and caches tied to a snapshot.
#pragma once

#include <chrono>
#include <memory>
#include <mutex>
#include <string>

#include "query/http/metrics.hpp"
#include "query/http/snapshot_holder.hpp"

namespace assay::http {

// /api/facets over the whole index, computed once per generation.
class FacetCache {
public:
    std::string get(const std::shared_ptr<const IndexSnapshot>& snap) const;
    void put(const std::shared_ptr<const IndexSnapshot>& snap, std::string body);

private:
    mutable std::mutex mutex_;
    std::weak_ptr<const IndexSnapshot> snap_;
    std::string body_;
};

struct ApiContext {
    ApiContext(SnapshotHolder& s, Metrics& m) : snapshots(s), metrics(m) {}

    SnapshotHolder& snapshots;
    Metrics& metrics;
    FacetCache facets;
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();

    // The snapshot for the whole request; throws IndexUnavailable when none is open yet.
    std::shared_ptr<const IndexSnapshot> snapshot() const;
};

}  // namespace assay::http
