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
TMP="$(mktemp -d)"
DISPLAY_NUM=$((200 + RANDOM % 100))
Xvfb ":$DISPLAY_NUM" -screen 0 1600x1000x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null; rm -rf "$TMP"' EXIT
export DISPLAY=":$DISPLAY_NUM"
sleep 1
TICKS=$(getconf CLK_TCK)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"

# one_start NAME: prints "wall_ms cpu_ms phases... | threads..." of one start with a fresh workspace
one_start() {
  local ws="$TMP/ws$1" out="$TMP/out$1" start end stat
  start=$(date +%s%N)
  KANSA_SAMPLES_DIR="$TMP/samples$1" "$ROOT/releng/launch.sh" "$PRODUCT" -data "$ws" >"$out" 2>&1 &
  local pid=$!
  until grep -q KANSA_READY "$out" 2>/dev/null; do
    kill -0 $pid 2>/dev/null || { echo "product exited: $(tail -5 "$out")" >&2; return 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  # fields 14 and 15 of /proc/PID/stat (after the command name): user and system ticks
  stat=$(cat "/proc/$pid/stat"); stat=${stat##*) }
  read -r -a fields <<< "$stat"
  local threads
  threads=$(thread_cpu "$pid")
  kill $pid; wait $pid 2>/dev/null || true
  echo "$(( (end - start) / 1000000 )) $(( (fields[11] + fields[12]) * 1000 / TICKS )) $(grep -m1 KANSA_PHASES "$out" | cut -d' ' -f2-) | $threads"
}

# thread_cpu PID: "ui=ms jit=ms gc=ms startlevel=ms other=ms", CPU of the process's threads by
# role. The java launcher's first thread only waits; the UI thread is the busiest other thread
# named java (the launcher's main thread, which becomes SWT's UI thread).
thread_cpu() {
  local task name stat ms ui=0 jit=0 gc=0 startlevel=0 other=0
  for task in /proc/"$1"/task/*; do
    name=$(cat "$task/comm" 2>/dev/null) || continue
    stat=$(cat "$task/stat" 2>/dev/null) || continue
    stat=${stat##*) }
    read -r -a fields <<< "$stat"
    ms=$(( (fields[11] + fields[12]) * 1000 / TICKS ))
    case "$name" in
      java) if [ "${task##*/}" != "$1" ] && [ "$ms" -gt "$ui" ]; then other=$((other + ui)); ui=$ms; else other=$((other + ms)); fi ;;
      C1\ Compiler*|C2\ Compiler*) jit=$((jit + ms)) ;;
      GC\ Thread*|G1\ *|VM\ Thread) gc=$((gc + ms)) ;;
      Start\ Level*) startlevel=$((startlevel + ms)) ;;
      *) other=$((other + ms)) ;;
    esac
  done
  echo "ui=$ui jit=$jit gc=$gc startlevel=$startlevel other=$other"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR ? v[int((NR + 1) / 2)] : "-") }'; }

# the start cache (unsigned launcher and framework jars), as ./kansa build makes it
"$ROOT/releng/startup-cache.sh" "$PRODUCT"
# training start: exits by itself once usable, so the JVM writes the class-data archive and
# Equinox its framework state and extension registry cache
KANSA_SAMPLES_DIR="$TMP/samples-training" KANSA_VMARGS="-Dkansa.exitWhenReady=true" "$ROOT/releng/launch.sh" "$PRODUCT" -data "$TMP/training" >"$TMP/training.out" 2>&1 \
  || { echo "training start failed: $(tail -5 "$TMP/training.out")" >&2; exit 1; }
ls "$PRODUCT"/configuration/kansa-start/*.jsa >/dev/null 2>&1 && echo "class-data archive: $(du -h "$PRODUCT"/configuration/kansa-start/*.jsa | cut -f1)"
one_start warmup >/dev/null

# report LABEL LINES...: the medians of a series' starts
report() {
  local label=$1 walls cpus phases="" threads="" name
  shift
  walls=$(printf '%s\n' "$@" | cut -d' ' -f1)
  cpus=$(printf '%s\n' "$@" | cut -d' ' -f2)
  echo "$label: median $(median <<<"$walls") ms, min $(sort -n <<<"$walls" | head -1) ms, max $(sort -n <<<"$walls" | tail -1) ms; CPU median $(median <<<"$cpus") ms ($# runs)"
  for name in application display workbench window ready; do
    phases+=" $name $(printf '%s\n' "$@" | grep -o " $name=[0-9]*/[0-9]*" | cut -d= -f2 | cut -d/ -f1 | median)/$(printf '%s\n' "$@" | grep -o " $name=[0-9]*/[0-9]*" | cut -d/ -f2 | median)"
  done
  echo "$label: phase medians (wall/CPU ms since JVM start):$phases"
  for name in ui jit gc startlevel other; do
    threads+=" $name $(printf '%s\n' "$@" | grep -o " $name=[0-9]*" | cut -d= -f2 | median)"
  done
  echo "$label: CPU by thread at ready, medians (ms):$threads"
}

print_start() {
  echo "$1 $2: wall ${3%% *} ms, CPU $(cut -d' ' -f2 <<<"$3") ms; phases (wall/CPU ms since JVM start): $(sed 's/ | .*//' <<<"$3" | cut -d' ' -f3-); CPU by thread (ms): ${3#* | }"
}

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
