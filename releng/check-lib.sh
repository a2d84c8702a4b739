# SPDX-License-Identifier: EPL-2.0
# Shared by the product checks (merge-driver-check.sh, ssh-sync-check.sh): sourced, not run.
# check_begin NAME PRODUCT_ARG sets CHECK, ROOT, PRODUCT (absolute), OUT (a fresh folder under the
# product module's target), JAVA_HOME and KANSA_PRODUCT, and fails at once when there is no
# product; passed "what held" counts and prints one line per check; fail prints the cause and the
# count so far and exits 1; check_end prints the summary line ./kansa test reads.
check_begin() {
  CHECK="$1"
  ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  PASSED=0
  [ -n "${2:-}" ] || { echo "usage: $CHECK.sh <product-folder>" >&2; exit 2; }
  PRODUCT="$(cd "$2" 2>/dev/null && pwd)" || fail "no product folder $2"
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
}
