#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Re-imports the 確認表 別添1 from the committed seed and domain TSVs into the embedded catalog
# (bundles/jp.kansa.catalog/catalog/kakuninhyo.kansacatalog) and its data-quality log
# (bundles/jp.kansa.catalog/DATA-QUALITY.md), then prints the counts. Both outputs are committed;
# the importer tests fail if they drift from a fresh import.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
export JAVA_HOME="${KANSA_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

DATA=bundles/jp.kansa.catalog.importer/data
"$ROOT/.tools/mvn" -q -f releng/jp.kansa.tools/pom.xml compile exec:java \
  -Dexec.mainClass=jp.kansa.catalog.importer.CatalogImporter \
  -Dexec.args="$DATA/kakuninhyo-betten1.txt $DATA bundles/jp.kansa.catalog/catalog/kakuninhyo.kansacatalog bundles/jp.kansa.catalog/DATA-QUALITY.md"
