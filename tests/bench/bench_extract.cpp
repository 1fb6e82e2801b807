// bench_extract: reads PDF files as the indexer does (read_source: each file in a bounded
// child process) on N threads, and prints one line of figures: files, pages, MB, seconds,
// pages/s, MB/s. --in-process calls the reader directly instead, to show what the child
// process costs. Driven by tests/bench/pdf_bench.sh beside pdftotext.
//
//   bench_extract [--jobs N] [--in-process] FILE...
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "indexer/extraction.hpp"
#include "indexer/source.hpp"

namespace {

struct Totals {
    std::atomic<std::size_t> pages{0}, bytes{0}, failed{0};
};

void read_one(const std::string& path, bool in_process, Totals& t) {
    if (in_process) {
        std::ifstream in(path, std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), {});
        assay::Extracted e = assay::extract_pdf(bytes);
        t.bytes += bytes.size();
        t.pages += e.pages;
        t.failed += !e.ok;
        return;
    }
    assay::SourceText s = assay::read_source(path);
    t.bytes += s.bytes;
    t.pages += s.pages;
    t.failed += !s.ok;
}

}  // namespace

int main(int argc, char** argv) {
    unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
    bool in_process = false;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--jobs") && i + 1 < argc)
            jobs = static_cast<unsigned>(std::stoul(argv[++i]));
        else if (!std::strcmp(argv[i], "--in-process"))
            in_process = true;
        else
            files.emplace_back(argv[i]);
    }
    Totals totals;
    std::atomic<std::size_t> next{0};
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::thread> workers;
    for (unsigned j = 0; j < jobs; ++j)
        workers.emplace_back([&] {
            for (std::size_t i; (i = next++) < files.size();) read_one(files[i], in_process, totals);
        });
    for (auto& w : workers) w.join();
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("files %zu failed %zu pages %zu MB %.2f seconds %.3f pages/s %.1f MB/s %.2f\n", files.size(),
                totals.failed.load(), totals.pages.load(), totals.bytes / 1e6, s, totals.pages / s,
                totals.bytes / 1e6 / s);
    return totals.failed ? 1 : 0;
}
