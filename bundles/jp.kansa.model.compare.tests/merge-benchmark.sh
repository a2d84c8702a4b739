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
# shellcheck source=../../releng/target-jar.sh
. "$BUNDLES/../releng/target-jar.sh"
EMF=org.eclipse.emf
CP="$BUNDLES/jp.kansa.model/target/classes:$BUNDLES/jp.kansa.model.compare/target/classes"
CP="$CP:$BUNDLES/jp.kansa.team/target/classes:$BUNDLES/jp.kansa.team.tests/target/classes"
CP="$CP:$(target_jar $EMF $EMF.common):$(target_jar $EMF $EMF.ecore):$(target_jar $EMF $EMF.ecore.xmi)"
CP="$CP:$(target_jar org.eclipse.platform org.eclipse.osgi):$(target_jar org.eclipse.jgit org.eclipse.jgit)"
CP="$CP:$(target_jar com.googlecode.javaewah JavaEWAH):$(target_jar org.slf4j slf4j-api):$(target_jar org.slf4j slf4j-nop)"
CP="$CP:$(target_jar commons-codec commons-codec)"
cd "$BUNDLES/jp.kansa.team.tests"
exec "$JAVA_HOME/bin/java" -Xmx512m -Dbench.warmUps="${BENCH_WARM_UPS:-3}" -Dbench.runs="${BENCH_RUNS:-5}" \
  -cp "$CP" jp.kansa.team.tests.SyncBenchmark
