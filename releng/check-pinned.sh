#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Proves the target platform is pinned: (1) every Maven location of kansa.target resolves at
# depth none with exact versions, so nothing can float to a newer release; (2) the product
# built from it contains exactly the third-party bundles listed in
# targetplatform/pin/product-bundles.lock. Re-pinning (./kansa pin-target) is a reviewed change:
# update the lock with `check-pinned.sh <product> --update`.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PRODUCT="${1:?usage: check-pinned.sh <product-folder> [--update]}"
TARGET="$ROOT/targetplatform/kansa.target"
LOCK="$ROOT/targetplatform/pin/product-bundles.lock"
if grep -o 'includeDependencyDepth="[a-z]*"' "$TARGET" | grep -vq '"none"'; then
  echo "check-pinned: a location of kansa.target resolves transitively"; exit 1
fi
if grep -oE '<version>[^<]*</version>' "$TARGET" | grep -qE '[][(),]|LATEST|RELEASE|SNAPSHOT'; then
  echo "check-pinned: a version in kansa.target is a range or floating"; exit 1
fi
ACTUAL="$(ls "$PRODUCT/plugins" | grep -v '^jp\.kansa\.' | sed -E 's/\.jar$//' | sort)"
if [ "${2:-}" = "--update" ]; then
  printf '%s\n' "$ACTUAL" > "$LOCK"; echo "check-pinned: wrote $(wc -l < "$LOCK") bundles to $LOCK"; exit 0
fi
if ! diff <(printf '%s\n' "$ACTUAL") "$LOCK" >/tmp/check-pinned.diff; then
  echo "check-pinned: the product's third-party bundles differ from $LOCK:"; cat /tmp/check-pinned.diff; exit 1
fi
echo "check-pinned: $(wc -l < "$LOCK") third-party bundles exactly as locked; all target locations at depth none"
