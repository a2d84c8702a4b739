#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Sourced by the benchmark scripts that run plain JVMs: target_jar GROUP ARTIFACT prints the path
# of that artifact's jar in the local Maven repository, at the version the target platform
# (targetplatform/kansa.target) pins, so that a re-pinned target never leaves a script on an old jar.
TARGET_FILE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/targetplatform/kansa.target"
target_jar() {
  local group="$1" artifact="$2" version
  version=$(grep -o "<groupId>$group</groupId><artifactId>$artifact</artifactId><version>[^<]*</version>" "$TARGET_FILE" \
    | head -1 | sed 's|.*<version>\(.*\)</version>|\1|')
  if [ -z "$version" ]; then
    echo "target-jar: $group:$artifact is not in $TARGET_FILE" >&2
    return 1
  fi
  local jar="${M2_REPO:-$HOME/.m2/repository}/${group//.//}/$artifact/$version/$artifact-$version.jar"
  if [ ! -f "$jar" ]; then
    echo "target-jar: $jar is missing (build once with ./kansa build)" >&2
    return 1
  fi
  echo "$jar"
}
