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
#
# Fast path (default): the same jp.kansa.cli code in a plain JVM on the product's bundle jars
# (jp.kansa.cli.internal.CliMain), no OSGi framework; with the AOT cache of
# releng/kansa-cli-cache.sh when it was made for this JDK and this build (checked on every run,
# ignored silently otherwise): the one of the command line's profile (help, validate, export, all). KANSA_CLI_OSGI=1 runs the application inside Equinox instead.
# KANSA_FAST_READ=0 reads engagements with EMF's general loader only (-Dkansa.fastRead=false),
# not with the fast reader of files in Kansa's own form: for comparisons, and as a way out.
set -euo pipefail
ROOT="$(cd "${BASH_SOURCE[0]%/*}/.." && pwd)"
PRODUCT="${KANSA_PRODUCT:-$ROOT/releng/jp.kansa.product/target/products/jp.kansa.product/linux/gtk/x86_64}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ ! -d "$PRODUCT/plugins" ]; then
  echo "kansa-cli: no product at $PRODUCT (build it: .tools/mvn -B verify -DskipTests)" >&2
  exit 2
fi
NL="${KANSA_NL:-ja}"
read_flags=()
[ "${KANSA_FAST_READ:-1}" = 0 ] && read_flags=(-Dkansa.fastRead=false)
# KANSA_CLI_PHASES=1: each phase's elapsed and CPU time on stderr (jp.kansa.cli.internal.Phases)
[ "${KANSA_CLI_PHASES:-0}" = 1 ] && read_flags+=(-Dkansa.cli.phases=true)
if [ "${KANSA_CLI_OSGI:-0}" != 1 ]; then
  . "$ROOT/releng/kansa-cli-classpath.sh"
  kansa_cli_collect_jars
  CACHE="${KANSA_CLI_CACHE:-$PRODUCT/configuration/kansa-cli}"
  printf -v classpath '%s:' "${KANSA_CLI_JARS[@]}"
  classpath="${classpath%:}"
  cache=()
  kansa_cli_profile "$@"
  if [ -f "$CACHE/stamp" ] && [ -f "$CACHE/$KANSA_CLI_PROFILE.aot" ] && [ -f "$CACHE/classpath" ]; then
    kansa_cli_fingerprint "${KANSA_CLI_JARS[@]}"
    if [ "$(<"$CACHE/stamp")" = "$KANSA_CLI_FINGERPRINT" ]; then
      cached=$(<"$CACHE/classpath")
      complete=1
      IFS=: read -r -a entries <<< "$cached"
      for entry in "${entries[@]}"; do [ -f "$entry" ] || complete=0; done
      if [ "$complete" = 1 ]; then
        classpath="$cached"
        # -Xlog:aot only here: a JDK older than the cache's (24+) has no such tag
        cache=(-XX:AOTCache="$CACHE/$KANSA_CLI_PROFILE.aot" -Xlog:aot=off)
      fi
    fi
  fi
  # -Xlog off for aot/cds: a cache the JVM itself finds unusable (damaged, another JDK) is
  # skipped without a word.
  exec "$JAVA_HOME/bin/java" "${cache[@]}" -Xlog:cds=off "${KANSA_CLI_JVM_FLAGS[@]}" "${read_flags[@]}" -Dosgi.nl="$NL" \
    -cp "$classpath" jp.kansa.cli.internal.CliMain "$@"
fi
LAUNCHER=$(ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar | head -1)
# Relative --output paths must mean the caller's folder, so no cd into the product; the
# configuration area is the product's own. No workspace: the CLI reads and writes plain files.
# Log4j (inside POI) and SLF4J (inside JGit) have no backend in the product: silence their
# status messages on stderr (SLF4J warned of its no-op logger on every run).
exec "$JAVA_HOME/bin/java" -Xms64m -Xmx1g -Dfile.encoding=UTF-8 -Dosgi.checkConfiguration=false \
  -Dlog4j2.StatusLogger.level=OFF -Dslf4j.internal.verbosity=ERROR "${read_flags[@]}" \
  -jar "$LAUNCHER" -install "$PRODUCT" -configuration "$PRODUCT/configuration" \
  -application jp.kansa.cli.app -nosplash -consoleLog -data @none -nl "$NL" "$@"
