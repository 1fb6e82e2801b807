#!/usr/bin/env bash
# PDF extraction throughput: Assay's reader (bench_extract: read_source on every core, each
# file in its bounded child process, as a build reads it) beside the pdftotext command on the
# same files with the same number of parallel jobs, in the same run. Rounds alternate the two
# so load from elsewhere on the machine falls on both; the best round of each is reported.
#
#   tests/bench/pdf_bench.sh [--build-dir build] [--rounds 3] [--jobs N] [FOLDER]
#
# FOLDER defaults to ../shared/corpus/pdf. Figures, not pass/fail.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
build="$top/build" rounds=3 jobs=$(nproc) folder="$top/../shared/corpus/pdf"
while [ $# -gt 0 ]; do
  case $1 in
    --build-dir) build=$(cd "$2" && pwd); shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    *) folder=$1; shift ;;
  esac
done
mapfile -t files < <(find "$folder" -maxdepth 1 -name '*.pdf' | sort)
[ ${#files[@]} -gt 0 ] || { echo "no PDFs in $folder" >&2; exit 2; }
[ -x "$build/bench_extract" ] || cmake --build "$build" --target bench_extract >/dev/null
bytes=$(stat -c %s "${files[@]}" | awk '{ s += $1 } END { print s }')
pages=$(for f in "${files[@]}"; do pdfinfo "$f" | awk '/^Pages:/ { print $2 }'; done | awk '{ s += $1 } END { print s }')
echo "${#files[@]} PDFs, $pages pages, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB; $jobs parallel jobs; $rounds rounds"

now() { date +%s.%N; }
best_assay="" best_inproc="" best_pdftotext=""
min() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b < a) ? b : a }'; }
for r in $(seq "$rounds"); do
  t0=$(now); "$build/bench_extract" --jobs "$jobs" "${files[@]}" >/dev/null; t1=$(now)
  best_assay=$(min "$best_assay" "$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')")
  t0=$(now); printf '%s\0' "${files[@]}" | xargs -0 -P "$jobs" -I{} pdftotext -q -enc UTF-8 {} /dev/null; t1=$(now)
  best_pdftotext=$(min "$best_pdftotext" "$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')")
  t0=$(now); "$build/bench_extract" --in-process --jobs "$jobs" "${files[@]}" >/dev/null; t1=$(now)
  best_inproc=$(min "$best_inproc" "$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')")
done
row() { awk -v n="$1" -v s="$2" -v p="$pages" -v b="$bytes" \
  'BEGIN { printf "%-36s %7.2f s %8.1f pages/s %6.2f MB/s\n", n, s, p / s, b / 1e6 / s }'; }
row "assay (child process per file)" "$best_assay"
row "assay reader in process" "$best_inproc"
row "pdftotext (process per file)" "$best_pdftotext"
awk -v a="$best_assay" -v p="$best_pdftotext" 'BEGIN { printf "assay / pdftotext throughput: %.2f\n", p / a }'
