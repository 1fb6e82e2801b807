#!/usr/bin/env bash
# R30 (costly positional queries) and R40 (cold start), by hand; figures for the notes.
#   R30: 20 connections each asking phrases of the most frequent words ("the of and", ...),
#        every URL spelt differently so nothing is answered from cache, while /healthz is timed.
#   R40: the page cache dropped (root only), assayd restarted, the first 100 searches timed.
# usage: tests/bench/costly_queries.sh [BUILD_DIR] [INDEX_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$repo/build}" && pwd)
index=${2:-/tmp/assay-daemon-bench/index}
shared=$(cd "$repo/../shared" && pwd)
port=${PORT:-18393}
url=http://127.0.0.1:$port
work=$(mktemp -d)
trap 'kill $daemon 2>/dev/null; wait $daemon 2>/dev/null || true; rm -rf "$work"' EXIT

start_daemon() {
  "$build/assayd" --index "$index" --listen 127.0.0.1:$port --threads 2 2> "$work/assayd.log" &
  daemon=$!
  for _ in $(seq 200); do curl -sf "$url/healthz" >/dev/null && break; sleep 0.05; done
}

printf '%s\n' '"the of and"' '"of the children"' '"and the in"' '"to the of and the"' > "$work/costly.txt"
start_daemon
echo "== R30: wrk -t2 -c20 -d20s of phrases of the most frequent words"
wrk -t2 -c20 -d20s -s "$here/daemon_queries.lua" "$url" -- "$work/costly.txt" bust > "$work/wrk.txt" &
load=$!
sleep 2
worst=0
for _ in $(seq 30); do
  t=$(curl -s -o /dev/null -w '%{time_total}' "$url/healthz")
  worst=$(awk -v a="$worst" -v b="$t" 'BEGIN { print (b > a ? b : a) }')
  sleep 0.5
done
wait $load
grep -E "^wrk:|Non-2xx" "$work/wrk.txt" || true
echo "/healthz slowest of 30 during the load: $(awk -v w="$worst" 'BEGIN { printf "%.1f ms", w * 1000 }')"
curl -s "$url/metrics" | grep -E '^assay_http_rejected_total|^assay_http_errors_total' || true
kill $daemon; wait $daemon 2>/dev/null || true

echo "== R40: cold start"
if [ -w /proc/sys/vm/drop_caches ]; then sync; echo 3 > /proc/sys/vm/drop_caches; echo "page cache dropped"; else echo "(not root: page cache kept)"; fi
t0=$(date +%s.%N)
start_daemon
echo "healthz ok after $(echo "$(date +%s.%N) - $t0" | bc) s"
python3 - "$port" "$shared/bench/queries.txt" <<'PY'
import http.client, sys, time, urllib.parse
port, path = int(sys.argv[1]), sys.argv[2]
qs = [l.strip() for l in open(path) if l.strip() and not l.startswith("#")]
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
lat = []
for i in range(100):
    q = qs[i % len(qs)]
    t = time.monotonic()
    conn.request("GET", "/api/search?" + urllib.parse.urlencode({"q": q, "limit": 10, "offset": i // len(qs)}))
    conn.getresponse().read()
    lat.append((time.monotonic() - t) * 1000)
s = sorted(lat)
print(f"first query {lat[0]:.1f} ms; first 100: p50 {s[49]:.1f} ms, p99 {s[98]:.1f} ms, max {s[-1]:.1f} ms; "
      f"last 20 p50 {sorted(lat[80:])[9]:.1f} ms")
PY
