#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Measures startup to a usable window: wall time from launching the product until it prints
# KANSA_READY (first window drawn, event queue idle). Runs N starts (default 5) under Xvfb
# with a fresh workspace each, after a training start that writes the class-data archive and
# one warm-up start.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PRODUCT="${1:?usage: measure-startup.sh <product-folder> [runs]}"
RUNS="${2:-5}"
TMP="$(mktemp -d)"
DISPLAY_NUM=$((200 + RANDOM % 100))
Xvfb ":$DISPLAY_NUM" -screen 0 1280x1024x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null; rm -rf "$TMP"' EXIT
export DISPLAY=":$DISPLAY_NUM"
sleep 1
one_start() {
  local ws="$TMP/ws$1" out="$TMP/out$1" start end
  start=$(date +%s%N)
  KANSA_SAMPLES_DIR="$TMP/samples$1" "$ROOT/releng/launch.sh" "$PRODUCT" -data "$ws" >"$out" 2>&1 &
  local pid=$!
  until grep -q KANSA_READY "$out" 2>/dev/null; do
    kill -0 $pid 2>/dev/null || { echo "product exited: $(tail -5 "$out")" >&2; return 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}
# training start: exits by itself once usable, so the JVM writes the class-data archive
KANSA_SAMPLES_DIR="$TMP/samples-training" KANSA_VMARGS="-Dkansa.exitWhenReady=true" "$ROOT/releng/launch.sh" "$PRODUCT" -data "$TMP/training" >"$TMP/training.out" 2>&1 \
  || { echo "training start failed: $(tail -5 "$TMP/training.out")" >&2; exit 1; }
ls "$PRODUCT"/configuration/*.jsa >/dev/null 2>&1 && echo "class-data archive: $(du -h "$PRODUCT"/configuration/*.jsa | cut -f1)"
one_start warmup >/dev/null
series() {
  local label=$1 times=() sorted
  for i in $(seq 1 "$RUNS"); do times+=("$(one_start "$label$i")"); done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "$label: startup to usable window (ms), $RUNS runs: ${times[*]}"
  echo "$label: median ${sorted[$((RUNS / 2))]} ms, min ${sorted[0]} ms, max ${sorted[$((RUNS - 1))]} ms"
}
KANSA_OPEN_SAMPLE=0 series catalog
KANSA_OPEN_SAMPLE=1 series sample
