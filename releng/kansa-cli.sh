#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Runs the headless Kansa command line (application jp.kansa.cli.app) from the built product:
#   releng/kansa-cli.sh --help
#   releng/kansa-cli.sh catalog --format csv --output catalog.csv
#   releng/kansa-cli.sh export-catalog --output workpaper.xlsx
#   releng/kansa-cli.sh export engagement.kansa --output workpaper.xlsx [--lang ja|en]
#   releng/kansa-cli.sh validate engagement.kansa [--format text|json]   (exit 0 clean, 1 findings)
#   releng/kansa-cli.sh import engagement.kansa workpaper.xlsx [--dry-run] [--format text|json]
#                                 (preview, then apply with .bak; exit 0 ok, 1 cell problems, 2 refused)
# Arguments after the launcher's own are handed to the application untouched, and the exit code
# is the application's (0 ok, 1 findings, 2 error). KANSA_PRODUCT overrides the product folder.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PRODUCT="${KANSA_PRODUCT:-$ROOT/releng/jp.kansa.product/target/products/jp.kansa.product/linux/gtk/x86_64}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ ! -d "$PRODUCT/plugins" ]; then
  echo "kansa-cli: no product at $PRODUCT (build it: .tools/mvn -B verify -DskipTests)" >&2
  exit 2
fi
LAUNCHER=$(ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar | head -1)
# Relative --output paths must mean the caller's folder, so no cd into the product; the
# configuration area is the product's own. No workspace: the CLI reads and writes plain files.
# Log4j (inside POI) has no backend in the product: silence its status message on stderr.
exec "$JAVA_HOME/bin/java" -Xms64m -Xmx1g -Dfile.encoding=UTF-8 -Dosgi.checkConfiguration=false \
  -Dlog4j2.StatusLogger.level=OFF \
  -jar "$LAUNCHER" -install "$PRODUCT" -configuration "$PRODUCT/configuration" \
  -application jp.kansa.cli.app -nosplash -consoleLog -data @none -nl "${KANSA_NL:-ja}" "$@"
