#!/usr/bin/env bash
# Search quality on the judged dev set (../shared/eval): index the seeds, score with the shared
# scorer, and fail if mean nDCG@10 falls below the floor. Deterministic: same index, same score.
#   tests/eval/check_quality.sh BUILD_DIR [FLOOR=0.84]  (the figure itself goes in the notes)
set -euo pipefail
build=${1:?usage: check_quality.sh BUILD_DIR [FLOOR]}
floor=${2:-0.84}
here=$(cd "$(dirname "$0")" && pwd)
shared=${SHARED:-$here/../../../shared}
if [ ! -f "$shared/eval/score.py" ]; then
  echo "no ../shared/eval: quality check skipped"; exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$build/assay-index" build --corpus "$shared/corpus/seeds" --index "$tmp/idx" > "$tmp/build.log"
python3 "$shared/eval/score.py" --queries "$shared/eval/dev-queries.tsv" --qrels "$shared/eval/dev-qrels.tsv" \
  --cmd "$build/assay-query --index $tmp/idx --format json --limit {k} -- {q}" | tee "$tmp/score.txt"
score=$(tail -n 1 "$tmp/score.txt" | awk '{ print $NF }')
awk -v s="$score" -v f="$floor" 'BEGIN { if (s + 0 < f + 0) { printf "nDCG@10 %s is below the floor %s\n", s, f; exit 1 } }'
echo "nDCG@10 $score (floor $floor)"
