# SPDX-License-Identifier: EPL-2.0
# Sourced by kansa-cli.sh and kansa-cli-cache.sh: the plain class path of the command line's fast
# path (no OSGi framework) and the fingerprint that tells whether a cache built for it is current.
# Needs PRODUCT and JAVA_HOME.

# The product's bundle jars the command line can need, jp.kansa.model.edit first: on a flat class
# path its plugin.properties is the one the compare core reads labels from by name (every bundle
# has one). SWT, the workbench and the launcher are left out: no CLI code reaches them.
kansa_cli_jars() {
  local plugins="$PRODUCT/plugins" jar name
  ls "$plugins"/jp.kansa.model.edit_*.jar
  for jar in "$plugins"/*.jar; do
    name="${jar##*/}"
    case "$name" in
      jp.kansa.model.edit_*|jp.kansa.app_*|jp.kansa.ui*|jp.kansa.nl.*|jp.kansa.emf.ui_*|jp.kansa.team.ui_*) ;;
      org.eclipse.swt*|org.eclipse.equinox.launcher*|org.eclipse.jface*|org.eclipse.ui*|org.eclipse.e4.*) ;;
      org.eclipse.rcp_*|org.eclipse.help_*|org.eclipse.urischeme_*|org.apache.batik.*|com.github.weisj.*) ;;
      com.sun.jna*|org.eclipse.core.databinding*|org.eclipse.core.expressions_*|org.eclipse.core.commands_*) ;;
      org.apache.felix.scr_*|org.apache.aries.spifly*|org.eclipse.equinox.simpleconfigurator_*) ;;
      *) echo "$jar" ;;
    esac
  done
}

# Changes with the JDK (its release file and path) and with any jar of the class path (name,
# size, time): a cache made for other bits is never used.
kansa_cli_fingerprint() {
  { echo "$JAVA_HOME"; cat "$JAVA_HOME/release" 2>/dev/null; stat -c '%n %s %Y' "$@"; } | md5sum | cut -d' ' -f1
}
