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

# one_start NAME: prints "wall_ms cpu_ms phases..." of one start with a fresh workspace
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
  kill $pid; wait $pid 2>/dev/null || true
  echo "$(( (end - start) / 1000000 )) $(( (fields[11] + fields[12]) * 1000 / TICKS )) $(grep -m1 KANSA_PHASES "$out" | cut -d' ' -f2-)"
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

series() {
  local label=$1 lines=() line
  for i in $(seq 1 "$RUNS"); do
    line=$(one_start "$label$i")
    lines+=("$line")
    echo "$label $i: wall ${line%% *} ms, CPU $(cut -d' ' -f2 <<<"$line") ms; phases (wall/CPU ms since JVM start): $(cut -d' ' -f3- <<<"$line")"
  done
  local walls cpus
  walls=$(printf '%s\n' "${lines[@]}" | cut -d' ' -f1)
  cpus=$(printf '%s\n' "${lines[@]}" | cut -d' ' -f2)
  echo "$label: median $(median <<<"$walls") ms, min $(sort -n <<<"$walls" | head -1) ms, max $(sort -n <<<"$walls" | tail -1) ms; CPU median $(median <<<"$cpus") ms ($RUNS runs)"
  local phases=""
  for phase in application display workbench window ready; do
    phases+=" $phase $(printf '%s\n' "${lines[@]}" | grep -o " $phase=[0-9]*" | cut -d= -f2 | median)"
  done
  echo "$label: phase medians (ms since JVM start):$phases"
}
KANSA_OPEN_SAMPLE=0 series catalog
KANSA_OPEN_SAMPLE=1 series sample
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
