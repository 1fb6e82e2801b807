#!/usr/bin/env bash
# assayd benchmark (figures for the note; not a timed test).
#   1. the 100 MB corpus of ../shared/bench/gen_corpus.py (seed 1; reused when present) is
#      indexed into a folder of this script's own (a rebuild below publishes into it);
#   2. wrk, closed loop, assayd --threads 2: requests/s for the shared query set, once as
#      written (repeats are answered from the per-generation response cache) and once with
#      every URL spelt differently so that each request is a real search ("bust");
#   3. a fixed 100 req/s (open loop, daemon_paced.py; Debian has no wrk2): p50 / p99, for the
#      query set as written and with every request a real search;
#   4. 100 req/s of the query set as written while a rebuild publishes a new generation (which
#      starts with an empty response cache): p99 and errors.
# The machine's cores are shared by assayd, the load generator and (in 4) the rebuild.
# usage: [REBUILD=0] tests/bench/daemon_bench.sh [BUILD_DIR] [WORK_DIR]   (REBUILD=0 skips step 4)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$repo/build-daemon}" && pwd)
work=${2:-/tmp/assay-daemon-bench}
shared=$(cd "$repo/../shared" && pwd)
queries=$shared/bench/queries.txt
corpus=${CORPUS:-/tmp/bench-data/corpus-100M}
port=${PORT:-18391}
url=http://127.0.0.1:$port
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }

mkdir -p "$work"
if [ ! -f "$corpus/manifest.jsonl" ]; then
  python3 "$shared/bench/gen_corpus.py" --out "$corpus" --size 100M --seed 1
fi
if [ ! -e "$work/index/CURRENT" ]; then
  echo "== indexing $corpus"
  "$build/assay-index" build --corpus "$corpus" --index "$work/index" 2>&1 | grep -E '^indexed' || true
fi

start=$(date +%s.%N)
"$build/assayd" --index "$work/index" --listen 127.0.0.1:$port --threads 2 2> "$work/assayd.log" &
daemon=$!
trap 'kill $daemon 2>/dev/null; wait $daemon 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -sf "$url/healthz" >/dev/null && break; sleep 0.05; done
echo "started in $(echo "$(date +%s.%N) - $start" | bc) s; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "index: $(curl -s "$url/healthz")"

throughput() {  # $1 = "" or bust
  wrk -t2 -c16 -d15s -s "$here/daemon_queries.lua" "$url" -- "$queries" $1 | grep -E "^wrk:|Non-2xx|Socket errors" || true
}
echo "== warm-up"
wrk -t1 -c4 -d3s -s "$here/daemon_queries.lua" "$url" -- "$queries" bust | tail -1
echo "== throughput, wrk -t2 -c16 -d15s, every request a search (cache bypassed)"
throughput bust
echo "== throughput, wrk -t2 -c16 -d15s, the query set as written (response cache)"
throughput ""
echo "== latency at a fixed 100 req/s, 20 s, the query set as written"
python3 "$here/daemon_paced.py" --port $port --rate 100 --seconds 20 --queries "$queries"
echo "== latency at a fixed 100 req/s, 20 s, every request a search"
python3 "$here/daemon_paced.py" --port $port --rate 100 --seconds 20 --queries "$queries" --bust
echo "== latency at a fixed 20 req/s, 20 s, every request a search"
python3 "$here/daemon_paced.py" --port $port --rate 20 --seconds 20 --queries "$queries" --bust
[ "${REBUILD:-1}" = 0 ] && exit 0
echo "== 100 req/s while a rebuild publishes a new generation"
before=$(curl -s "$url/healthz")
"$build/assay-index" build --corpus "$corpus" --index "$work/index" > "$work/rebuild.log" 2>&1 &
rebuild=$!
python3 "$here/daemon_paced.py" --port $port --rate 100 --seconds 900 --queries "$queries" --while-pid $rebuild
wait $rebuild
echo "rebuild: $(grep -E '^indexed' "$work/rebuild.log" || tail -1 "$work/rebuild.log")"
echo "generation before: $before"
echo "generation after:  $(curl -s "$url/healthz")"
curl -s "$url/metrics" | grep -E '^assay_http_errors_total|^assay_index_reloads_total|^assay_http_rejected_total' || true
