#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Regenerates bundles/jp.kansa.model/src-gen and bundles/jp.kansa.model.edit/src-gen from
# bundles/jp.kansa.model/model/kansa.genmodel (no IDE needed). With a folder argument it
# generates into a copy of the bundles placed there instead (used by codegen-check.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUNDLES="${1:-$ROOT/bundles}"
# its own .mvn folder keeps the Tycho build extension of the root out of this plain build
"$ROOT/.tools/mvn" -q -f "$ROOT/releng/jp.kansa.tools/pom.xml" compile exec:java \
  -Dexec.mainClass=jp.kansa.tools.Codegen -Dexec.args="$BUNDLES"
