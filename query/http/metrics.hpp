// Metrics: request counts by endpoint and status, a latency histogram per endpoint, error
// and rejection counts, rendered in the Prometheus text format by /metrics.
#pragma once

#include <array>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace assay::http {

class Metrics {
public:
    void record(const std::string& endpoint, int status, double seconds);
    void rejected(const std::string& reason);  // queue full, too many connections...
    void connection_opened() {
        std::lock_guard l(mutex_);
        ++connections_;
    }
    void connection_closed() {
        std::lock_guard l(mutex_);
        --connections_;
    }
    long open_connections() const {
        std::lock_guard l(mutex_);
        return connections_;
    }
    std::string prometheus() const;  // the request-side series; the index ones are added by /metrics

    static constexpr std::array<double, 12> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                        0.05,   0.1,   0.25,   0.5,   1.0,  2.5};

private:
    struct Histogram {
        std::array<unsigned long, kBuckets.size()> buckets{};
        unsigned long count = 0;
        double sum = 0;
    };
    mutable std::mutex mutex_;
    std::map<std::pair<std::string, int>, unsigned long> requests_;
    std::map<std::string, Histogram> latency_;
    std::map<std::string, unsigned long> rejected_;
    long connections_ = 0;
};

}  // namespace assay::http
