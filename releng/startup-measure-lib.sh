# SPDX-License-Identifier: EPL-2.0
# Sourced, not run: the measuring half of releng/measure-startup.sh, shared with
# releng/measure-e4-floor.sh so that both time a start the same way. The caller sets ROOT
# (the repository) and PRODUCT (the product folder one_start launches by default).
#
# measure_setup: a temp folder (TMP), an Xvfb of 1600x1000 (DISPLAY), both removed on exit,
# and the load average before.
# one_start NAME [COMMAND...]: one start with a fresh workspace ($TMP/wsNAME), by default
#   releng/launch.sh $PRODUCT -data $TMP/wsNAME; COMMAND must exec the JVM itself (launch.sh
#   does), so that its process id is the java process's. Prints
#   "wall_ms cpu_ms phases... | threads...": wall time from launching to the line KANSA_READY,
#   CPU time of the java process (user + system, all threads, from /proc at that moment), the
#   KANSA_PHASES line, the CPU by thread (thread_cpu).
# report LABEL LINES...: a series' medians; print_start LABEL N LINE: one start.

measure_setup() {
  TMP="$(mktemp -d)"
  DISPLAY_NUM=$((200 + RANDOM % 100))
  Xvfb ":$DISPLAY_NUM" -screen 0 1600x1000x24 >/dev/null 2>&1 &
  XVFB=$!
  trap 'kill $XVFB 2>/dev/null; rm -rf "$TMP"' EXIT
  export DISPLAY=":$DISPLAY_NUM"
  sleep 1
  TICKS=$(getconf CLK_TCK)
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
}

one_start() {
  local name=$1 ws="$TMP/ws$1" out="$TMP/out$1" start end stat
  shift
  [ $# -gt 0 ] || set -- "$ROOT/releng/launch.sh" "$PRODUCT" -data "$ws"
  start=$(date +%s%N)
  KANSA_SAMPLES_DIR="$TMP/samples$name" "$@" >"$out" 2>&1 &
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

# report LABEL LINES...: the medians of a series' starts
report() {
  local label=$1 walls cpus phases="" threads="" name
  shift
  walls=$(printf '%s\n' "$@" | cut -d' ' -f1)
  cpus=$(printf '%s\n' "$@" | cut -d' ' -f2)
  echo "$label: median $(median <<<"$walls") ms, min $(sort -n <<<"$walls" | head -1) ms, max $(sort -n <<<"$walls" | tail -1) ms; CPU median $(median <<<"$cpus") ms ($# runs)"
  for name in application display workbench window ready; do
    # a phase that a start does not report (the e4 probe has no application mark) shows as -/-
    phases+=" $name $(printf '%s\n' "$@" | { grep -o " $name=[0-9]*/[0-9]*" || true; } | cut -d= -f2 | cut -d/ -f1 | median)/$(printf '%s\n' "$@" | { grep -o " $name=[0-9]*/[0-9]*" || true; } | cut -d/ -f2 | median)"
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
