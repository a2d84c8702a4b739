#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Command line, whole process, as a batch user sees it: median of N runs (default 5) of
# kansa-cli.sh --help, validate and export on the synthetic engagement of benchmark.sh (200
# contracts × 54 check points, 50,000 evidence items, 20,000 annotations), with peak RSS
# (/usr/bin/time), for the fast path (plain JVM, with the AOT cache of kansa-cli-cache.sh and
# without it) and the OSGi path (KANSA_CLI_OSGI=1), beside ExcelJS's streaming writer and openpyxl
# write-only writing the same cells as whole processes (node / python3 reading the cells' dump).
# The rows "EMF reader" read the engagement with EMF's general loader instead of the fast
# engagement reader (KANSA_FAST_READ=0): the reader's share, measured in the same run.
# Needs the built product (.tools/mvn -B verify -DskipTests); KANSA_PRODUCT overrides it.
# Prints the load average before and after: on a busy machine every figure grows.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PRODUCT="${KANSA_PRODUCT:-$ROOT/releng/jp.kansa.product/target/products/jp.kansa.product/linux/gtk/x86_64}"
export KANSA_PRODUCT="$PRODUCT"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
BENCH="$ROOT/releng/jp.kansa.benchmark"
WORK="$BENCH/work"
RUNS="${BENCH_RUNS:-5}"
CLI="$ROOT/releng/kansa-cli.sh"
CACHE="${KANSA_CLI_CACHE:-$PRODUCT/configuration/kansa-cli}"
[ -d "$PRODUCT/plugins" ] || { echo "cli-benchmark: no product at $PRODUCT (build it first)" >&2; exit 2; }
mkdir -p "$WORK/classes"

# The synthetic engagement and the cells' dump, made by benchmark.sh's generator compiled against
# the product's own jars (the same model and exporter the command line runs).
. "$ROOT/releng/kansa-cli-classpath.sh"
CP=$(kansa_cli_jars | paste -sd:)
"$JAVA_HOME/bin/javac" -nowarn -d "$WORK/classes" -cp "$CP" "$BENCH"/src/jp/kansa/benchmark/*.java 2>/dev/null
if [ ! -f "$WORK/synthetic.kansa" ] || [ ! -f "$WORK/cells.jsonl" ]; then
  BJ=("$JAVA_HOME/bin/java" -Xmx1g -Dlog4j2.StatusLogger.level=OFF -cp "$WORK/classes:$CP" jp.kansa.benchmark.Bench)
  [ -f "$WORK/synthetic.kansa" ] || "${BJ[@]}" generate "$WORK/synthetic.kansa" >/dev/null
  "${BJ[@]}" dump "$WORK/synthetic.kansa" "$WORK/cells.jsonl" >/dev/null
fi
peers=1
if ! /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then apt-get install -y python3-openpyxl >/dev/null 2>&1 || peers=0; fi
if [ ! -d "$BENCH/node_modules/exceljs" ]; then
  (cd "$BENCH" && npm install --no-audit --no-fund --silent >/dev/null 2>&1) || peers=0
fi
[ -f "$CACHE/stamp" ] || "$ROOT/releng/kansa-cli-cache.sh" >/dev/null

# median and max of N runs of "$@": prints "median_s peak_rss_MB exit_code median_cpu_s" (CPU =
# user + system time of the process: what the command costs, less swayed by a busy machine's
# waiting than the elapsed time)
measure() {
  local times=() cpus=() rss=0 code=0 t m x u s stats="$WORK/time.txt"
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -o "$stats" -f '%e %M %x %U %S' "$@" >/dev/null 2>&1 || true
    read -r t m x u s < <(grep -E '^[0-9.]+ [0-9]+ [0-9]+ [0-9.]+ [0-9.]+$' "$stats" | tail -1)
    times+=("$t"); code="$x"; cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN{printf "%.2f", u+s}')")
    [ "$m" -gt "$rss" ] && rss="$m"
  done
  printf '%s %d %s %s\n' "$(median "${times[@]}")" $((rss / 1024)) "$code" "$(median "${cpus[@]}")"
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
# /usr/bin/time must see the real process: run the variants through env
row() { local name="$1"; shift; read -r t m x c < <(measure "$@"); printf '%-44s %8s %8s %8s %5s\n' "$name" "$t" "$c" "$m" "$x"; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)  ($(nproc) cores, $RUNS runs each)"
printf '%-44s %8s %8s %8s %5s\n' "whole process" "median s" "cpu s" "peak MB" "exit"
S="$WORK/synthetic.kansa"
row "fast --help (AOT cache)"               env "$CLI" --help
row "fast validate (AOT cache)"             env "$CLI" validate "$S"
row "fast export (AOT cache)"               env "$CLI" export "$S" --output "$WORK/cli-fast.xlsx"
row "fast validate, EMF reader (KANSA_FAST_READ=0)" env KANSA_FAST_READ=0 "$CLI" validate "$S"
row "fast export, EMF reader (KANSA_FAST_READ=0)" env KANSA_FAST_READ=0 "$CLI" export "$S" --output "$WORK/cli-slowread.xlsx"
row "fast --help (no cache)"                env KANSA_CLI_CACHE=/nonexistent "$CLI" --help
row "fast validate (no cache)"              env KANSA_CLI_CACHE=/nonexistent "$CLI" validate "$S"
row "fast export (no cache)"                env KANSA_CLI_CACHE=/nonexistent "$CLI" export "$S" --output "$WORK/cli-nocache.xlsx"
row "OSGi --help (KANSA_CLI_OSGI=1)"        env KANSA_CLI_OSGI=1 "$CLI" --help
row "OSGi validate"                         env KANSA_CLI_OSGI=1 "$CLI" validate "$S"
row "OSGi export"                           env KANSA_CLI_OSGI=1 "$CLI" export "$S" --output "$WORK/cli-osgi.xlsx"
# The floor under validate and export: a fresh JVM with the command line's options that only
# reads the file and makes a String of every value (ReadFloor: no parser, no model), and the same
# JVM on an empty file (its own start and exit).
row "floor: JVM only decoding the file (ReadFloor)" env "$JAVA_HOME/bin/java" "${KANSA_CLI_JVM_FLAGS[@]}" -cp "$WORK/classes" jp.kansa.benchmark.ReadFloor "$S"
row "floor: the same JVM, empty file"       env "$JAVA_HOME/bin/java" "${KANSA_CLI_JVM_FLAGS[@]}" -cp "$WORK/classes" jp.kansa.benchmark.ReadFloor /dev/null
if [ "$peers" = 1 ]; then
  row "ExcelJS streaming (node, same cells)"  env sh -c "cd '$BENCH' && node peers/exceljs_write.js '$WORK/cells.jsonl' '$WORK/exceljs.xlsx'"
  row "openpyxl write-only (python3, same cells)" env /usr/bin/python3 "$BENCH/peers/openpyxl_write.py" "$WORK/cells.jsonl" "$WORK/openpyxl.xlsx"
fi
# Per phase, one run each (KANSA_CLI_PHASES=1): elapsed and process CPU of JVM start, reading,
# validating or writing, and the output, with the fast engagement reader and with EMF's.
for reader in 1 0; do
  for command in validate export; do
    echo "phases of $command (fast path, AOT cache, KANSA_FAST_READ=$reader):"
    args=("$command" "$S"); [ "$command" = export ] && args+=(--output "$WORK/cli-phases.xlsx")
    env KANSA_CLI_PHASES=1 KANSA_FAST_READ=$reader "$CLI" "${args[@]}" 2>&1 >/dev/null | grep '^phase ' | sed 's/^/  /' || true
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "validate exits 1: the synthetic engagement has findings. Targets: export <= 1.0 s, validate <= 0.8 s, --help <= 0.3 s, peak RSS <= 300 MB."
