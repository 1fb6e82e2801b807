#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a bounded time on
# seeds made from the shared corpus. Exits non-zero when any fuzzer finds a crash, a leak or
# a timeout; the input that did it is left in BUILD/fuzz-artifacts/<target>/.
#
# Usage: fuzz/run_fuzzers.sh [SECONDS_EACH] [TARGET...]   (BUILD defaults to build-fuzz)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-30}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(parser analyzer query http facet_bitmaps pdf docx)
BUILD=${BUILD:-build-fuzz}
JOBS=${JOBS:-2}

CC=clang CXX=clang++ cmake -S . -B "$BUILD" -DASSAY_FUZZ=ON -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" -j "$JOBS" --target make_facet_seed $(printf 'fuzz_%s ' "${TARGETS[@]}")
python3 fuzz/make_seeds.py "$BUILD"

failed=()
for t in "${TARGETS[@]}"; do
    corpus="$BUILD/fuzz-corpus/$t" artifacts="$BUILD/fuzz-artifacts/$t"
    mkdir -p "$corpus" "$artifacts"
    dict=()
    [ -f "fuzz/$t.dict" ] && dict=(-dict="fuzz/$t.dict")
    log="$BUILD/fuzz-$t.log"
    echo "== fuzz_$t for ${SECONDS_EACH}s"
    # New inputs go to the working corpus (first folder); the seeds are only read.
    if ASAN_OPTIONS=new_delete_type_mismatch=0:detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
        "$BUILD/fuzz/fuzz_$t" "$corpus" "$BUILD/fuzz-seeds/$t" "${dict[@]}" \
        -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -timeout=25 \
        -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1; then
        grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1 || true
        grep -E 'stat::(number_of_executed_units|average_exec_per_sec)' "$log" || true
    else
        echo "fuzz_$t FAILED; the end of its log ($log):"
        tail -40 "$log"
        ls -l "$artifacts"
        failed+=("$t")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzers that found a problem: ${failed[*]}" >&2
    exit 1
fi
echo "all fuzzers ran clean"
