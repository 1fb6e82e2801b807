#!/usr/bin/env bash
# What an update costs: copies the corpus folders given, builds an index of the copy, then
# changes 1 report and updates, then changes N more (default 49) and updates, then merges.
# For each step: wall time, bytes written (the kernel's block-output count of the process,
# /usr/bin/time's "File system outputs" x 512), segments, peak RSS.
#
#   tests/bench/update_cost.sh [--build-dir build] [--changes N] [--keep DIR] [--no-merge] CORPUS_DIR...
#
# --keep DIR leaves in DIR the changed corpus (corpus/), the index after the updates
# (before-merge/) and after the merge (index/), e.g. to compare rankings with a fresh build.
#
# Figures, not pass/fail.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build="$here/../../build" changes=49 keep="" merge=1
while [ $# -gt 0 ]; do
  case $1 in
    --build-dir) build=$2; shift 2 ;;
    --changes) changes=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    --no-merge) merge=""; shift ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "usage: update_cost.sh [--build-dir DIR] [--changes N] CORPUS_DIR..." >&2; exit 2; }
if [ -n "$keep" ]; then
  work=$keep
  rm -rf "$work" && mkdir -p "$work"
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/update-cost.XXXXXX")
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work/corpus"
args=()
for d in "$@"; do
  cp -r "$d" "$work/corpus/$(basename "$d")"
  args+=(--corpus "$work/corpus/$(basename "$d")")
done
idx="$work/index"

step() {  # name, command...
  local name=$1; shift
  /usr/bin/time -v -o "$work/time" "$@" > "$work/out" 2>&1 || { cat "$work/out"; exit 1; }
  awk -F': ' -v n="$name" -v segs="$(grep -c '^glass' "$idx/CURRENT/XAPIANDB" 2>/dev/null || echo 1)" '
    /Elapsed \(wall clock\)/ { k = split($2, p, ":"); s = 0; for (i = 1; i <= k; i++) s = s * 60 + p[i] }
    /File system outputs/ { w = $2 * 512 }
    /Maximum resident set size/ { r = $2 / 1024 }
    END { printf "| %s | %.2f | %.1f | %d | %.0f |\n", n, s, w / 1e6, segs, r }' "$work/time"
}

echo "| step | wall s | MB written | segments after | peak RSS MB |"
echo "|---|---|---|---|---|"
step "build" "$build/assay-index" build "${args[@]}" --index "$idx"
echo "| (index) | | $(du -sb "$(readlink -f "$idx/CURRENT")" | awk '{ printf "%.1f MB", $1 / 1e6 }') | | |"
mapfile -t files < <(find "$work/corpus" -name '*.txt' | sort)
echo "Inspectors added a note on return home interviews after this report was published." >> "${files[0]}"
step "update, 1 report changed" "$build/assay-index" update "${args[@]}" --index "$idx"
for ((i = 1; i <= changes && i < ${#files[@]}; i++)); do
  echo "Inspectors added a note on supervision after this report was published ($i)." >> "${files[$i]}"
done
step "update, $changes more changed" "$build/assay-index" update "${args[@]}" --index "$idx"
[ -n "$merge" ] || exit 0
[ -z "$keep" ] || cp -a "$idx" "$work/before-merge"
step "merge (all into one)" "$build/assay-index" merge --index "$idx"
