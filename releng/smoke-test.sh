#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Launches the built product under Xvfb the way a user would, waits for its window to be
# usable, takes a screenshot and fails on any error in the log. A UI test in the Tycho test
# runtime once passed while the product itself crashed: this is the guard. Two starts:
#   catalog  KANSA_OPEN_SAMPLE=0: the 確認表 perspective with the embedded catalog
#   sample   a first start as ./kansa run does it: the sample engagement opens
set -uo pipefail
. "$(dirname "$0")/check-lib.sh"
check_begin smoke-test "${1:-}"
trap check_stop EXIT
# The platform's menus and dialogs speak Japanese only through the language fragments (no
# Eclipse language pack is on Maven Central): each must be installed in the product.
BUNDLES_INFO="$PRODUCT/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
for fragment in jp.kansa.nl.ja.ui jp.kansa.nl.ja.ui.workbench jp.kansa.nl.ja.ui.views jp.kansa.nl.ja.jface \
    jp.kansa.nl.ja.e4.ui.workbench.renderers.swt; do
  grep -q "^$fragment," "$BUNDLES_INFO" || fail "the language fragment $fragment is not installed ($BUNDLES_INFO)"
done
passed "language fragments installed"

check_xvfb 1280x1024x24
# the sample is copied on first start; keep the copy out of the user's home
export KANSA_SAMPLES_DIR="$OUT/samples"

# start_and_check NAME OPEN_SAMPLE PART...: every PART must be named on the KANSA_READY line
start_and_check() {
  local name=$1 open_sample=$2; shift 2
  local ws="$OUT/$name-workspace" console="$OUT/$name.out" shot="$OUT/$name.png"
  KANSA_OPEN_SAMPLE=$open_sample check_launch "$name" "$console" 60 "$PRODUCT" -data "$ws" -consoleLog
  local ready; ready=$(grep KANSA_READY "$console")
  for part in "$@"; do
    grep -qF "$part" <<<"$ready" || fail "$name: $part is not open: $ready"
  done
  sleep 2
  import -window root "$shot" || fail "$name: screenshot failed"
  # A window can be up and still unusable: an e4 theme once painted every view black.
  local brightness
  brightness=$(convert "$shot" -crop 600x400+0+100 -colorspace Gray -format "%[fx:mean]" info:)
  awk -v b="$brightness" 'BEGIN { exit !(b > 0.3) }' || fail "$name: the workbench looks blank (mean brightness $brightness)"
  xwininfo -root -tree 2>/dev/null | grep -q "Kansa Workbench" || fail "$name: no window titled Kansa Workbench"
  local log="$ws/.metadata/.log"
  if [ -f "$log" ] && grep -qE '^!ENTRY .* (4|2) ' "$log"; then
    fail "$name: errors in $log: $(grep -A3 -E '^!ENTRY' "$log" | head -30)"
  fi
  if grep -qE 'Exception|^!ENTRY .* 4 ' "$console"; then
    fail "$name: exceptions on the console: $(grep -B2 -A5 -E 'Exception' "$console" | head -30)"
  fi
  check_close
  passed "$name: window up (${ready}), screenshot $shot, log clean"
}

start_and_check catalog 0 "jp.kansa.ui.views.catalogNavigator[確認表ナビゲーター]" "jp.kansa.ui.views.checkPointDetail[詳細]" \
  "jp.kansa.ui.views.crossReference[ガイドライン相互参照]" "org.eclipse.ui.views.PropertySheet[プロパティ]"
start_and_check sample 1 jp.kansa.ui.views.catalogNavigator jp.kansa.ui.engagement.views.validation \
  "jp.kansa.ui.engagement.editor:sample-hospital.kansa"
[ -f "$OUT/samples/sample-hospital.kansa" ] && [ -d "$OUT/samples/evidence" ] || fail "the sample was not copied to $OUT/samples"
check_end
