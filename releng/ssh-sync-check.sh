#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# ssh:// from the built product: `kansa sync` (the command line of the product, on its fast path
# and inside Equinox with the product's bundles) against Debian's OpenSSH server started on
# 127.0.0.1 with its own configuration, host key and authorized_keys, for a home folder of the
# check's own (its ~/.ssh holds the auditor's key and known_hosts):
#   unknown   the server is not in known_hosts: the sync refuses it (nobody to ask on the command
#             line), naming the server and its fingerprint; nothing is sent
#   trusted   after `ssh-keyscan` (the README's way), the sync sends the edit over SSH; the shared
#             repository has it, and so does a second sync run inside Equinox (KANSA_CLI_OSGI=1),
#             which proves the SSH bundles resolve in the product
# Prints one line per check and "N passed, 0 failed"; exits 1 on the first failure.
set -uo pipefail
SSHD_PID=
trap '[ -n "$SSHD_PID" ] && kill $SSHD_PID 2>/dev/null; wait 2>/dev/null' EXIT
. "$(dirname "$0")/check-lib.sh"
check_begin ssh-sync-check "${1:-}"
[ -x /usr/sbin/sshd ] || fail "no /usr/sbin/sshd (Debian's openssh-server; ./kansa setup installs it)"
CLI="$ROOT/releng/kansa-cli.sh"
FILE=sample-hospital.kansa
USER_NAME="$(id -un)"
export HOME="$OUT/home" GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME="作成者 花子" GIT_AUTHOR_EMAIL=preparer@example.org
export GIT_COMMITTER_NAME="作成者 花子" GIT_COMMITTER_EMAIL=preparer@example.org
mkdir -p "$HOME/.ssh" "$OUT/sshd"
ssh-keygen -q -t ed25519 -N "" -C auditor -f "$HOME/.ssh/id_ed25519" || fail "ssh-keygen"
ssh-keygen -q -t ed25519 -N "" -f "$OUT/sshd/host_key" || fail "ssh-keygen (host)"
cp "$HOME/.ssh/id_ed25519.pub" "$OUT/sshd/authorized_keys"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
cat > "$OUT/sshd/config" <<CFG
Port $PORT
ListenAddress 127.0.0.1
HostKey $OUT/sshd/host_key
PidFile $OUT/sshd/sshd.pid
AuthorizedKeysFile $OUT/sshd/authorized_keys
StrictModes no
UsePAM no
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
CFG
# run as root, sshd separates privileges and insists on its (empty) folder
[ "$(id -u)" = 0 ] && mkdir -p /run/sshd
/usr/sbin/sshd -D -e -f "$OUT/sshd/config" 2>"$OUT/sshd/sshd.log" &
SSHD_PID=$!
for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break; sleep 0.1; done
kill -0 $SSHD_PID 2>/dev/null || fail "sshd did not start: $(cat "$OUT/sshd/sshd.log")"
FINGERPRINT=$(ssh-keygen -l -E sha256 -f "$OUT/sshd/host_key.pub" | cut -d' ' -f2)

# the shared repository and the auditor's clone (taken by path), then pointed at the SSH server
git init -q --bare -b main "$OUT/served/minato.git"
mkdir -p "$OUT/preparer" && cp -r "$ROOT/bundles/jp.kansa.model/samples/." "$OUT/preparer/"
(cd "$OUT/preparer" && git init -q -b main && git add -A && git -c commit.gpgsign=false commit -qm 基準 \
  && git push -q "$OUT/served/minato.git" main) || fail "could not make the shared repository"
git clone -q "$OUT/served/minato.git" "$OUT/reviewer" || fail "clone"
git -C "$OUT/reviewer" remote set-url origin "ssh://$USER_NAME@127.0.0.1:$PORT$OUT/served/minato.git"

edit() {
  python3 - "$OUT/reviewer/$FILE" "$1" <<'PY'
import sys
path, value = sys.argv[1:3]
text = open(path, encoding='utf-8').read()
start = text.index(' id="C-3/2-A-9-①"')
end = text.index('/>', start)
element = text[start:end]
if ' conclusion="' in element:
    import re
    element = re.sub(r' conclusion="[^"]*"', ' conclusion="%s"' % value, element)
else:
    element += ' conclusion="%s"' % value
open(path, 'w', encoding='utf-8').write(text[:start] + element + text[end:])
PY
}
# Java takes the home folder from the password database, not $HOME: hand it the check's own
sync_reviewer() {
  JAVA_TOOL_OPTIONS="-Duser.home=$HOME" "$CLI" sync "$OUT/reviewer" --name "査閲者 太郎" --email reviewer@example.org >"$OUT/$1.out" 2>&1
}
# the conclusion of C-3/2-A-9-① in the shared repository's main, read as XML
shared_conclusion() {
  git -C "$OUT/served/minato.git" show main:$FILE | python3 -c '
import sys, xml.etree.ElementTree as ET
for e in ET.parse(sys.stdin).getroot().iter():
    if e.get("id") == "C-3/2-A-9-①":
        print(e.get("conclusion", ""))'
}

edit "SSH で送った結論"
sync_reviewer unknown; rc=$?
[ $rc != 0 ] || fail "unknown: the sync went through an unknown server: $(cat "$OUT/unknown.out")"
grep -qF "[127.0.0.1]:$PORT" "$OUT/unknown.out" && grep -qF "$FINGERPRINT" "$OUT/unknown.out" \
  || fail "unknown: the message does not name the server and its fingerprint: $(cat "$OUT/unknown.out")"
[ -z "$(shared_conclusion)" ] || fail "unknown: something was sent"
grep -q "Accepted publickey" "$OUT/sshd/sshd.log" && fail "unknown: a login happened with an unknown server key"
passed "unknown server refused (exit $rc), named with its fingerprint, nothing sent"

ssh-keyscan -p "$PORT" -t ed25519 127.0.0.1 2>/dev/null >> "$HOME/.ssh/known_hosts"
grep -q "^\[127.0.0.1\]:$PORT ssh-ed25519" "$HOME/.ssh/known_hosts" || fail "ssh-keyscan wrote nothing"
sync_reviewer trusted || fail "trusted: kansa sync over ssh failed: $(cat "$OUT/trusted.out")"
[ "$(shared_conclusion)" = "SSH で送った結論" ] || fail "trusted: the shared repository lacks the edit: $(shared_conclusion)"
edit "Equinox から送った結論"
KANSA_CLI_OSGI=1 sync_reviewer osgi || fail "osgi: kansa sync over ssh inside Equinox failed: $(cat "$OUT/osgi.out")"
[ "$(shared_conclusion)" = "Equinox から送った結論" ] || fail "osgi: the shared repository lacks the edit: $(shared_conclusion)"
grep -q "Accepted publickey for $USER_NAME" "$OUT/sshd/sshd.log" || fail "the server logged no key login"
passed "after ssh-keyscan, kansa sync sent over SSH (fast path and inside Equinox)"
check_end
