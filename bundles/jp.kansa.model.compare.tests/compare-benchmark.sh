#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Compare / merge micro-benchmark (not a test): runs jp.kansa.model.compare.tests.CompareBenchmark
# (or MergeBenchmark with the argument `merge`, as merge-benchmark.sh does) in a
# plain JVM on the classes of the last Tycho build, with EMF from the local Maven repository.
# Build first:  .tools/mvn -B verify -pl bundles/jp.kansa.model.compare.tests -am -DskipTests
# Options: BENCH_WARM_UPS (3), BENCH_RUNS (5).
set -euo pipefail
MAIN=CompareBenchmark
[ "${1:-}" = merge ] && MAIN=MergeBenchmark
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUNDLES="$(dirname "$HERE")"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
M2="${M2_REPO:-$HOME/.m2/repository}/org/eclipse/emf"
jar() { ls "$M2/$1/$2/$1-$2.jar"; }
CP="$BUNDLES/jp.kansa.model/target/classes:$BUNDLES/jp.kansa.model.compare/target/classes:$HERE/target/classes"
CP="$CP:$(jar org.eclipse.emf.common 2.46.0):$(jar org.eclipse.emf.ecore 2.43.0):$(jar org.eclipse.emf.ecore.xmi 2.41.0)"
cd "$HERE"
exec "$JAVA_HOME/bin/java" -Xmx1g -Dbench.warmUps="${BENCH_WARM_UPS:-3}" -Dbench.runs="${BENCH_RUNS:-5}" \
  -cp "$CP" jp.kansa.model.compare.tests.$MAIN "$BUNDLES/jp.kansa.model/samples/sample-hospital.kansa"
