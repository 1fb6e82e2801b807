#!/usr/bin/env bash
# Soak (RELIABILITY.md R39), run by hand: assayd under a steady open-loop load of real searches
# (every URL spelt differently, so none is answered from the response cache) while
# `assay-index update` publishes a new generation every minute with 50 files changed. Prints
# one line a minute: requests, errors, p50/p99, the daemon's RSS, open fds and threads, and the
# size of the served generation.
# Stable means: RSS drift < 10 %, fds and threads flat, 0 errors, p99 of the last 10 minutes
# within 20 % of the first 10.
#
# The rate is half the daemon's measured maximum (R39), unless RATE is given: before the soak,
# wrk runs every-request-a-search traffic for 20 s against the same pinned daemon.
#
#   tests/bench/soak.sh [BUILD_DIR] [MINUTES=60] [RATE=half the measured maximum]
# Uses the 100 MB bench corpus (a copy, since files are changed) and its own index folder.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$repo/build}" && pwd)
minutes=${2:-60}
rate=${3:-}
shared=$(cd "$repo/../shared" && pwd)
source_corpus=${CORPUS:-/tmp/bench-data/corpus-100M}
work=${WORK:-/tmp/assay-soak}
port=${PORT:-18392}
[ -f "$source_corpus/manifest.jsonl" ] || python3 "$shared/bench/gen_corpus.py" --out "$source_corpus" --size 100M --seed 1

mkdir -p "$work"
[ -d "$work/corpus" ] || cp -r "$source_corpus" "$work/corpus"
[ -e "$work/index/CURRENT" ] || "$build/assay-index" build --corpus "$work/corpus" --index "$work/index" > "$work/build.log"

taskset -c 0 "$build/assayd" --index "$work/index" --listen 127.0.0.1:$port --threads 2 2> "$work/assayd.log" &
daemon=$!
trap 'kill $daemon 2>/dev/null; wait $daemon 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.05; done

if [ -z "$rate" ]; then
  command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk), or give RATE"; exit 2; }
  taskset -c 1 wrk -t1 -c4 -d3s -s "$here/daemon_queries.lua" "http://127.0.0.1:$port" -- "$shared/bench/queries.txt" bust > /dev/null
  max=$(taskset -c 1 wrk -t1 -c8 -d20s -s "$here/daemon_queries.lua" "http://127.0.0.1:$port" -- "$shared/bench/queries.txt" bust |
        awk '/^Requests\/sec/ { printf "%d", $2 }')
  rate=$((max / 2))
  echo "measured maximum $max req/s (every request a search, daemon on one core); soak rate $rate req/s"
fi

sample() {  # rss_kb fds threads cpu_ticks (user + system, the daemon's threads and waited-for children)
  echo "$(awk '/VmRSS/ { print $2 }' /proc/$daemon/status) $(ls /proc/$daemon/fd | wc -l) $(awk '/Threads/ { print $2 }' /proc/$daemon/status)" \
       "$(awk '{ print $14 + $15 + $16 + $17 }' /proc/$daemon/stat)"
}
ticks=$(getconf CLK_TCK)
files=("$work"/corpus/*.txt)
# cpu_ms_req: the daemon's CPU time that minute (its probe children included) per request sent,
# so a slower minute can be told apart: the daemon's own cost rising, or its core taken.
echo "minute requests errors p50_ms p99_ms rss_mb fds threads index_mb segments generation update update_s cpu_ms_req"
read -r _ _ _ cpu_before <<< "$(sample)"
for minute in $(seq 1 "$minutes"); do
  # 50 files changed, then an update in the background during the minute. Each file ends with
  # one soak line, replaced on every touch, in words no benchmark query uses: the corpus stays
  # the same size and every search the same cost, so any drift is the engine's. (A line of
  # common words appended each minute made searches 8% dearer by the end of the hour.)
  for i in $(seq 0 49); do
    f=${files[$(( (minute * 50 + i) % ${#files[@]} ))]}
    [ "$(tail -n1 "$f" | cut -c1-11)" = "Soak marker" ] && sed -i '$d' "$f"
    echo "Soak marker $minute." >> "$f"
  done
  # The daemon has core 0 to itself, as on its own server; the update shares core 1 with the
  # load generator, so what drifts is the daemon's own cost, not a neighbour's. The load
  # generator runs at a higher priority than the update (nice -5 against 10, as root), so a
  # merge's CPU does not delay the requests it times.
  ( start=$(date +%s%N)
    taskset -c 1 nice -n 10 "$build/assay-index" update --corpus "$work/corpus" --index "$work/index" > "$work/update.log" 2>&1;
    echo $? > "$work/update.rc"
    echo $(( ($(date +%s%N) - start) / 1000000 )) > "$work/update.ms" ) &
  updater=$!
  line=$(taskset -c 1 nice -n -5 python3 "$here/daemon_paced.py" --port $port --rate "$rate" --seconds 60 --bust \
         --queries "$shared/bench/queries.txt" --connections 8)
  wait $updater || true
  { echo "== minute $minute"; cat "$work/update.log"; } >> "$work/updates.log"  # what each update merged
  read -r rss fds threads cpu <<< "$(sample)"
  sent=$(sed -E 's/.*sent ([0-9]+).*/\1/' <<< "$line")
  errors=$(sed -E 's/.*errors ([0-9]+).*/\1/' <<< "$line")
  p50=$(sed -E 's/.*p50 ([0-9.]+) ms.*/\1/' <<< "$line")
  p99=$(sed -E 's/.*p99 ([0-9.]+) ms.*/\1/' <<< "$line")
  gen=$(curl -s "http://127.0.0.1:$port/healthz" | sed -E 's/.*"generation":"([^"]*)".*/\1/')
  index_mb=$(du -sLm "$work/index/CURRENT" | cut -f1)
  segments=$(find -L "$work/index/CURRENT" -mindepth 1 -maxdepth 1 -type d | wc -l)
  echo "$minute $sent $errors $p50 $p99 $((rss / 1024)) $fds $threads $index_mb $segments $gen rc=$(cat "$work/update.rc")" \
       "$(awk -v ms="$(cat "$work/update.ms")" 'BEGIN { printf "%.1f", ms / 1000 }')" \
       "$(awk -v d=$((cpu - cpu_before)) -v t="$ticks" -v n="$sent" 'BEGIN { printf "%.2f", n ? d * 1000 / t / n : 0 }')"
  cpu_before=$cpu
done
