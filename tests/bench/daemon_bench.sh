#!/usr/bin/env bash
# assayd benchmark (figures for the note; not a timed test).
#   1. builds a 100 MB corpus with ../shared/bench/gen_corpus.py and indexes it (once; cached);
#   2. wrk, closed loop, 2 search threads: requests/s for the shared query set;
#   3. fixed 100 req/s (open loop, daemon_paced.py; Debian has no wrk2): p50 / p99;
#   4. the same 100 req/s while a rebuild publishes a new generation: p99 and errors.
# usage: tests/bench/daemon_bench.sh [BUILD_DIR] [WORK_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=${1:-$repo/build-daemon}
work=${2:-/tmp/assay-daemon-bench}
shared=$repo/../shared
queries=$shared/bench/queries.txt
port=${PORT:-18391}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }

mkdir -p "$work"
if [ ! -d "$work/corpus" ]; then
  python3 "$shared/bench/gen_corpus.py" --out "$work/corpus" --size 100M --source "$shared/corpus/ofsted"
fi
if [ ! -e "$work/index/CURRENT" ]; then
  "$build/assay-index" build --corpus "$work/corpus" --index "$work/index"
fi

"$build/assayd" --index "$work/index" --listen 127.0.0.1:$port --threads 2 2> "$work/assayd.log" &
daemon=$!
trap 'kill $daemon 2>/dev/null; wait $daemon 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
echo "index: $(curl -s http://127.0.0.1:$port/healthz)"

echo "== warm-up"
wrk -t1 -c4 -d3s -s "$here/daemon_queries.lua" "http://127.0.0.1:$port" -- "$queries" | tail -1
echo "== throughput: wrk -t2 -c16 -d15s, assayd --threads 2"
wrk -t2 -c16 -d15s -s "$here/daemon_queries.lua" "http://127.0.0.1:$port" -- "$queries" | grep -E "wrk:|Non-2xx|Socket errors" || true
echo "== latency at a fixed 100 req/s"
python3 "$here/daemon_paced.py" --port $port --rate 100 --seconds 20 --queries "$queries"
echo "== 100 req/s while a rebuild publishes a new generation"
before=$(curl -s "http://127.0.0.1:$port/healthz")
"$build/assay-index" build --corpus "$work/corpus" --index "$work/index" > "$work/rebuild.log" 2>&1 &
rebuild=$!
python3 "$here/daemon_paced.py" --port $port --rate 100 --seconds 600 --queries "$queries" --while-pid $rebuild
wait $rebuild
after=$(curl -s "http://127.0.0.1:$port/healthz")
echo "generation before: $before"
echo "generation after:  $after"
curl -s "http://127.0.0.1:$port/metrics" | grep -E '^assay_http_errors_total|^assay_index_reloads_total'
