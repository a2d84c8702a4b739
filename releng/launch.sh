#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Starts the materialised product: launch.sh <product-folder> [program args...]
# The native launcher is not on Maven Central, so the equinox launcher jar is started with
# java directly, with the VM arguments the product declares in its eclipse.ini.
set -euo pipefail
# Every program this script starts costs a few milliseconds on an idle machine and tens under
# load, at every start: bash does the work itself where it can.
PRODUCT="${1:?usage: launch.sh <product-folder> [args]}"; shift
[ -d "$PRODUCT" ] || { echo "launch.sh: no product folder $PRODUCT" >&2; exit 2; }
[[ $PRODUCT == /* ]] || PRODUCT="$PWD/$PRODUCT"
PRODUCT=${PRODUCT%/}
HERE=.
[[ ${BASH_SOURCE[0]} == */* ]] && HERE=${BASH_SOURCE[0]%/*}
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
LAUNCHERS=("$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar)
LAUNCHER=${LAUNCHERS[0]}
VMARGS=(-Xms128m -Xmx1g -Dfile.encoding=UTF-8 -Dosgi.checkConfiguration=false)
# Class data sharing: the first start writes an archive of the loaded classes, later starts
# map it instead of parsing and verifying the same ~5k classes again. The JVM checks the
# archive itself (JDK build, class path, jar sizes and times) and runs without it when it does
# not match: a stale or damaged archive costs speed, never a start
# (releng/startup-cache-check.sh proves it).
CDS="$PRODUCT/configuration/kansa-cds.jsa"
# The start cache (releng/startup-cache.sh): unsigned copies of the launcher and the framework,
# used only while their stamp matches this product's jars and the copies themselves. The JVM
# neither uses nor rewrites an archive made with another class path, so this way of starting
# keeps its own archive, in the cache folder (remade with it).
START=("$LAUNCHER")
. "$HERE/startup-cache-stamp.sh"
START_CACHE="$PRODUCT/configuration/kansa-start"
SAVED_STAMP=()
[ -f "$START_CACHE/stamp" ] && mapfile -t SAVED_STAMP < "$START_CACHE/stamp"
kansa_start_stamp "$PRODUCT"
printf -v SAVED '%s\n' "${SAVED_STAMP[@]}"
if [ ${#SAVED_STAMP[@]} -gt 0 ] && [ "${SAVED%$'\n'}" = "$KANSA_START_STAMP" ]; then
  FRAMEWORKS=("$PRODUCT"/plugins/org.eclipse.osgi_*.jar)
  # -install, osgi.framework: where the launcher would have found them from its own place;
  # osgi.bundles: config.ini's, with the path that it gives relative to the framework's folder
  # (the properties file escapes ':' as '\:')
  BUNDLES=""
  while IFS= read -r line; do
    [[ $line == osgi.bundles=* ]] && BUNDLES=${line#osgi.bundles=}
  done < "$PRODUCT/configuration/config.ini"
  BUNDLES=${BUNDLES//reference\\:file\\:/reference:file:$PRODUCT/plugins/}
  BUNDLES=${BUNDLES//\\:/:}
  START=("$START_CACHE/${LAUNCHER##*/}" -install "$PRODUCT")
  VMARGS+=(-Dosgi.framework="file:$START_CACHE/${FRAMEWORKS[0]##*/}" -Dosgi.bundles="$BUNDLES")
  CDS="$START_CACHE/kansa-cds.jsa"
fi
VMARGS+=(-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$CDS" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
# C1 only: a start runs ~6k methods a few times each; the C2 compiler spent ~2 s of CPU on
# them (half of the start's CPU) and, on two busy cores, took that time from the UI thread.
# KANSA_VMARGS=-XX:TieredStopAtLevel=4 brings C2 back (later flags win).
VMARGS+=(-XX:TieredStopAtLevel=1)
# extra VM arguments, e.g. for startup experiments
read -r -a EXTRA <<< "${KANSA_VMARGS:-}"
VMARGS+=("${EXTRA[@]}")
cd "$PRODUCT"
# -openSample: the first start of a workspace opens the sample engagement (see
# KansaWorkbenchAdvisor); KANSA_OPEN_SAMPLE=0 starts on the 確認表 alone
SAMPLE=(-openSample)
[ "${KANSA_OPEN_SAMPLE:-1}" = 0 ] && SAMPLE=()
# GDK opens OpenGL at start only to pick a visual for GL widgets, which the workbench has none
# of; on a machine without a GPU (Xvfb, remote X) that loads Mesa's LLVM software renderer:
# ~0.4 s of CPU at every start. An explicit GDK_GL of the user's wins.
export GDK_GL="${GDK_GL-disable}"
# Without a session bus (headless, a bare X session) and no dbus-launch to start one, GTK's
# accessibility bridge and SWT's session manager try to autolaunch it anyway and fail; say
# so up front. A session bus, or a way to start one, keeps everything as it was.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && ! command -v dbus-launch >/dev/null 2>&1; then
  export DBUS_SESSION_BUS_ADDRESS=disabled: NO_AT_BRIDGE=1
fi
# GTK's file chooser and other native dialogs follow the C library's message locale, not -nl
if [ "${KANSA_NL:-ja}" = ja ]; then
  while IFS= read -r installed; do
    if [[ ${installed,,} == ja_jp.utf8 || ${installed,,} == ja_jp.utf-8 ]]; then
      export LC_MESSAGES=ja_JP.UTF-8
      break
    fi
  done < <(locale -a 2>/dev/null)
fi
exec "$JAVA_HOME/bin/java" "${VMARGS[@]}" -jar "${START[@]}" -nl "${KANSA_NL:-ja}" "${SAMPLE[@]}" "$@"
