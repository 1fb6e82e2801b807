#!/usr/bin/env bash
# The Debian package as a user gets it: built by CPack from the build folder, its contents and
# control fields read with dpkg-deb, then unpacked with dpkg -x and its programs run from the
# unpacked tree, far from the source tree: --version, a build and a search, the daemon started
# with the shipped config and stopped by SIGTERM. The unit is checked by systemd-analyze
# verify where systemd-analyze exists.
# usage: check_deb.sh BUILD_DIR CPACK PROJECT_VERSION
set -euo pipefail
build=$(cd "$1" && pwd)
cpack=$2
version=$3
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
schema=$(sed -n 's/.*constexpr int kSchemaVersion = \([0-9]*\);.*/\1/p' "$source_dir/schema/fields.hpp")
[ -n "$schema" ] || { echo "kSchemaVersion not found in schema/fields.hpp"; exit 1; }

work=$build/package-test
rm -rf "$work"
mkdir -p "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }

"$cpack" -G DEB -B "$work" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack"; }
debs=("$work"/assay_"$version"_*.deb)
[ -f "${debs[0]}" ] || fail "no assay_${version}_*.deb in $work"
deb=${debs[0]}
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"

# Contents.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
for f in /usr/bin/assay-index /usr/bin/assay-query /usr/bin/assayd \
         /usr/lib/systemd/system/assayd.service \
         /usr/share/man/man1/assay-index.1.gz /usr/share/man/man1/assay-query.1.gz \
         /usr/share/man/man1/assayd.1.gz \
         /usr/share/doc/assay/assayd.conf /etc/assay/assayd.conf; do
    grep -qx "$f" "$work/contents" || fail "$f missing from the package"
done
# Nothing from the build or source trees, no enabled service.
! grep -q -e "$build" -e "$source_dir" -e '\.wants/' "$work/contents" || fail "unexpected path in the package"

# Control fields.
dpkg-deb -I "$deb" >"$work/info"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = assay ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version), expected $version"
field Depends | grep -q 'libxapian30' || fail "Depends does not name libxapian30: $(field Depends)"
for lib in libicu libboost-program-options libroaring libfmt; do
    field Depends | grep -q "$lib" || fail "Depends does not name $lib: $(field Depends)"
done
grep -qw conffiles "$work/info" || fail "no conffiles in the control archive"
dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./conffiles | grep -qx /etc/assay/assayd.conf ||
    fail "/etc/assay/assayd.conf is not a conffile"

# Unpacked, the programs run from anywhere.
root=$work/root
dpkg -x "$deb" "$root"
bin=$root/usr/bin
cd "$work"
out=$("$bin/assay-query" --version)
[ "$out" = "$(printf 'assay-query %s\nindex schema version %s' "$version" "$schema")" ] ||
    fail "assay-query --version printed: $out"
for p in assay-index assayd; do
    "$bin/$p" --version | head -1 | grep -qx "$p $version" || fail "$p --version"
done

mkdir -p corpus
printf 'Strategy discussions\n\nPolice attend strategy discussions promptly in every case.\n' >corpus/a.txt
"$bin/assay-index" build --corpus corpus --index index >build.log 2>&1 || { cat build.log; fail "assay-index build"; }
"$bin/assay-query" --index index --format csv -- "police strategy" | grep -q 'a.txt' ||
    fail "assay-query found nothing in the unpacked programs' index"

# The man pages come from the programs' own --help.
for p in assay-index assay-query assayd; do
    page=$(zcat "$root/usr/share/man/man1/$p.1.gz")
    grep -q '^\.SH NAME' <<<"$page" || fail "$p.1 has no NAME"
    grep -q -- 'version' <<<"$page" || fail "$p.1 does not mention --version"
done
zcat "$root/usr/share/man/man1/assay-query.1.gz" | grep -q 'per\\-report' || fail "assay-query.1 lacks --per-report"

# The unit starts the installed daemon on the shipped config.
unit=$root/usr/lib/systemd/system/assayd.service
grep -qx 'ExecStart=/usr/bin/assayd --config /etc/assay/assayd.conf' "$unit" || fail "ExecStart: $(grep ExecStart "$unit")"
grep -qx 'DynamicUser=yes' "$unit" || fail "unit does not use a dynamic user"
grep -qx 'Restart=on-failure' "$unit" || fail "unit does not restart on failure"

# The shipped config parses, and the daemon started with it (index and port overridden on the
# command line, which wins) stops with status 0 on SIGTERM.
"$bin/assayd" --config "$root/etc/assay/assayd.conf" --index index --listen 127.0.0.1:0 2>assayd.log &
pid=$!
for _ in $(seq 100); do grep -q 'listening on' assayd.log && break; sleep 0.1; done
grep -q 'listening on' assayd.log || { kill "$pid"; cat assayd.log; fail "assayd did not start"; }
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
[ "$status" -eq 0 ] || { cat assayd.log; fail "assayd exited $status on SIGTERM"; }

if command -v systemd-analyze >/dev/null; then
    # verify checks that ExecStart's program exists: point it at the unpacked one. The man
    # page Documentation= names is checked above (verify would look in the system's man path).
    mkdir -p verify
    sed "s|^ExecStart=/usr/bin/assayd|ExecStart=$bin/assayd|" "$unit" >verify/assayd.service
    systemd-analyze verify --man=no verify/assayd.service >verify.log 2>&1 ||
        { cat verify.log; fail "systemd-analyze verify"; }
    [ ! -s verify.log ] || { cat verify.log; fail "systemd-analyze verify printed warnings"; }
else
    echo "systemd-analyze not installed: unit not verified"
fi
echo "package checks passed"
