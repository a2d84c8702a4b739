#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Launches the built product under Xvfb the way a user would, waits for its window to be
# usable, takes a screenshot and fails on any error in the workspace log. A UI test in the
# Tycho test runtime once passed while the product itself crashed: this is the guard.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PRODUCT="${1:?usage: smoke-test.sh <product-folder>}"
OUT="$ROOT/releng/jp.kansa.product/target/smoke"
rm -rf "$OUT"; mkdir -p "$OUT"
WS="$OUT/workspace"
fail() { echo "smoke-test: FAILED: $*"; echo "0 passed, 1 failed"; exit 1; }
[ -d "$PRODUCT/plugins" ] || fail "no product at $PRODUCT (build it first)"

DISPLAY_NUM=$((90 + RANDOM % 100))
Xvfb ":$DISPLAY_NUM" -screen 0 1280x1024x24 >"$OUT/xvfb.log" 2>&1 &
XVFB=$!
trap 'kill $APP $XVFB 2>/dev/null; wait 2>/dev/null' EXIT
export DISPLAY=":$DISPLAY_NUM"
sleep 1
# the first start opens the sample engagement; keep its copy out of the user's home
export KANSA_SAMPLES_DIR="$OUT/samples"
"$ROOT/releng/launch.sh" "$PRODUCT" -data "$WS" -consoleLog >"$OUT/product.out" 2>&1 &
APP=$!
for _ in $(seq 1 120); do
  grep -q KANSA_READY "$OUT/product.out" && break
  kill -0 $APP 2>/dev/null || fail "the product exited early: $(tail -20 "$OUT/product.out")"
  sleep 0.5
done
grep -q KANSA_READY "$OUT/product.out" || fail "no usable window within 60 s: $(tail -20 "$OUT/product.out")"
# a first start shows the sample engagement in the engagement perspective
for part in jp.kansa.ui.views.catalogNavigator jp.kansa.ui.engagement.views.validation \
    "jp.kansa.ui.engagement.editor:sample-hospital.kansa"; do
  grep KANSA_READY "$OUT/product.out" | grep -q "$part" || fail "$part is not open: $(grep KANSA_READY "$OUT/product.out")"
done
[ -f "$OUT/samples/sample-hospital.kansa" ] && [ -d "$OUT/samples/evidence" ] || fail "the sample was not copied to $OUT/samples"
sleep 2
import -window root "$OUT/screenshot.png" || fail "screenshot failed"
# A window can be up and still unusable: an e4 theme once painted every view black.
BRIGHTNESS=$(convert "$OUT/screenshot.png" -crop 600x400+0+100 -colorspace Gray -format "%[fx:mean]" info:)
awk -v b="$BRIGHTNESS" 'BEGIN { exit !(b > 0.3) }' || fail "the workbench looks blank (mean brightness $BRIGHTNESS of the navigator area)"
TITLES=$(xwininfo -root -tree 2>/dev/null | grep -c "Kansa Workbench" || true)
[ "$TITLES" -ge 1 ] || fail "no window titled Kansa Workbench"
LOG="$WS/.metadata/.log"
if [ -f "$LOG" ] && grep -qE '^!ENTRY .* (4|2) ' "$LOG"; then
  fail "errors in $LOG: $(grep -A3 -E '^!ENTRY' "$LOG" | head -30)"
fi
if grep -qE 'Exception|^!ENTRY .* 4 ' "$OUT/product.out"; then
  fail "exceptions on the console: $(grep -B2 -A5 -E 'Exception' "$OUT/product.out" | head -30)"
fi
echo "smoke-test: product window up ($(grep KANSA_READY "$OUT/product.out")), screenshot $OUT/screenshot.png, log clean"
echo "smoke: 1 passed, 0 failed"
