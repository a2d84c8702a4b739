#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Builds the cache of the command line's fast path (releng/kansa-cli.sh) for the built product:
#   - unsigned copies of the signed Eclipse jars (the JVM keeps classes of signed jars out of an
#     AOT cache), same classes, same resources;
#   - JDK 25 AOT caches (-XX:AOTCacheOutput, JEP 483/514/515), one per profile of command line, each
#     from its training run (jp.kansa.cli.internal.CliTraining on the sample): help.aot (the tool's
#     and every command's --help), validate.aot, export.aot (3 exports) and all.aot (help,
#     validate, diff, catalog, 3 exports: every other command line). A cache loads every class it
#     holds when the JVM starts, so one cache for all would make --help load POI;
#   - a stamp: the fingerprint of the JDK and of the jars it was made from.
# kansa-cli.sh uses the cache only while the stamp matches (same JDK, same build) and otherwise
# runs without it, silently. Run again after a build (./kansa cli-cache). KANSA_CLI_CACHE
# overrides the folder (default: the product's configuration/kansa-cli).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PRODUCT="${KANSA_PRODUCT:-$ROOT/releng/jp.kansa.product/target/products/jp.kansa.product/linux/gtk/x86_64}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
CACHE="${KANSA_CLI_CACHE:-$PRODUCT/configuration/kansa-cli}"
if [ ! -d "$PRODUCT/plugins" ]; then
  echo "kansa-cli-cache: no product at $PRODUCT (build it: .tools/mvn -B verify -DskipTests)" >&2
  exit 2
fi
if ! "$JAVA_HOME/bin/java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q AOTCacheOutput; then
  echo "kansa-cli-cache: $JAVA_HOME has no AOT cache (JDK 25 or later needed); the fast path runs without one" >&2
  exit 0
fi
. "$ROOT/releng/kansa-cli-classpath.sh"
kansa_cli_collect_jars
jars=("${KANSA_CLI_JARS[@]}")

# The AOT cache records the class path it was made with, so it is built in place; the stamp,
# written last, is what makes kansa-cli.sh use it.
rm -rf "$CACHE"
mkdir -p "$CACHE/lib"
entries=()
# python3 rather than zip/unzip: it is one of the packages ./kansa installs
unsign() {
  python3 - "$1" "$2" <<'PY'
import re, sys, zipfile
signature = re.compile(r'META-INF/[^/]+\.(SF|RSA|DSA|EC)$')
with zipfile.ZipFile(sys.argv[1]) as source:
    names = source.namelist()
    if not any(signature.match(n) for n in names):
        sys.exit(1)
    with zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as copy:
        for info in source.infolist():
            if not signature.match(info.filename):
                copy.writestr(info, source.read(info.filename))
PY
}
for jar in "${jars[@]}"; do
  if unsign "$jar" "$CACHE/lib/${jar##*/}"; then
    entries+=("$CACHE/lib/${jar##*/}")
  else
    rm -f "$CACHE/lib/${jar##*/}"
    entries+=("$jar")
  fi
done
classpath=$(IFS=:; echo "${entries[*]}")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); z.extractall(sys.argv[2], [n for n in z.namelist() if n.startswith("samples/")])' \
  "$(ls "$PRODUCT"/plugins/jp.kansa.model_*.jar | head -1)" "$work"
for profile in help validate export all; do
  "$JAVA_HOME/bin/java" -XX:AOTCacheOutput="$CACHE/$profile.aot" -Xlog:aot=error -Xlog:cds=error \
    "${KANSA_CLI_JVM_FLAGS[@]}" -Dosgi.nl=ja \
    -cp "$classpath" jp.kansa.cli.internal.CliTraining "$profile" "$work/samples/sample-hospital.kansa" "$work" \
    >"$work/training-$profile.log" 2>&1 \
    || { cat "$work/training-$profile.log" >&2; rm -rf "$CACHE"; echo "kansa-cli-cache: the $profile training run failed; no cache" >&2; exit 2; }
done
echo "$classpath" > "$CACHE/classpath"
kansa_cli_fingerprint "${jars[@]}"
printf '%s' "$KANSA_CLI_FINGERPRINT" > "$CACHE/stamp"
echo "kansa-cli-cache: $CACHE ($(du -sh "$CACHE" | cut -f1))"
