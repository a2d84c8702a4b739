#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Builds the workbench's start cache for the built product (run by ./kansa build and by
# releng/measure-startup.sh): unsigned copies of the equinox launcher and framework jars in
# configuration/kansa-start/, with a stamp. The JVM keeps classes of signed jars out of its
# class-data archive and checks their signatures at every start; the framework's ~450 classes
# are the ones our OSGi bundles cannot share. Measured: 0.3 s less CPU before the application
# starts (1.83 -> 1.51 s). releng/launch.sh uses the copies only while the stamp matches the
# product's jars and the copies' own checksums; otherwise it starts from the signed jars, as
# without this cache.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PRODUCT="${1:-$ROOT/releng/jp.kansa.product/target/products/jp.kansa.product/linux/gtk/x86_64}"
[ -d "$PRODUCT/plugins" ] || { echo "startup-cache: no product at $PRODUCT (build it first)" >&2; exit 2; }
. "$ROOT/releng/startup-cache-stamp.sh"
CACHE="$PRODUCT/configuration/kansa-start"
rm -rf "$CACHE"
mkdir -p "$CACHE"
for jar in $(kansa_start_jars "$PRODUCT"); do
  # python3 rather than zip: one of the packages ./kansa installs
  python3 - "$jar" "$CACHE/${jar##*/}" <<'PY'
import re, sys, zipfile
signature = re.compile(r'META-INF/[^/]+\.(SF|RSA|DSA|EC)$')
with zipfile.ZipFile(sys.argv[1]) as source, zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as copy:
    for info in source.infolist():
        if not signature.match(info.filename):
            copy.writestr(info, source.read(info.filename))
PY
done
# written last: without it launch.sh ignores the folder
kansa_start_stamp "$PRODUCT"
printf '%s\n' "$KANSA_START_STAMP" > "$CACHE/stamp"
echo "startup-cache: $CACHE ($(du -sh "$CACHE" | cut -f1))"
