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
# shellcheck source=../../releng/target-jar.sh
. "$BUNDLES/../releng/target-jar.sh"
CP="$BUNDLES/jp.kansa.model/target/classes:$BUNDLES/jp.kansa.model.compare/target/classes:$HERE/target/classes"
EMF=org.eclipse.emf
CP="$CP:$(target_jar $EMF $EMF.common):$(target_jar $EMF $EMF.ecore):$(target_jar $EMF $EMF.ecore.xmi)"
cd "$HERE"
exec "$JAVA_HOME/bin/java" -Xmx1g -Dbench.warmUps="${BENCH_WARM_UPS:-3}" -Dbench.runs="${BENCH_RUNS:-5}" \
  -cp "$CP" jp.kansa.model.compare.tests.$MAIN "$BUNDLES/jp.kansa.model/samples/sample-hospital.kansa"
