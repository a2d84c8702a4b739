#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Change log (変更履歴) benchmark (not a test): runs jp.kansa.model.compare.tests.ChangeLogBenchmark
# in a plain JVM on the classes of the last Tycho build, with EMF from the local Maven repository.
# It gives the sample a log of 100,000 entries and prints: the time of one append at the start
# and at the end of the log, the load time with and without the log (verification included),
# and the time to record one save with an empty and a full log.
# Build first:  .tools/mvn -B verify -pl bundles/jp.kansa.model.compare.tests -am -DskipTests
# Options: BENCH_ENTRIES (100000), BENCH_WARM_UPS (3), BENCH_RUNS (7).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUNDLES="$ROOT/bundles"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
M2="${M2_REPO:-$HOME/.m2/repository}/org/eclipse/emf"
jar() { ls "$M2/$1/$2/$1-$2.jar"; }
CP="$BUNDLES/jp.kansa.model/target/classes:$BUNDLES/jp.kansa.model.compare/target/classes"
CP="$CP:$BUNDLES/jp.kansa.model.compare.tests/target/classes:$BUNDLES/jp.kansa.model.edit/target/classes"
CP="$CP:$(jar org.eclipse.emf.common 2.46.0):$(jar org.eclipse.emf.ecore 2.43.0):$(jar org.eclipse.emf.ecore.xmi 2.41.0)"
CP="$CP:$(jar org.eclipse.emf.edit 2.23.0)"
cd "$BUNDLES/jp.kansa.model.compare.tests"
exec "$JAVA_HOME/bin/java" -Xmx1g -Dbench.entries="${BENCH_ENTRIES:-100000}" \
  -Dbench.warmUps="${BENCH_WARM_UPS:-3}" -Dbench.runs="${BENCH_RUNS:-7}" \
  -cp "$CP" jp.kansa.model.compare.tests.ChangeLogBenchmark "$BUNDLES/jp.kansa.model/samples/sample-hospital.kansa"
