#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# The floor of a start on this platform stack (issue 10, point 1): how soon a pure e4
# application reaches its first usable window when it is started exactly as the product is,
# measured beside the product itself.
#   measure-e4-floor.sh <product-folder> [runs]   (runs: default 5)
# Copies the built product twice into a temp folder: one copy stays the product, the other
# gets the probe bundle releng/jp.kansa.startprobe (plugins/ and bundles.info; build it with
# `.tools/mvn -B -q clean verify -DskipTests -pl releng/jp.kansa.startprobe`). Both copies
# start through releng/launch.sh (class-data archive, start cache, C1 only, GDK_GL=disable, ...)
# with the same training start (clean exit: archive, framework state, registry cache) and
# warm-up as releng/measure-startup.sh, whose measuring functions it shares
# (releng/startup-measure-lib.sh). Then N rounds, interleaved, of:
#   kansa    the product, 確認表 perspective (KANSA_OPEN_SAMPLE=0)
#   e4       E4Application with the probe's Application.e4xmi: one 1600x1000 window, one part
#            (a Label with Japanese text), the e4 template's add-ons, cssTheme none
#   e4empty  the same without the part (ApplicationEmpty.e4xmi)
#   e4min    the e4 row with only the bundles an e4 application needs (releng/e4-floor-bundles.py;
#            the script prints how many): without org.eclipse.ui and org.eclipse.ui.workbench,
#            whose model processors otherwise read the 3.x commands, contexts and bindings into
#            any e4 application's model, and without the product's own bundles
#   swt      no OSGi, no e4: the JVM with launch.sh's flags and its own class-data archive,
#            a Display, a 1600x1000 Shell, the same Label (the JVM + GTK floor)
# Each start prints wall ms to KANSA_READY, the java process's CPU, the phases (the probe
# prints the product's lines; in e4, application = the probe bundle started at level 4, just
# before the framework launches the application; display = E4Application has made the display
# and the workbench context; workbench = the model loaded, the add-ons made; window = the
# windows rendered) and the CPU by thread; each row its medians; the load average before and
# after.
# KANSA_FLOOR_ROWS="kansa e4 e4empty e4min swt" (default): which rows, in this order per round.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SOURCE="${1:?usage: measure-e4-floor.sh <product-folder> [runs]}"
RUNS="${2:-5}"
ROWS=(${KANSA_FLOOR_ROWS:-kansa e4 e4empty e4min swt})
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
PROBE_JARS=("$ROOT"/releng/jp.kansa.startprobe/target/jp.kansa.startprobe-*.jar)
[ -f "${PROBE_JARS[0]}" ] || { echo "measure-e4-floor: build the probe first: .tools/mvn -B -q clean verify -DskipTests -pl releng/jp.kansa.startprobe" >&2; exit 2; }
PROBE_JAR=${PROBE_JARS[0]}
[ -d "$SOURCE/plugins" ] || { echo "measure-e4-floor: no product at $SOURCE" >&2; exit 2; }
. "$ROOT/releng/startup-measure-lib.sh"
measure_setup
export KANSA_OPEN_SAMPLE=0
# launch.sh's environment, for the plain SWT row (launch.sh itself would set the same)
export GDK_GL="${GDK_GL-disable}"
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && ! command -v dbus-launch >/dev/null 2>&1; then
  export DBUS_SESSION_BUS_ADDRESS=disabled: NO_AT_BRIDGE=1
fi

# fresh_copy DEST: the product as a build leaves it (no caches of earlier starts)
fresh_copy() {
  cp -a "$SOURCE" "$1"
  find "$1/configuration" -mindepth 1 -maxdepth 1 ! -name config.ini ! -name org.eclipse.equinox.simpleconfigurator -exec rm -rf {} +
}
fresh_copy "$TMP/kansa"
fresh_copy "$TMP/e4"
PROBE_VERSION=$(unzip -p "$PROBE_JAR" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Bundle-Version: //p')
cp "$PROBE_JAR" "$TMP/e4/plugins/jp.kansa.startprobe_$PROBE_VERSION.jar"
echo "jp.kansa.startprobe,$PROBE_VERSION,plugins/jp.kansa.startprobe_$PROBE_VERSION.jar,4,true" \
  >> "$TMP/e4/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
# the e4min row: the probe's copy with the bundles of a pure e4 application only, and no
# product (jp.kansa.app, which declares it, is not among them)
fresh_copy "$TMP/e4min"
cp "$TMP/e4/plugins/jp.kansa.startprobe_$PROBE_VERSION.jar" "$TMP/e4min/plugins/"
python3 "$ROOT/releng/e4-floor-bundles.py" "$TMP/e4" > "$TMP/e4min/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
sed -i '/^eclipse.product=/d' "$TMP/e4min/configuration/config.ini"
echo "bundles: kansa $(grep -vc '^#' "$TMP/kansa/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"), e4 $(grep -vc '^#' "$TMP/e4/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"), e4min $(grep -vc '^#' "$TMP/e4min/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info")"
# the plain row: the probe jar and an unsigned copy of SWT's GTK fragment (classes of signed
# jars stay out of a class-data archive; the start cache unsigns the framework likewise)
mkdir -p "$TMP/swt"
SWT_JARS=("$SOURCE"/plugins/org.eclipse.swt.gtk.linux.x86_64_*.jar)
cp "${SWT_JARS[0]}" "$TMP/swt/swt.jar"
zip -q -d "$TMP/swt/swt.jar" 'META-INF/*.SF' 'META-INF/*.RSA' 'META-INF/*.DSA' 'META-INF/*.EC' >/dev/null 2>&1 || true
cp "$PROBE_JAR" "$TMP/swt/probe.jar"

# start_command ROW WORKSPACE: the command of one start of that row
start_command() {
  case "$1" in
    kansa) START=("$ROOT/releng/launch.sh" "$TMP/kansa" -data "$2") ;;
    e4|e4empty|e4min)
      local model=Application.e4xmi copy=e4
      [ "$1" = e4empty ] && model=ApplicationEmpty.e4xmi
      [ "$1" = e4min ] && copy=e4min
      START=("$ROOT/releng/launch.sh" "$TMP/$copy" -data "$2"
        -application org.eclipse.e4.ui.workbench.swt.E4Application
        -applicationXMI "jp.kansa.startprobe/$model"
        -lifeCycleURI bundleclass://jp.kansa.startprobe/jp.kansa.startprobe.internal.ProbeLifeCycle
        -cssTheme none) ;;
    swt)
      read -r -a extra <<< "${KANSA_VMARGS:-}"
      START=("$JAVA_HOME/bin/java" -Xms128m -Xmx1g -Dfile.encoding=UTF-8
        -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$TMP/swt/plain-cds.jsa" -Xshare:auto
        -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 "${extra[@]}"
        -Dkansa.nl=ja -cp "$TMP/swt/probe.jar:$TMP/swt/swt.jar" jp.kansa.startprobe.internal.PlainSwtProbe) ;;
    *) echo "measure-e4-floor: unknown row $1" >&2; exit 2 ;;
  esac
}

"$ROOT/releng/startup-cache.sh" "$TMP/kansa"
"$ROOT/releng/startup-cache.sh" "$TMP/e4"
"$ROOT/releng/startup-cache.sh" "$TMP/e4min"
# training starts (each closes itself once usable: the JVM writes its class-data archive,
# Equinox its framework state and registry cache), then one warm-up start per row
for row in kansa e4 e4min swt; do
  KANSA_VMARGS="-Dkansa.exitWhenReady=true" start_command "$row" "$TMP/training-$row"
  # the product's training start opens the sample engagement, as measure-startup.sh's does
  sample=0
  [ "$row" = kansa ] && sample=1
  KANSA_OPEN_SAMPLE=$sample KANSA_SAMPLES_DIR="$TMP/samples-training" KANSA_VMARGS="-Dkansa.exitWhenReady=true" "${START[@]}" >"$TMP/training-$row.out" 2>&1 \
    || { echo "training start of $row failed: $(tail -5 "$TMP/training-$row.out")" >&2; exit 1; }
done
echo "class-data archives: kansa $(du -h "$TMP"/kansa/configuration/kansa-start/*.jsa | cut -f1), e4 $(du -h "$TMP"/e4/configuration/kansa-start/*.jsa | cut -f1), e4min $(du -h "$TMP"/e4min/configuration/kansa-start/*.jsa | cut -f1), swt $(du -h "$TMP"/swt/*.jsa | cut -f1)"
for row in "${ROWS[@]}"; do
  start_command "$row" "$TMP/wswarmup-$row"
  one_start "warmup-$row" "${START[@]}" >/dev/null
done

declare -A results=()
for i in $(seq 1 "$RUNS"); do
  for row in "${ROWS[@]}"; do
    start_command "$row" "$TMP/ws$row$i"
    line=$(one_start "$row$i" "${START[@]}")
    results[$row]+="$line"$'\n'
    print_start "$row" "$i" "$line"
  done
done
for row in "${ROWS[@]}"; do
  mapfile -t lines < <(printf '%s' "${results[$row]}")
  report "$row" "${lines[@]}"
done
echo "summary (medians of $RUNS interleaved starts): wall to KANSA_READY, CPU of the process, CPU of the UI thread"
for row in "${ROWS[@]}"; do
  printf '  %-8s wall %6s ms   CPU %6s ms   ui %6s ms\n' "$row" \
    "$(printf '%s' "${results[$row]}" | cut -d' ' -f1 | median)" \
    "$(printf '%s' "${results[$row]}" | cut -d' ' -f2 | median)" \
    "$(printf '%s' "${results[$row]}" | grep -o ' ui=[0-9]*' | cut -d= -f2 | median)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
