# SPDX-License-Identifier: EPL-2.0
# Sourced by kansa-cli.sh and kansa-cli-cache.sh: the plain class path of the command line's fast
# path (no OSGi framework), its JVM options, and the fingerprint that tells whether a cache built
# for it is current. Needs PRODUCT and JAVA_HOME.
# Written with bash builtins (globs, no subshells) but for one stat: every command line pays for
# this script before the JVM starts, and on a busy machine each forked program costs milliseconds.

# KANSA_CLI_JARS: the product's bundle jars the command line can need, jp.kansa.model.edit first:
# on a flat class path its plugin.properties is the one the compare core reads labels from by name
# (every bundle has one). SWT, the workbench and the launcher are left out: no CLI code reaches them.
kansa_cli_collect_jars() {
  local plugins="$PRODUCT/plugins" jar name
  KANSA_CLI_JARS=("$plugins"/jp.kansa.model.edit_*.jar)
  for jar in "$plugins"/*.jar; do
    name="${jar##*/}"
    case "$name" in
      jp.kansa.model.edit_*|jp.kansa.app_*|jp.kansa.ui*|jp.kansa.nl.*|jp.kansa.emf.ui_*|jp.kansa.team.ui_*) ;;
      org.eclipse.swt*|org.eclipse.equinox.launcher*|org.eclipse.jface*|org.eclipse.ui*|org.eclipse.e4.*) ;;
      org.eclipse.rcp_*|org.eclipse.help_*|org.eclipse.urischeme_*|org.apache.batik.*|com.github.weisj.*) ;;
      com.sun.jna*|org.eclipse.core.databinding*|org.eclipse.core.expressions_*|org.eclipse.core.commands_*) ;;
      org.apache.felix.scr_*|org.apache.aries.spifly*|org.eclipse.equinox.simpleconfigurator_*) ;;
      *) KANSA_CLI_JARS+=("$jar") ;;
    esac
  done
}

# The same list, one jar a line.
kansa_cli_jars() {
  kansa_cli_collect_jars
  printf '%s\n' "${KANSA_CLI_JARS[@]}"
}

# KANSA_CLI_JVM_FLAGS: the JVM options of the fast path, the same for the training runs that make
# the AOT caches: a cache whose classes were linked ahead of time is refused by the JVM, fatally,
# when its archived objects do not fit the heap it is given, so cache and run must agree.
# C1 only and the serial collector: a batch run is short and the machine may have 2 cores.
# No perf data file (hsperfdata): nobody attaches jstat to a batch run.
KANSA_CLI_JVM_FLAGS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xms64m -Xmx1g
  -Dfile.encoding=UTF-8 -Dlog4j2.StatusLogger.level=OFF)

# KANSA_CLI_PROFILE: the AOT cache a command line starts with (kansa-cli-cache.sh makes one per
# profile): a JDK 25 cache loads every class it holds at start, so --help, validate and export
# have their own, smaller ones.
kansa_cli_profile() {
  local arg
  for arg in "$@"; do
    case "$arg" in --help|-h|-\?) KANSA_CLI_PROFILE=help; return ;; esac
  done
  case "${1:-}" in
    ""|help) KANSA_CLI_PROFILE=help ;;
    validate|export) KANSA_CLI_PROFILE="$1" ;;
    *) KANSA_CLI_PROFILE=all ;;
  esac
}

# KANSA_CLI_FINGERPRINT: changes with the JDK (its path and release file), the JVM options and
# any jar of the class path (name, size, time): a cache made for other bits is never used.
# Kept as the text itself (no hashing program to run).
kansa_cli_fingerprint() {
  local release=""
  [ -f "$JAVA_HOME/release" ] && release=$(<"$JAVA_HOME/release")
  KANSA_CLI_FINGERPRINT="$JAVA_HOME
$release
${KANSA_CLI_JVM_FLAGS[*]}
$(stat -c '%n %s %Y' "$@")"
}
