#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Export benchmark: generates a large synthetic engagement (200 contracts × 54 check points,
# 50,000 evidence items, 20,000 annotations), then in one run writes the same cells with Kansa's
# exporter (in process, -Xmx256m, peak heap from the memory pool beans), a naive POI SXSSF loop,
# openpyxl write-only (Debian python3-openpyxl) and ExcelJS's streaming writer (npm, installed
# into releng/jp.kansa.benchmark/node_modules). Prints a table with ratios to naive SXSSF.
# KANSA_CLI=1 also times releng/kansa-cli.sh export on the file (needs the built product), then runs
# releng/cli-benchmark.sh: whole-process medians of --help/validate/export, fast path vs OSGi, peers.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/releng/jp.kansa.benchmark"
WORK="$BENCH/work"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mkdir -p "$WORK"
(cd "$BENCH" && "$ROOT/.tools/mvn" -B -q package -DskipTests)
CP="$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")"
JAVA=("$JAVA_HOME/bin/java" -Xmx256m -Dbench.warmUps="${BENCH_WARM_UPS:-5}" -Dbench.warmRuns="${BENCH_WARM_RUNS:-5}" -Dlog4j2.StatusLogger.level=OFF -cp "$CP" jp.kansa.benchmark.Bench)

if ! /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
  apt-get install -y python3-openpyxl >/dev/null
fi
if [ ! -d "$BENCH/node_modules/exceljs" ]; then
  (cd "$BENCH" && npm install --no-audit --no-fund --silent >/dev/null)
fi

[ -f "$WORK/synthetic.kansa" ] || "${JAVA[@]}" generate "$WORK/synthetic.kansa"
"${JAVA[@]}" dump "$WORK/synthetic.kansa" "$WORK/cells.jsonl" > /dev/null
results=()
# Java contenders print two lines: NAME-first (a fresh JVM's first run) and NAME (median of warm runs)
mapfile -t -O "${#results[@]}" results < <("${JAVA[@]}" kansa "$WORK/synthetic.kansa" "$WORK/kansa.xlsx" 2>"$WORK/kansa.log" | grep ^RESULT)
mapfile -t -O "${#results[@]}" results < <("${JAVA[@]}" naive "$WORK/synthetic.kansa" "$WORK/naive.xlsx" 2>"$WORK/naive.log" | grep ^RESULT)
results+=("$(/usr/bin/python3 "$BENCH/peers/openpyxl_write.py" "$WORK/cells.jsonl" "$WORK/openpyxl.xlsx" | grep ^RESULT)")
results+=("$(cd "$BENCH" && node peers/exceljs_write.js "$WORK/cells.jsonl" "$WORK/exceljs.xlsx" | grep ^RESULT)")
if [ "${KANSA_CLI:-0}" = 1 ]; then
  start=$(date +%s%N)
  "$ROOT/releng/kansa-cli.sh" export "$WORK/synthetic.kansa" --output "$WORK/cli.xlsx"
  results+=("RESULT cli-end-to-end $(( ($(date +%s%N) - start) / 1000000 )) - -")
fi

naive=$(printf '%s\n' "${results[@]}" | awk '$2=="naive-sxssf"{print $3}')
printf '\n%-16s %10s %8s %12s %10s %12s\n' contender ms ratio "peak MB" cells "file MB"
for r in "${results[@]}"; do
  set -- $r
  name="${2%-first}"; file="$WORK/${name%-sxssf}.xlsx"; [ "$2" = cli-end-to-end ] && file="$WORK/cli.xlsx"
  size=$( [ -f "$file" ] && awk -v b="$(stat -c %s "$file")" 'BEGIN{printf "%.1f", b/1048576}' || echo -)
  printf '%-16s %10s %8s %12s %10s %12s\n' "$2" "$3" "$(awk -v a="$3" -v b="$naive" 'BEGIN{printf "%.2f", a/b}')" "$4" "$5" "$size"
done
echo "Java: NAME-first = first run in a fresh JVM; NAME = median of ${BENCH_WARM_RUNS:-5} runs after ${BENCH_WARM_UPS:-5} uncounted warm-ups (ratios against the warm naive-sxssf)."
echo "peak MB: Java = sum of heap pool peaks (-Xmx256m); Python/Node = max RSS of the process (includes the cells read first)."
echo "Kansa writes every sheet of the workpaper (cover, summary with chart, validation for gap marking) in its time; the peers only the data cells."
if [ "${KANSA_CLI:-0}" = 1 ]; then
  echo
  "$ROOT/releng/cli-benchmark.sh"
fi
