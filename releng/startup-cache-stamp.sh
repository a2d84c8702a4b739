# SPDX-License-Identifier: EPL-2.0
# Sourced by releng/startup-cache.sh and releng/launch.sh: which jars the start cache copies,
# and the stamp that says the copies belong to this product. launch.sh computes the stamp at
# every start, so this runs two programs (stat, sha256sum) and no subshell per jar: under load
# each process started costs tens of milliseconds.

# the product's signed launcher and framework jars, one path a line
kansa_start_jars() {
  local jar
  for jar in "$1"/plugins/org.eclipse.equinox.launcher_*.jar "$1"/plugins/org.eclipse.osgi_*.jar; do
    [ -f "$jar" ] && echo "$jar"
  done
  return 0
}

# kansa_start_stamp PRODUCT sets KANSA_START_STAMP: per original jar its name, size and time;
# per copy its SHA-256 (a damaged copy must not start); "missing" when a copy is missing
kansa_start_stamp() {
  local jar copy i jars=() copies=() stats=() sums=()
  KANSA_START_STAMP=""
  for jar in "$1"/plugins/org.eclipse.equinox.launcher_*.jar "$1"/plugins/org.eclipse.osgi_*.jar; do
    [ -f "$jar" ] || continue
    copy="$1/configuration/kansa-start/${jar##*/}"
    [ -f "$copy" ] || { KANSA_START_STAMP=missing; return 0; }
    jars+=("$jar")
    copies+=("$copy")
  done
  [ ${#jars[@]} -gt 0 ] || return 0
  mapfile -t stats < <(stat -c '%s %Y' "${jars[@]}")
  mapfile -t sums < <(sha256sum "${copies[@]}")
  for i in "${!jars[@]}"; do
    KANSA_START_STAMP+="${jars[i]##*/} ${stats[i]} ${sums[i]%% *}"$'\n'
  done
  KANSA_START_STAMP=${KANSA_START_STAMP%$'\n'}
}
