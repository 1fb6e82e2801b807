#!/usr/bin/env bash
# Assay through the same benchmark as the peers in ../shared/bench: same corpus (generated
# once by gen_corpus.py, seed 1, into $BENCH_DATA/corpus-SIZE), same query set, same timing
# protocol. Prints one table with Assay's rows and, with --peers, the peers' rows from
# run_all.sh on the same corpus.
#
#   tests/bench/run_bench.sh SIZE [--peers "lucene sqlite"] [--build-dir build]
#
# Figures, not pass/fail: this is a benchmark, never a timed test.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
shared=${SHARED:-$top/../shared}
size=${1:?usage: run_bench.sh SIZE [--peers "ENGINES"] [--build-dir DIR]}
shift
peers="" build="$top/build"
while [ $# -gt 0 ]; do
  case $1 in
    --peers) peers=$2; shift 2 ;;
    --build-dir) build=$(cd "$2" && pwd); shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
data=${BENCH_DATA:-/tmp/bench-data}
corpus=$data/corpus-$size
idx=$data/idx-$size/assay
res=${RESULTS:-$data/assay-results-$size}
queries=${QUERIES:-$shared/bench/queries.txt}
mkdir -p "$res" "$(dirname "$idx")"

if [ ! -f "$corpus/manifest.jsonl" ]; then
  echo "== generating corpus $corpus ($size)"
  python3 "$shared/bench/gen_corpus.py" --out "$corpus" --size "$size" --seed 1
fi
corpus_bytes=$(find "$corpus" -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')

echo "== assay-index build ($(nproc) cores)"
rm -rf "$idx"
/usr/bin/time -v -o "$res/build.time" "$build/assay-index" build --corpus "$corpus" --index "$idx" > "$res/build.log" 2>&1
tail -n 4 "$res/build.log" | grep -E 'indexed|phases' || true
gen=$(readlink -f "$idx/CURRENT")
index_bytes=$(du -sb "$gen" | cut -f1)
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.1f", s }' "$res/build.time")
rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$res/build.time")

for mode in or and; do
  "$build/bench_query" "$idx" "$queries" 10 $mode > "$res/assay-$mode.query.txt"
done
"$build/bench_query" "$idx" "$queries" 10 or --facets > "$res/assay-or-facets.query.txt"

stat() { grep '^SUMMARY' "$res/$1.query.txt" | tr ' ' '\n' | awk -F= -v key="$2" '$1 == key { print $2 }'; }
echo
echo "| engine | build s | MB/s | index MB | index/corpus | peak RSS MB | mode | p50 ms | p95 ms | p99 ms | qps |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for mode in or and or-facets; do
  awk -v w="$wall" -v b="$corpus_bytes" -v i="$index_bytes" -v r="$rss" -v m="$mode" \
      -v p50="$(stat assay-$mode p50)" -v p95="$(stat assay-$mode p95)" -v p99="$(stat assay-$mode p99)" -v q="$(stat assay-$mode qps)" \
      'BEGIN { printf "| assay (paragraph) | %s | %.2f | %.1f | %.2f | %s | %s | %s | %s | %s | %s |\n", w, b / 1e6 / w, i / 1e6, i / b, r, m, p50, p95, p99, q }'
done
echo "corpus: $corpus ($(awk -v b="$corpus_bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB)"
# Where the index's bytes are, summed over its segments (the paragraph records are values, in
# the postlist table).
echo "index tables: $(find "$gen" -name '*.glass' -printf '%f %s\n' |
  awk '{ s[$1] += $2 } END { for (t in s) printf "%s %.1f MB, ", t, s[t] / 1e6 }' | sed 's/, $//')"

if [ -n "$peers" ]; then
  echo
  echo "== peers on the same corpus: $peers"
  BENCH_DATA=$data "$shared/bench/run_all.sh" "$size" $peers | tail -n 20
fi
