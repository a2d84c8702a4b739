#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Measures startup to a usable window: wall time from launching the product until it prints
# KANSA_READY (first window drawn, event queue idle). Runs N starts (default 5) under Xvfb
# (1600x1000) with a fresh workspace each, after a training start that writes the class-data
# archive and fills the Equinox configuration area (both written by a clean exit, then kept),
# and one warm-up start.
# Per start it prints the wall time, the CPU time of the java process (user + system, all
# threads, from /proc when the window is ready) and the phases the application reports
# (KANSA_PHASES: wall/CPU ms since the JVM started); per series the medians, per phase too.
# The load average is printed before and after: on a shared machine it explains the spread.
# Per start it also prints where the CPU went, by thread (/proc/PID/task at ready): ui (the
# thread that runs Equinox's launcher and then SWT's event loop), jit (C1/C2 compilers), gc,
# startlevel (Equinox's start-level thread: bundle activators, declarative services), other.
#
# KANSA_STARTUP_SERIES=catalog|sample|both (default both): which series to run.
# KANSA_STARTUP_COMPARE='A=<vm args>;B=<vm args>': instead of one series per mode, the 確認表
#   start with each set of extra VM arguments, interleaved (A B A B ...), each with its medians:
#   the way to weigh a JVM flag on a shared machine. The arguments must not change which
#   class-data archive the JVM accepts (GC, JIT, heap flags are fine; -Xshare or
#   -XX:SharedArchiveFile are not: one variant would rewrite the other's archive).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PRODUCT="${1:?usage: measure-startup.sh <product-folder> [runs]}"
RUNS="${2:-5}"
. "$ROOT/releng/startup-measure-lib.sh"
measure_setup

# the start cache (unsigned launcher and framework jars), as ./kansa build makes it
"$ROOT/releng/startup-cache.sh" "$PRODUCT"
# training start: exits by itself once usable, so the JVM writes the class-data archive and
# Equinox its framework state and extension registry cache
KANSA_SAMPLES_DIR="$TMP/samples-training" KANSA_VMARGS="-Dkansa.exitWhenReady=true" "$ROOT/releng/launch.sh" "$PRODUCT" -data "$TMP/training" >"$TMP/training.out" 2>&1 \
  || { echo "training start failed: $(tail -5 "$TMP/training.out")" >&2; exit 1; }
ls "$PRODUCT"/configuration/kansa-start/*.jsa >/dev/null 2>&1 && echo "class-data archive: $(du -h "$PRODUCT"/configuration/kansa-start/*.jsa | cut -f1)"
one_start warmup >/dev/null

series() {
  local label=$1 lines=() line
  for i in $(seq 1 "$RUNS"); do
    line=$(one_start "$label$i")
    lines+=("$line")
    print_start "$label" "$i" "$line"
  done
  report "$label" "${lines[@]}"
}

# compare 'A=args;B=args': the 確認表 start with each variant's VM arguments, interleaved
compare() {
  local variants=() variant i label
  IFS=';' read -r -a variants <<< "$1"
  declare -A results=()
  for i in $(seq 1 "$RUNS"); do
    for variant in "${variants[@]}"; do
      label=${variant%%=*}
      line=$(KANSA_VMARGS="${variant#*=}" one_start "$label$i")
      results[$label]+="$line"$'\n'
      print_start "$label" "$i" "$line"
    done
  done
  for variant in "${variants[@]}"; do
    label=${variant%%=*}
    local lines=()
    mapfile -t lines < <(printf '%s' "${results[$label]}")
    report "$label (${variant#*=})" "${lines[@]}"
  done
}

if [ -n "${KANSA_STARTUP_COMPARE:-}" ]; then
  KANSA_OPEN_SAMPLE=0 compare "$KANSA_STARTUP_COMPARE"
else
  case "${KANSA_STARTUP_SERIES:-both}" in
    catalog|both) KANSA_OPEN_SAMPLE=0 series catalog ;;&
    sample|both) KANSA_OPEN_SAMPLE=1 series sample ;;
  esac
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
