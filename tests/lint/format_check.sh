#!/usr/bin/env bash
# Every C++ file of the project laid out as .clang-format says; any difference fails and is
# shown. CI runs it. `tests/lint/format_check.sh --fix` rewrites the files instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
fmt=$(command -v clang-format || command -v clang-format-14 || true)
[ -n "$fmt" ] || { echo "clang-format not installed (Debian package clang-format)" >&2; exit 2; }
mapfile -t files < <(git ls-files '*.cpp' '*.hpp')
if [ "${1:-}" = "--fix" ]; then
    "$fmt" -i "${files[@]}"
    exit 0
fi
bad=0
for f in "${files[@]}"; do
    if ! "$fmt" "$f" | diff -u --label "$f" --label "$f (formatted)" "$f" - ; then bad=$((bad + 1)); fi
done
if [ "$bad" -gt 0 ]; then
    echo "$bad of ${#files[@]} files differ from .clang-format: tests/lint/format_check.sh --fix" >&2
    exit 1
fi
echo "format: ${#files[@]} files as .clang-format says"
