# SPDX-License-Identifier: EPL-2.0
# Sourced by releng/startup-cache.sh and releng/launch.sh: which jars the start cache copies,
# and the stamp that says the copies belong to this product.

# the product's signed launcher and framework jars, one path a line
kansa_start_jars() {
  ls "$1"/plugins/org.eclipse.equinox.launcher_*.jar "$1"/plugins/org.eclipse.osgi_*.jar 2>/dev/null
}

# per original jar: name, size and time; per copy: its SHA-256 (a damaged copy must not start)
kansa_start_stamp() {
  local jar copy
  for jar in $(kansa_start_jars "$1"); do
    copy="$1/configuration/kansa-start/${jar##*/}"
    [ -f "$copy" ] || { echo missing; return; }
    echo "${jar##*/} $(stat -c '%s %Y' "$jar") $(sha256sum "$copy" | cut -d' ' -f1)"
  done
}
