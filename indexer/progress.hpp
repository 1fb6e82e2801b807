// Progress display for long builds: a redrawn bar on a terminal, a plain line every few
// seconds otherwise (logs stay readable).
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>

namespace assay {

class ProgressReporter {
public:
    explicit ProgressReporter(std::FILE* out);
    void update(std::size_t done, std::size_t total, std::uintmax_t bytes);
    void finish();

private:
    std::FILE* out_;
    bool tty_;
    std::chrono::steady_clock::time_point start_, last_;
    bool drawn_ = false;
};

}  // namespace assay
