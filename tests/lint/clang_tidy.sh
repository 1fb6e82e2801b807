#!/usr/bin/env bash
# clang-tidy, with the checks in .clang-tidy, over the project's C++ sources as a build folder
# compiles them (its compile_commands.json). Any finding fails. CI runs it after `make test`.
# usage: tests/lint/clang_tidy.sh [BUILD_DIR] [--changed-since GIT_REF]
#   --changed-since REF  only the sources that differ from REF (a quick local check); a
#                        changed header brings in every source, since any may include it.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=build
base=
while [ $# -gt 0 ]; do
    case $1 in
        --changed-since) base=$2; shift 2 ;;
        *) build=$1; shift ;;
    esac
done
db=$build/compile_commands.json
[ -f "$db" ] || { echo "no $db: build first (make build)" >&2; exit 2; }
tidy=$(command -v clang-tidy || command -v clang-tidy-14 || true)
[ -n "$tidy" ] || { echo "clang-tidy not installed (Debian package clang-tidy)" >&2; exit 2; }

# The project's own sources that this build compiles (the fuzz targets only in a fuzz build).
mapfile -t sources < <(git ls-files 'schema/*.cpp' 'indexer/*.cpp' 'query/*.cpp' 'tests/*.cpp' 'corpus/*.cpp' 'fuzz/*.cpp' |
    while read -r f; do grep -q "\"file\": \"$PWD/$f\"" "$db" && echo "$f"; done)
if [ -n "$base" ]; then
    mapfile -t changed < <(git diff --name-only "$base" -- '*.cpp' '*.hpp' '.clang-tidy')
    if ! printf '%s\n' "${changed[@]}" | grep -q -e '\.hpp$' -e '^\.clang-tidy$'; then
        mapfile -t sources < <(printf '%s\n' "${sources[@]}" | grep -Fx -f <(printf '%s\n' "${changed[@]}") || true)
    fi
fi
[ ${#sources[@]} -gt 0 ] || { echo "clang-tidy: no sources to check"; exit 0; }

log=$(mktemp)
trap 'rm -f "$log"' EXIT
start=$SECONDS
status=0
printf '%s\n' "${sources[@]}" | xargs -P "$(nproc)" -n 1 "$tidy" -p "$build" --quiet --extra-arg=-Wno-unknown-warning-option >"$log" 2>&1 || status=$?
# clang-tidy counts the warnings it suppressed (other people's headers) on stderr: not findings.
grep -v -e '^[0-9]* warnings\? generated\.$' -e '^[0-9]* warnings\? and [0-9]* errors\? generated\.$' \
    -e '^Suppressed [0-9]* warnings' -e '^Use -header-filter' -e '^$' "$log" || true
echo "clang-tidy: ${#sources[@]} sources in $((SECONDS - start)) s"
[ "$status" -eq 0 ] || { echo "clang-tidy: findings above" >&2; exit 1; }
