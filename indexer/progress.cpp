#include "indexer/progress.hpp"

#include <unistd.h>

#include <string>

namespace assay {

ProgressReporter::ProgressReporter(std::FILE* out)
    : out_(out), tty_(::isatty(::fileno(out)) == 1), start_(std::chrono::steady_clock::now()), last_(start_) {}

void ProgressReporter::update(std::size_t done, std::size_t total, std::uintmax_t bytes) {
    auto now = std::chrono::steady_clock::now();
    double since_last = std::chrono::duration<double>(now - last_).count();
    if (done < total && since_last < (tty_ ? 0.1 : 5.0)) return;
    last_ = now;
    double elapsed = std::chrono::duration<double>(now - start_).count();
    double eta = done > 0 ? elapsed * (double(total) - double(done)) / double(done) : 0;
    double mb = bytes / 1e6;
    if (tty_) {
        int width = 30, filled = total ? int(width * done / total) : width;
        std::string bar(static_cast<std::size_t>(filled), '#');
        bar.resize(static_cast<std::size_t>(width), '.');
        std::fprintf(out_, "\r[%s] %zu/%zu files  %.1f MB  %.1f MB/s  ETA %.0fs ", bar.c_str(), done, total, mb,
                     elapsed > 0 ? mb / elapsed : 0.0, eta);
        drawn_ = true;
    } else {
        std::fprintf(out_, "progress: %zu/%zu files, %.1f MB, %.1f MB/s, ETA %.0fs\n", done, total, mb,
                     elapsed > 0 ? mb / elapsed : 0.0, eta);
    }
    std::fflush(out_);
}

void ProgressReporter::finish() {
    if (tty_ && drawn_) std::fprintf(out_, "\n");
}

}  // namespace assay
