#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# `kansa merge` as git's merge driver, end to end with the built product and Debian's git, as a
# team sets it up once per clone (README, "Sharing an engagement with a team"):
#   .gitattributes      *.kansa merge=kansa
#   merge.kansa.driver  <the product's command line> merge %O %A %B --path %P
# Two drivers are checked: the README's (releng/kansa-cli.sh on the product) and the one Team >
# Share / Take writes into a clone (MergeDriverCommand: the product's Equinox launcher running
# jp.kansa.cli.app). For each:
#   clean     two branches of the sample change different fields of one contract check (adjacent
#             lines of the XMI: a text merge conflicts there) and another check point; `git merge`
#             succeeds through the driver (GIT_TRACE shows it ran), the merged file holds all
#             three changes (read back, `kansa validate` loads it, `kansa diff` lists them)
#   conflict  both branches change the same field: git reports the conflict (exit 1, `UU`), the
#             file is a valid engagement with ours' value and a conflicts list; what the
#             workbench's 競合の解決 runs (ConflictResolution, on the product's jars) takes theirs,
#             saves and commits the merge: git is clean, the merge commit has both parents
# Prints one line per check and "N passed, 0 failed"; exits 1 on the first failure.
set -uo pipefail
. "$(dirname "$0")/check-lib.sh"
check_begin merge-driver-check "${1:-}"
CLI="$ROOT/releng/kansa-cli.sh"
SAMPLE="$ROOT/bundles/jp.kansa.model/samples"
FILE=sample-hospital.kansa
LAUNCHER=$(ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -1)
[ -n "$LAUNCHER" ] || fail "no Equinox launcher in $PRODUCT/plugins"
# git runs the driver through the shell; neither command has spaces in its words here
DRIVER_CLI="$CLI merge %O %A %B --path %P"
DRIVER_PRODUCT="$JAVA_HOME/bin/java -Dfile.encoding=UTF-8 -jar $LAUNCHER -install $PRODUCT -configuration $PRODUCT/configuration -application jp.kansa.cli.app -nosplash -data @none merge %O %A %B --path %P"
export GIT_AUTHOR_NAME="作成者 花子" GIT_AUTHOR_EMAIL=preparer@example.org
export GIT_COMMITTER_NAME="作成者 花子" GIT_COMMITTER_EMAIL=preparer@example.org
export GIT_CONFIG_NOSYSTEM=1 HOME="$OUT/home"
mkdir -p "$HOME"

# set_attr FILE ID NAME VALUE: one attribute of the element with that id, as another tool would
set_attr() {
  python3 - "$@" <<'PY'
import re, sys
path, ident, name, value = sys.argv[1:5]
text = open(path, encoding='utf-8').read()
start = text.index(' id="%s"' % ident)
start = text.rindex('<', 0, start)
end = text.index('>', start)
element = text[start:end]
attr = re.compile(r'(\s)%s="[^"]*"' % re.escape(name))
element = attr.sub(lambda m: '%s%s="%s"' % (m.group(1), name, value), element, count=1) if attr.search(element) \
    else element.rstrip('/') + ' %s="%s"' % (name, value) + ('/' if element.endswith('/') else '')
open(path, 'w', encoding='utf-8').write(text[:start] + element + text[end:])
PY
}

# attr FILE ID NAME: prints the attribute's value (parsed as XML)
attr() {
  python3 - "$@" <<'PY'
import sys, xml.etree.ElementTree as ET
path, ident, name = sys.argv[1:4]
for e in ET.parse(path).getroot().iter():
    if e.get('id') == ident:
        print(e.get(name, '')); break
PY
}

# new_repo DIR DRIVER: the sample under git, the driver configured, one base commit
new_repo() {
  local dir=$1 driver=$2
  mkdir -p "$dir" && cp -r "$SAMPLE/." "$dir/" && cd "$dir" || fail "cannot copy the sample"
  git init -q -b main && git config commit.gpgsign false
  printf '*.kansa merge=kansa\n' > .gitattributes
  git config merge.kansa.name "Kansa model merge"
  git config merge.kansa.driver "$driver"
  git add -A && git commit -qm "基準" || fail "base commit"
}

check_clean() {
  local name=$1 driver=$2 dir="$OUT/$1-clean"
  new_repo "$dir" "$driver"
  git checkout -q -b reviewer
  set_attr $FILE "C-1/1-A-1-①" initialCheckDate 2024-04-16
  set_attr $FILE "C-3/2-A-9-①" conclusion "査閲者の結論"
  git commit -qam "査閲者の変更"
  git checkout -q main
  set_attr $FILE "C-1/1-A-1-①" conclusion "作成者の結論"
  git commit -qam "作成者の変更"
  git show main:$FILE > "$OUT/$name-ours.kansa"
  git show "$(git merge-base main reviewer)":$FILE > "$OUT/$name-base.kansa"
  GIT_TRACE="$OUT/$name-clean.trace" git merge --no-edit reviewer >"$OUT/$name-clean.out" 2>&1 \
    || fail "$name: git merge failed through the driver: $(cat "$OUT/$name-clean.out")"
  grep -q 'run_command:.* merge \.merge_file_' "$OUT/$name-clean.trace" \
    || fail "$name: git did not run the driver (GIT_TRACE): $(grep run_command "$OUT/$name-clean.trace" | head -3)"
  [ -z "$(git status --porcelain)" ] || fail "$name: not clean after the merge: $(git status --porcelain)"
  [ "$(git rev-list --parents -n1 HEAD | wc -w)" = 3 ] || fail "$name: HEAD is not a merge commit"
  [ "$(attr $FILE "C-1/1-A-1-①" conclusion)" = "作成者の結論" ] || fail "$name: ours' conclusion lost"
  [ "$(attr $FILE "C-1/1-A-1-①" initialCheckDate)" = "2024-04-16" ] || fail "$name: theirs' date lost"
  [ "$(attr $FILE "C-3/2-A-9-①" conclusion)" = "査閲者の結論" ] || fail "$name: theirs' conclusion lost"
  "$CLI" validate $FILE >"$OUT/$name-validate.out" 2>&1; local rc=$?
  [ $rc -le 1 ] || fail "$name: kansa validate cannot load the merged file (exit $rc): $(head -5 "$OUT/$name-validate.out")"
  "$CLI" diff "$OUT/$name-base.kansa" $FILE >"$OUT/$name-diff.out" 2>&1
  for v in 作成者の結論 査閲者の結論 2024-04-16; do
    grep -qF "$v" "$OUT/$name-diff.out" || fail "$name: kansa diff base merged does not list $v: $(head -20 "$OUT/$name-diff.out")"
  done
  passed "$name: clean merge through the driver, all three changes kept, validate loads it, diff lists them"
}

# without the driver, git's text merge conflicts on the same edits: the driver is what made it clean
check_text_merge_conflicts() {
  local dir="$OUT/text-clean"
  git clone -q "$OUT/cli-clean" "$dir" && cd "$dir" || fail "clone"
  git checkout -q -b before main~1 && git merge --no-edit origin/reviewer -q >/dev/null 2>&1 \
    && fail "git's text merge did not conflict: the clean check proves nothing"
  passed "the same edits conflict in git's text merge (no driver)"
}

check_conflict() {
  local name=$1 driver=$2 dir="$OUT/$1-conflict"
  new_repo "$dir" "$driver"
  git checkout -q -b reviewer
  set_attr $FILE "C-2/2-A-9-①" conclusion "査閲者の結論"
  git commit -qam "査閲者の変更"
  git checkout -q main
  set_attr $FILE "C-2/2-A-9-①" conclusion "作成者の結論"
  git commit -qam "作成者の変更"
  git merge --no-edit reviewer >"$OUT/$name-conflict.out" 2>&1; local rc=$?
  [ $rc = 1 ] || fail "$name: git merge exit $rc, expected 1 (conflict): $(cat "$OUT/$name-conflict.out")"
  grep -q "CONFLICT" "$OUT/$name-conflict.out" || fail "$name: git did not report the conflict: $(cat "$OUT/$name-conflict.out")"
  [ "$(git status --porcelain -- $FILE)" = "UU $FILE" ] || fail "$name: $FILE is not left unmerged: $(git status --porcelain)"
  [ -f $FILE.conflicts.json ] || fail "$name: no conflicts list beside $FILE"
  grep -qF "査閲者の結論" $FILE.conflicts.json || fail "$name: the conflicts list lacks theirs' value"
  [ "$(attr $FILE "C-2/2-A-9-①" conclusion)" = "作成者の結論" ] || fail "$name: the file does not hold ours' value"
  "$CLI" validate $FILE >"$OUT/$name-conflict-validate.out" 2>&1; rc=$?
  [ $rc -le 1 ] || fail "$name: the conflicted file does not load (exit $rc): $(head -5 "$OUT/$name-conflict-validate.out")"
  . "$ROOT/releng/kansa-cli-classpath.sh"
  local cp; cp=$(kansa_cli_jars | paste -sd:)
  "$JAVA_HOME/bin/java" -Dfile.encoding=UTF-8 -cp "$cp" "$ROOT/releng/merge-driver-check/ResolveConflicts.java" \
    "$dir/$FILE" theirs "査閲者 太郎" reviewer@example.org >"$OUT/$name-resolve.out" 2>&1 \
    || fail "$name: resolving failed: $(cat "$OUT/$name-resolve.out")"
  [ -z "$(git status --porcelain)" ] || fail "$name: not clean after resolving: $(git status --porcelain)"
  [ "$(git rev-list --parents -n1 HEAD | wc -w)" = 3 ] || fail "$name: the resolution did not conclude git's merge"
  [ "$(attr $FILE "C-2/2-A-9-①" conclusion)" = "査閲者の結論" ] || fail "$name: theirs' value was not taken"
  [ ! -e $FILE.conflicts.json ] || fail "$name: the conflicts list is still there"
  git log -1 --format=%an | grep -qF "査閲者 太郎" || fail "$name: the resolution is not committed by the reviewer"
  passed "$name: conflict reported by git (exit 1, UU), file valid with a conflicts list, resolved and committed"
}

check_clean cli "$DRIVER_CLI"
check_text_merge_conflicts
check_conflict cli "$DRIVER_CLI"
check_clean product "$DRIVER_PRODUCT"
check_conflict product "$DRIVER_PRODUCT"
check_end
