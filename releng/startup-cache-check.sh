#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Proves that what the workbench caches between starts is never a reason to fail: on a copy of
# the built product, after a training start has filled the caches, each one is damaged or
# replaced by one from elsewhere, and the next start must still reach a usable window with a
# clean log:
#   cds-damaged      the class-data archive overwritten with garbage
#   cds-truncated    the class-data archive cut in half (a start killed while writing it)
#   cds-other-jdk    an archive written by another JDK (the machine's default java; without
#                    one, the good archive with another JDK build in its header)
#   registry-truncated the Equinox extension registry cache cut in half (Equinox compares the
#                    sizes recorded in its table and rebuilds the registry from the bundles)
#   framework-damaged the Equinox framework state overwritten with garbage (Equinox logs one
#                    warning, "the framework will be reinitialized", and resolves again)
# Not covered, a limit of the platform: registry cache files replaced by garbage of the very
# same sizes make Equinox's TableReader allocate what the garbage says and fail the start with
# OutOfMemoryError; `-clean` once (releng/launch.sh <product> -clean) rebuilds every cache.
#   start-cache-stale  the product's framework jar newer than the start cache's copy (another
#                    build): the stamp differs, the product starts from its signed jars
#   start-cache-damaged the start cache's framework copy overwritten with garbage: its checksum
#                    differs, the product starts from its signed jars
# Each start's java command line is kept: the first case must have run the start cache's
# launcher (its stamp still matched), the last two the product's own.
# Prints one line per case and "N passed, 0 failed"; exits 1 naming the case that did not start.
# The consoles, logs and command lines stay in releng/jp.kansa.product/target/startup-cache-check;
# the product's copy is removed at the end.
set -uo pipefail
. "$(dirname "$0")/check-lib.sh"
check_begin startup-cache-check "${1:-}"
SCRATCH="$(mktemp -d)"
COPY="$SCRATCH/product"
trap 'check_stop; rm -rf "$SCRATCH"' EXIT
cp -a "$PRODUCT" "$COPY"
check_xvfb 1600x1000x24
export KANSA_OPEN_SAMPLE=0

# start NAME [ALLOWED]: one start with a fresh workspace; it must print KANSA_READY within
# 120 s, and neither the console nor the workspace log may carry an error or a warning other
# than the lines matching ALLOWED
start() {
  local name=$1 allowed=${2:-^$} out="$OUT/$1.out" ws="$OUT/ws-$1"
  KANSA_SAMPLES_DIR="$OUT/samples" check_launch "$name" "$out" 120 "$COPY" -data "$ws" -consoleLog
  # launch.sh execs java: its command line says whether the start cache was used
  tr '\0' ' ' < "/proc/$APP/cmdline" > "$OUT/$name.cmdline"
  local problems
  problems=$(grep -A1 -E 'Exception|^!ENTRY .* (4|2) ' "$out" "$ws/.metadata/.log" 2>/dev/null | grep -vE "$allowed|^--$|!ENTRY" || true)
  [ -z "$problems" ] || fail "$name: errors on the console or in the log: $(head -30 <<<"$problems")"
  check_close
}

"$ROOT/releng/startup-cache.sh" "$COPY" >/dev/null || fail "startup-cache.sh failed"
# training: a clean exit writes the archive, the framework state and the registry cache
KANSA_SAMPLES_DIR="$OUT/samples" KANSA_VMARGS="-Dkansa.exitWhenReady=true" "$ROOT/releng/launch.sh" "$COPY" -data "$OUT/ws-training" >"$OUT/training.out" 2>&1 \
  || fail "training start: $(tail -20 "$OUT/training.out")"
CONFIG="$COPY/configuration"
CDS="$CONFIG/kansa-start/kansa-cds.jsa"
[ -s "$CDS" ] || fail "the training start wrote no class-data archive ($CDS)"
REGISTRY=$(ls "$CONFIG"/org.eclipse.core.runtime/.mainData.* 2>/dev/null | head -1)
FRAMEWORK=$(ls "$CONFIG"/org.eclipse.osgi/framework.info.* 2>/dev/null | head -1)
[ -n "$REGISTRY" ] || fail "the training start wrote no extension registry cache"
[ -n "$FRAMEWORK" ] || fail "the training start wrote no framework state"
garbage() { head -c "$(stat -c %s "$1")" /dev/urandom > "$1"; }
check() { start "$@"; passed "$1: usable window, clean log"; }
# started_from_cache NAME yes|no: whether that start ran the start cache's launcher
started_from_cache() {
  local used=no
  grep -q -- "-jar $CONFIG/kansa-start/" "$OUT/$1.cmdline" && used=yes
  [ "$used" = "$2" ] || fail "$1: start cache used: $used, expected $2 ($(cat "$OUT/$1.cmdline"))"
}

cp "$CDS" "$SCRATCH/good.jsa"
garbage "$CDS"; check cds-damaged; started_from_cache cds-damaged yes
cp "$SCRATCH/good.jsa" "$CDS"; truncate -s "$(( $(stat -c %s "$CDS") / 2 ))" "$CDS"; check cds-truncated
# another JDK: the machine's default java writes the archive; without one, the JDK build named
# in the good archive's header is changed, which is all the JVM can tell of another build
OTHER_JAVA=$(command -v java || true)
rm -f "$CDS"
if [ -n "$OTHER_JAVA" ] && [ "$(readlink -f "$OTHER_JAVA")" != "$(readlink -f "${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java")" ]; then
  "$OTHER_JAVA" -XX:ArchiveClassesAtExit="$CDS" -Xlog:cds=off -version >/dev/null 2>&1
fi
if [ ! -s "$CDS" ]; then
  python3 - "$SCRATCH/good.jsa" "$CDS" <<'PY'
import sys
data = bytearray(open(sys.argv[1], 'rb').read())
at = data.find(b'Server VM (', 0, 4096)
assert at >= 0, 'no JVM build string in the archive header'
data[at + 11] = ord('9') if data[at + 11] != ord('9') else ord('8')
open(sys.argv[2], 'wb').write(data)
PY
fi
check cds-other-jdk
truncate -s "$(( $(stat -c %s "$REGISTRY") / 2 ))" "$REGISTRY"; check registry-truncated
garbage "$FRAMEWORK"; check framework-damaged 'The persistent format for the framework data has changed.*will be reinitialized' 
FRAMEWORK_JAR=$(ls "$COPY"/plugins/org.eclipse.osgi_*.jar | head -1)
touch "$FRAMEWORK_JAR"; check start-cache-stale; started_from_cache start-cache-stale no
"$ROOT/releng/startup-cache.sh" "$COPY" >/dev/null || fail "startup-cache.sh failed"
garbage "$CONFIG/kansa-start/${FRAMEWORK_JAR##*/}"; check start-cache-damaged; started_from_cache start-cache-damaged no
check_end
