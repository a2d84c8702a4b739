#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Merge micro-benchmark (not a test): MergeBenchmark through the compare benchmark's launcher.
# Build first:  .tools/mvn -B verify -pl bundles/jp.kansa.model.compare.tests -am -DskipTests
exec "$(dirname "${BASH_SOURCE[0]}")/compare-benchmark.sh" merge
