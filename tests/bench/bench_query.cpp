// bench_query INDEX QUERIES [K=10] [or|and] [--facets]
// The query half of the shared benchmark protocol (../shared/bench/peers/querylib.py): the
// query set once as warm-up (BENCH_WARMUP), then 3 measured passes; each sample is parse +
// search + fetching the top-k ids, timed in-process. Prints one line per query
//   QNUM <tab> median_ms <tab> matches <tab> id,id,...   (ids: report-file:paragraph-seq)
// then SUMMARY n=.. p50=.. p95=.. p99=.. mean=.. qps=..
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "query/searcher.hpp"

using namespace assay;

namespace {
std::vector<std::string> read_queries(const char* path) {
    std::ifstream in(path);
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);) {
        auto first = line.find_first_not_of(" \t");
        if (first == std::string::npos || line[first] == '#') continue;
        out.push_back(line.substr(first));
    }
    return out;
}

// "a b "c d"" -> "a AND b AND "c d"" for the AND runs.
std::string conjunctive(const std::string& q) {
    std::string out;
    bool in_quote = false;
    for (std::size_t i = 0; i < q.size(); ++i) {
        char c = q[i];
        if (c == '"') in_quote = !in_quote;
        if (c == ' ' && !in_quote) {
            out += " AND ";
            while (i + 1 < q.size() && q[i + 1] == ' ') ++i;
            continue;
        }
        out.push_back(c);
    }
    return out;
}

double percentile(std::vector<double> s, double p) {
    std::sort(s.begin(), s.end());
    std::size_t rank = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(p * s.size() / 100.0)));
    return s[rank - 1];
}
}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_query INDEX QUERIES [K] [or|and] [--facets]\n");
        return 2;
    }
    std::size_t k = argc > 3 ? std::stoul(argv[3]) : 10;
    bool conj = argc > 4 && std::string(argv[4]) == "and";
    bool facets = argc > 5 && std::string(argv[5]) == "--facets";
    int warmup = std::getenv("BENCH_WARMUP") ? std::atoi(std::getenv("BENCH_WARMUP")) : 1;
    auto queries = read_queries(argv[2]);
    Searcher searcher(IndexSnapshot::open(argv[1]));
    // Ranking experiments without a rebuild: BENCH_COVERAGE, BENCH_PROSE, BENCH_PROXIMITY,
    // BENCH_TEMPLATE, BENCH_DEPTH, BENCH_OPENING, BENCH_K1.
    if (const char* v = std::getenv("BENCH_COVERAGE")) searcher.ranking.coverage_weight = std::atof(v);
    if (const char* v = std::getenv("BENCH_PROSE")) searcher.ranking.prose_weight = std::atof(v);
    if (const char* v = std::getenv("BENCH_PROXIMITY")) searcher.ranking.proximity_weight = std::atof(v);
    if (const char* v = std::getenv("BENCH_TEMPLATE")) searcher.ranking.template_weight = std::atof(v);
    if (const char* v = std::getenv("BENCH_DEPTH")) searcher.ranking.rescore_depth = std::strtoul(v, nullptr, 10);
    if (const char* v = std::getenv("BENCH_OPENING")) searcher.ranking.opening_weight = std::atof(v);
    if (const char* v = std::getenv("BENCH_K1")) searcher.bm25.k1 = std::atof(v);
    auto run = [&](const std::string& q, SearchResult& out) {
        SearchRequest req;
        req.query = conj ? conjunctive(q) : q;
        req.limit = k;
        req.facets = facets;
        out = searcher.search(req);
    };
    SearchResult r;
    for (int w = 0; w < warmup; ++w)
        for (const auto& q : queries) run(q, r);
    std::vector<std::vector<double>> samples(queries.size());
    std::vector<SearchResult> last(queries.size());
    for (int pass = 0; pass < 3; ++pass)
        for (std::size_t i = 0; i < queries.size(); ++i) {
            auto t0 = std::chrono::steady_clock::now();
            run(queries[i], last[i]);
            samples[i].push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        }
    std::vector<double> all;
    for (std::size_t i = 0; i < queries.size(); ++i) {
        auto s = samples[i];
        std::sort(s.begin(), s.end());
        std::string ids;
        for (const auto& h : last[i].hits) {
            auto slash = h.source.find_last_of('/');
            ids += (ids.empty() ? "" : ",") + h.source.substr(slash == std::string::npos ? 0 : slash + 1) + ":" +
                   std::to_string(h.seq);
        }
        std::printf("%zu\t%.3f\t%zu\t%s\n", i + 1, s[s.size() / 2], last[i].total, ids.c_str());
        all.insert(all.end(), samples[i].begin(), samples[i].end());
    }
    double total = 0;
    for (double x : all) total += x;
    std::printf("SUMMARY n=%zu p50=%.3f p95=%.3f p99=%.3f mean=%.3f qps=%.1f\n", all.size(), percentile(all, 50),
                percentile(all, 95), percentile(all, 99), total / all.size(), 1000.0 * all.size() / total);
    return 0;
}
