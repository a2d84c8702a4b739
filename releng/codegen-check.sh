#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Proves that the committed src-gen/ folders are exactly what kansa.genmodel generates:
# regenerates into a scratch copy of the model bundles and compares.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
for b in jp.kansa.model jp.kansa.model.edit; do cp -r "$ROOT/bundles/$b" "$SCRATCH/"; done
"$ROOT/releng/codegen.sh" "$SCRATCH" >/dev/null
status=0
for b in jp.kansa.model jp.kansa.model.edit; do
  if ! diff -r "$ROOT/bundles/$b/src-gen" "$SCRATCH/$b/src-gen" >"$SCRATCH/diff.txt"; then
    echo "codegen-check: bundles/$b/src-gen differs from what kansa.genmodel generates:" >&2
    head -40 "$SCRATCH/diff.txt" >&2
    status=1
  fi
done
[ $status = 0 ] && echo "codegen-check: src-gen matches kansa.genmodel ($(find "$ROOT/bundles/jp.kansa.model/src-gen" "$ROOT/bundles/jp.kansa.model.edit/src-gen" -name '*.java' | wc -l) generated files)"
exit $status
