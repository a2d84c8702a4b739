#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Re-pins the target platform: resolves the closure of pin/pom.xml (the roots) once with
# Maven and writes kansa.target with every bundle at one exact version, depth none.
# Eclipse POMs use version ranges, so resolving at build time would let a build next month
# pick newer bundles; pinning here makes re-pinning a reviewed change instead.
set -euo pipefail
cd "$(dirname "$0")"
MVN=${MVN:-../.tools/mvn}
"$MVN" -B -q -f pin/pom.xml dependency:list -DoutputFile=closure.txt -DincludeScope=compile -Dsort=true
# Batik, xml-apis and friends come from their own location (generated manifests); the
# platform location must not carry them (xml-apis would shadow the JDK's javax.xml).
grep -E '^\s+[^ ]+:[^ ]+:jar:' pin/closure.txt \
  | sed -E "s/^\\s+//; s/:compile.*$//" \
  | grep -vE '^(org\.apache\.xmlgraphics|xml-apis|org\.codehaus\.mojo:animal-sniffer-annotations|org\.ow2\.asm):' \
  > pin/platform.lock
python3 - <<'PY'
import re
def deps(lines):
    out = []
    for l in lines:
        g, a, t, v = l.split(':')
        out.append(f"        <dependency><groupId>{g}</groupId><artifactId>{a}</artifactId><version>{v}</version><type>{t}</type></dependency>")
    return "\n".join(out)
platform = [l.strip() for l in open('pin/platform.lock') if l.strip()]
platform += [l.strip() for l in open('pin/extra.lock') if l.strip() and not l.startswith('#')]
template = open('pin/kansa.target.in', encoding='utf-8').read()
open('kansa.target', 'w', encoding='utf-8').write(template.replace('@PLATFORM@', deps(platform)))
PY
echo "kansa.target written from $(wc -l < pin/platform.lock) pinned platform bundles"
