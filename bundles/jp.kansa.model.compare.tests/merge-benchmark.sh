#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Merge micro-benchmark (not a test): MergeBenchmark through the compare benchmark's launcher,
# then jp.kansa.team.tests.SyncBenchmark (a sync with nothing to do against a local bare
# repository) in a plain JVM on the classes of the last Tycho build, JGit from the local Maven
# repository.
# Build first:  .tools/mvn -B verify -pl bundles/jp.kansa.model.compare.tests,bundles/jp.kansa.team.tests -am -DskipTests
# Options: BENCH_WARM_UPS (3), BENCH_RUNS (5).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUNDLES="$(dirname "$HERE")"
"$HERE/compare-benchmark.sh" merge

JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
M2="${M2_REPO:-$HOME/.m2/repository}"
jar() { ls "$M2/$1/$2/$3/$2-$3.jar"; }
CP="$BUNDLES/jp.kansa.model/target/classes:$BUNDLES/jp.kansa.model.compare/target/classes"
CP="$CP:$BUNDLES/jp.kansa.team/target/classes:$BUNDLES/jp.kansa.team.tests/target/classes"
CP="$CP:$(jar org/eclipse/emf org.eclipse.emf.common 2.46.0):$(jar org/eclipse/emf org.eclipse.emf.ecore 2.43.0)"
CP="$CP:$(jar org/eclipse/emf org.eclipse.emf.ecore.xmi 2.41.0):$(jar org/eclipse/platform org.eclipse.osgi 3.24.300)"
CP="$CP:$(jar org/eclipse/jgit org.eclipse.jgit 7.8.1.202611041320-r):$(jar com/googlecode/javaewah JavaEWAH 1.2.3)"
CP="$CP:$(jar org/slf4j slf4j-api 2.0.17):$(jar org/slf4j slf4j-nop 2.0.17):$(jar commons-codec commons-codec 1.20.0)"
cd "$BUNDLES/jp.kansa.team.tests"
exec "$JAVA_HOME/bin/java" -Xmx512m -Dbench.warmUps="${BENCH_WARM_UPS:-3}" -Dbench.runs="${BENCH_RUNS:-5}" \
  -cp "$CP" jp.kansa.team.tests.SyncBenchmark
