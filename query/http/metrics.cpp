#include "query/http/metrics.hpp"

#include <fmt/format.h>

namespace assay::http {

void Metrics::record(const std::string& endpoint, int status, double seconds) {
    std::lock_guard lock(mutex_);
    ++requests_[{endpoint, status}];
    Histogram& h = latency_[endpoint];
    for (std::size_t i = 0; i < kBuckets.size(); ++i)
        if (seconds <= kBuckets[i]) ++h.buckets[i];
    ++h.count;
    h.sum += seconds;
}

void Metrics::rejected(const std::string& reason) {
    std::lock_guard lock(mutex_);
    ++rejected_[reason];
}

std::string Metrics::prometheus() const {
    std::lock_guard lock(mutex_);
    std::string out =
        "# HELP assay_http_requests_total HTTP requests answered, by endpoint and status.\n"
        "# TYPE assay_http_requests_total counter\n";
    unsigned long errors = 0;
    for (const auto& [key, n] : requests_) {
        out += fmt::format("assay_http_requests_total{{endpoint=\"{}\",status=\"{}\"}} {}\n", key.first, key.second, n);
        if (key.second >= 500) errors += n;
    }
    out +=
        "# HELP assay_http_errors_total Requests answered with a 5xx status.\n# TYPE assay_http_errors_total counter\n";
    out += fmt::format("assay_http_errors_total {}\n", errors);
    out +=
        "# HELP assay_http_request_duration_seconds Time from a parsed request to its response.\n"
        "# TYPE assay_http_request_duration_seconds histogram\n";
    for (const auto& [endpoint, h] : latency_) {
        for (std::size_t i = 0; i < kBuckets.size(); ++i)
            out += fmt::format("assay_http_request_duration_seconds_bucket{{endpoint=\"{}\",le=\"{}\"}} {}\n", endpoint,
                               kBuckets[i], h.buckets[i]);
        out += fmt::format("assay_http_request_duration_seconds_bucket{{endpoint=\"{}\",le=\"+Inf\"}} {}\n", endpoint,
                           h.count);
        out += fmt::format("assay_http_request_duration_seconds_sum{{endpoint=\"{}\"}} {:.6f}\n", endpoint, h.sum);
        out += fmt::format("assay_http_request_duration_seconds_count{{endpoint=\"{}\"}} {}\n", endpoint, h.count);
    }
    out +=
        "# HELP assay_http_rejected_total Requests or connections turned away before a handler ran.\n"
        "# TYPE assay_http_rejected_total counter\n";
    for (const auto& [reason, n] : rejected_)
        out += fmt::format("assay_http_rejected_total{{reason=\"{}\"}} {}\n", reason, n);
    out += "# HELP assay_http_connections_open Connections open now.\n# TYPE assay_http_connections_open gauge\n";
    out += fmt::format("assay_http_connections_open {}\n", connections_);
    return out;
}

}  // namespace assay::http
