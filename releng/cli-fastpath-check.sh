#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Product check of the command line's fast path (run by ./kansa test after the build): on the
# shipped sample, kansa-cli.sh gives the same stdout, stderr and exit code, and a workpaper with
# the same zip entries byte for byte (POI's creation stamp aside), in the plain JVM with the AOT
# cache of kansa-cli-cache.sh, without it, with a stale or damaged cache, and inside OSGi
# (KANSA_CLI_OSGI=1), and with EMF's general loader instead of the fast engagement reader
# (KANSA_FAST_READ=0), also for a damaged copy of the sample (same message, line, column).
# Prints "N passed, N failed".
set -uo pipefail
. "$(dirname "$0")/check-lib.sh"
check_begin cli-fastpath-check "${1:-}"
CLI="$ROOT/releng/kansa-cli.sh"
SAMPLE="$ROOT/bundles/jp.kansa.model/samples/sample-hospital.kansa"

KANSA_CLI_CACHE="$OUT/cache" "$ROOT/releng/kansa-cli-cache.sh" >"$OUT/cache.log" 2>&1 || fail "cache build: $(cat "$OUT/cache.log")"
[ -f "$OUT/cache/stamp" ] || fail "no cache stamp written"
cp -r "$OUT/cache" "$OUT/stale"
echo stale > "$OUT/stale/stamp"
cp -r "$OUT/cache" "$OUT/damaged"
for aot in "$OUT"/cache/*.aot; do head -c 100000 "$aot" > "$OUT/damaged/${aot##*/}"; done
sed -i "s#$OUT/cache/lib#$OUT/damaged/lib#g" "$OUT/damaged/classpath"

# run VARIANT NAME ARGS...: output in $OUT/VARIANT-NAME.{out,err,code}
run() {
  local variant=$1 name=$2; shift 2
  local env=()
  case $variant in
    osgi) env=(KANSA_CLI_OSGI=1) ;;
    cached) env=(KANSA_CLI_CACHE="$OUT/cache") ;;
    nocache) env=(KANSA_CLI_CACHE="$OUT/none") ;;
    stale) env=(KANSA_CLI_CACHE="$OUT/stale") ;;
    damaged) env=(KANSA_CLI_CACHE="$OUT/damaged") ;;
    slowread) env=(KANSA_CLI_CACHE="$OUT/cache" KANSA_FAST_READ=0) ;;
  esac
  env "${env[@]}" "$CLI" "$@" >"$OUT/$variant-$name.out" 2>"$OUT/$variant-$name.err"
  echo $? >"$OUT/$variant-$name.code"
}

# a damaged copy: cut inside an element, so every reader must give EMF's message and position
BROKEN="$OUT/broken.kansa"
head -c 20000 "$SAMPLE" > "$BROKEN"
for variant in osgi cached nocache stale damaged slowread; do
  run $variant broken validate "$BROKEN"
  run $variant help --help
  run $variant validate validate "$SAMPLE"
  run $variant json validate "$SAMPLE" --format json
  run $variant export export "$SAMPLE" --output "$OUT/$variant.xlsx"
  run $variant diff diff "$SAMPLE" "$SAMPLE"   # a command line of the "all" cache
done
# Inside OSGi, SLF4J (through JGit) finds no provider bundle; kansa-cli.sh keeps its notice off
# stderr (-Dslf4j.internal.verbosity=ERROR), so no difference is allowed any more.
grep -q '^1$' "$OUT/osgi-validate.code" || fail "validate of the sample inside OSGi should exit 1: $(cat "$OUT/osgi-validate.err")"
grep -q '^0$' "$OUT/osgi-export.code" || fail "export inside OSGi failed: $(cat "$OUT/osgi-export.err")"
grep -q '^2$' "$OUT/osgi-broken.code" || fail "validate of a damaged file inside OSGi should exit 2"
grep -Eq 'line|行' "$OUT/osgi-broken.err" || fail "the damaged file's message names no line: $(cat "$OUT/osgi-broken.err")"
for variant in cached nocache stale damaged slowread; do
  for name in help validate json export diff broken; do
    for part in out err code; do
      cmp -s "$OUT/osgi-$name.$part" "$OUT/$variant-$name.$part" \
        || fail "$variant $name: $part differs from OSGi: $(diff "$OUT/osgi-$name.$part" "$OUT/$variant-$name.$part" | head -5)"
    done
  done
  python3 - "$OUT/osgi.xlsx" "$OUT/$variant.xlsx" <<'PY' || fail "$variant: the workpaper differs from OSGi's"
import re, sys, zipfile
def entries(path):
    with zipfile.ZipFile(path) as z:
        out = []
        for name in z.namelist():
            data = z.read(name)
            if name == 'docProps/core.xml':  # POI's creation time
                data = re.sub(rb'(<dcterms:created[^>]*>)[^<]*', rb'\1TIME', data)
            out.append((name, data))
        return out
a, b = entries(sys.argv[1]), entries(sys.argv[2])
if a != b:
    print([n for (n, d), (m, e) in zip(a, b) if n != m or d != e][:5] or 'entry lists differ', file=sys.stderr)
    sys.exit(1)
PY
  passed "$variant: --help, validate (text, json, damaged file), export and diff identical to OSGi"
done
check_end
