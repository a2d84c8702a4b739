# SPDX-License-Identifier: EPL-2.0
# Shared by the product checks ./kansa test runs (smoke-test.sh, startup-cache-check.sh,
# libreoffice-check.sh, cli-fastpath-check.sh, merge-driver-check.sh, ssh-sync-check.sh):
# sourced, not run.
# check_begin NAME [PRODUCT] sets CHECK, ROOT, PRODUCT (absolute; the folder ./kansa build makes
# when not given), OUT (a fresh folder under the product module's target), JAVA_HOME and
# KANSA_PRODUCT, and fails at once when there is no product; passed "what held" counts and prints
# one line per check; fail prints the cause and the count so far and exits 1; check_end prints the
# summary line and, under ./kansa test, leaves the count where releng/test-summary.py adds it up
# (KANSA_CHECK_RESULTS/NAME): the closing line counts what ran, not what was expected to.
check_begin() {
  CHECK="$1"
  ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  PASSED=0
  local product="${2:-$ROOT/releng/jp.kansa.product/target/products/jp.kansa.product/linux/gtk/x86_64}"
  PRODUCT="$(cd "$product" 2>/dev/null && pwd)" || fail "no product folder $product (build it first)"
  OUT="$ROOT/releng/jp.kansa.product/target/$CHECK"
  rm -rf "$OUT"; mkdir -p "$OUT"
  [ -d "$PRODUCT/plugins" ] || fail "no product at $PRODUCT (build it first)"
  export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
  export KANSA_PRODUCT="$PRODUCT"
}

fail() {
  echo "$CHECK: FAILED: $*"
  echo "$CHECK: $PASSED passed, 1 failed"
  exit 1
}

passed() {
  PASSED=$((PASSED + 1))
  echo "$CHECK: $*"
}

check_end() {
  echo "$CHECK: $PASSED passed, 0 failed"
  if [ -n "${KANSA_CHECK_RESULTS:-}" ]; then
    mkdir -p "$KANSA_CHECK_RESULTS" && echo "$PASSED" > "$KANSA_CHECK_RESULTS/$CHECK"
  fi
}

# check_xvfb SCREEN: an X server of the check's own (Xvfb, SCREEN such as 1600x1000x24) on a
# display number the server picks itself (two checks or engineers at once never collide),
# exported as DISPLAY once it accepts connections; XVFB is its process. check_stop ends it.
check_xvfb() {
  Xvfb -displayfd 1 -screen 0 "$1" >"$OUT/xvfb.display" 2>"$OUT/xvfb.log" &
  XVFB=$!
  for _ in $(seq 1 100); do
    [ -s "$OUT/xvfb.display" ] && break
    kill -0 $XVFB 2>/dev/null || fail "Xvfb did not start: $(tail -5 "$OUT/xvfb.log")"
    sleep 0.1
  done
  [ -s "$OUT/xvfb.display" ] || fail "Xvfb gave no display within 10 s: $(tail -5 "$OUT/xvfb.log")"
  export DISPLAY=":$(head -1 "$OUT/xvfb.display")"
}

# check_launch NAME CONSOLE SECONDS PRODUCT [ARGS...]: releng/launch.sh PRODUCT ARGS in the
# background (APP, console and errors to CONSOLE); fails naming NAME when the product exits or
# prints no KANSA_READY (its window usable) within SECONDS. Put environment before the call.
check_launch() {
  local name=$1 console=$2 seconds=$3
  shift 3
  "$ROOT/releng/launch.sh" "$@" >"$console" 2>&1 &
  APP=$!
  for _ in $(seq 1 $((seconds * 5))); do
    grep -q KANSA_READY "$console" && return 0
    kill -0 $APP 2>/dev/null || fail "$name: the product exited: $(tail -20 "$console")"
    sleep 0.2
  done
  grep -q KANSA_READY "$console" || fail "$name: no usable window within $seconds s: $(tail -20 "$console")"
}

# check_close: ends the product check_launch started last
check_close() {
  if [ -n "${APP:-}" ]; then kill $APP 2>/dev/null; wait $APP 2>/dev/null; fi
  APP=
}

# check_stop: for the check's EXIT trap; ends the product and the X server it started
check_stop() {
  check_close
  if [ -n "${XVFB:-}" ]; then kill $XVFB 2>/dev/null; wait $XVFB 2>/dev/null; fi
  XVFB=
}
