#!/usr/bin/env bash
# Search quality on a judged set (../shared/eval): index its corpus, score with the shared
# scorer, and fail if mean nDCG@10 falls below the floor. Deterministic: same index, same score.
#   tests/eval/check_quality.sh BUILD_DIR [seed|real] [FLOOR]
#     seed: 20 needs over the five seed documents (floor 0.84)
#     real: 40 needs over the whole real corpus, seeds + ofsted (floor 0.80)
# Extra assay-query options (ranking experiments) can be given in ASSAY_QUERY_ARGS.
set -euo pipefail
build=${1:?usage: check_quality.sh BUILD_DIR [seed|real] [FLOOR]}
set_name=${2:-seed}
here=$(cd "$(dirname "$0")" && pwd)
shared=${SHARED:-$here/../../../shared}
if [ ! -f "$shared/eval/score.py" ]; then
  echo "no ../shared/eval: quality check skipped"; exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
case "$set_name" in
  seed) floor=${3:-0.84}; queries=$shared/eval/dev-queries.tsv; qrels=$shared/eval/dev-qrels.tsv
        corpus=(--corpus "$shared/corpus/seeds") ;;
  real) floor=${3:-0.80}; queries=$shared/eval/real/queries.tsv; qrels=$shared/eval/real/qrels.tsv
        corpus=(--corpus "$shared/corpus/seeds" --corpus "$shared/corpus/ofsted") ;;
  *) echo "check_quality.sh: the set is 'seed' or 'real', not '$set_name'" >&2; exit 2 ;;
esac
"$build/assay-index" build "${corpus[@]}" --index "$tmp/idx" > "$tmp/build.log"
cmd="$build/assay-query --index $tmp/idx --format json --no-facets ${ASSAY_QUERY_ARGS:-} --limit {k} -- {q}"
python3 "$shared/eval/score.py" --queries "$queries" --qrels "$qrels" --cmd "$cmd" | tee "$tmp/score.txt"
python3 "$shared/eval/score.py" --queries "$queries" --qrels "$qrels" --cmd "$cmd" --condensed --quiet > "$tmp/condensed.txt"
score=$(tail -n 1 "$tmp/score.txt" | awk '{ print $NF }')
echo "condensed (unjudged hits dropped): $(tail -n 1 "$tmp/condensed.txt" | awk '{ print $NF }')"
awk -v s="$score" -v f="$floor" 'BEGIN { if (s + 0 < f + 0) { printf "nDCG@10 %s is below the floor %s\n", s, f; exit 1 } }'
echo "$set_name nDCG@10 $score (floor $floor)"
