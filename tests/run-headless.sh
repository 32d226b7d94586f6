#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: tests/run-headless.sh <build-dir> [ctest args...]
# Runs ctest inside: Xvfb (xvfb-run) -> a private D-Bus session -> an unlocked gnome-keyring in a
# throw-away HOME -> a fake StatusNotifierWatcher and a fake notification server that logs every
# Notify call. Nothing touches the user's real HOME, keyring or .npmrc.
# The npm CLI the tests drive: the build's own (<build>/npm, installed by `make test` through
# packaging/debian/install-build-deps.sh) comes first on PATH, else the npm already on PATH.
set -eu
BUILD=$(cd "$1" && pwd); shift
HERE=$(cd "$(dirname "$0")" && pwd)
if [ -x "$BUILD/npm/node_modules/.bin/npm" ]; then
  PATH="$BUILD/npm/node_modules/.bin:$PATH"
  export PATH
fi
if [ -z "${TD_HEADLESS_HARNESS:-}" ]; then
  SANDBOX=$(mktemp -d "${TMPDIR:-/tmp}/tokendesk-test.XXXXXX")
  mkdir -m 700 "$SANDBOX/home" "$SANDBOX/run"
  export TD_HEADLESS_HARNESS=1 HOME="$SANDBOX/home" XDG_RUNTIME_DIR="$SANDBOX/run" \
    NOTIFY_LOG="$SANDBOX/notify.jsonl" TD_TEST_SANDBOX="$SANDBOX"
  # Nothing from the caller's desktop or npm set-up may leak in.
  unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY XDG_CONFIG_HOME XDG_DATA_HOME \
    XDG_CACHE_HOME XDG_STATE_HOME NPM_CONFIG_USERCONFIG NPM_TOKEN NODE_AUTH_TOKEN \
    npm_config_userconfig 2>/dev/null || true
  rc=0
  xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" \
    dbus-run-session -- "$0" "$BUILD" "$@" || rc=$?
  rm -rf "$SANDBOX"
  exit $rc
fi
# --- inside Xvfb and the private D-Bus session ---
KR="$TD_TEST_SANDBOX/keyring"
mkdir -m 700 "$KR"
"$HERE/support/keyring-daemon.sh" "$KR" &
K=$!
/usr/bin/python3 "$HERE/support/fake_sni_watcher.py" >"$TD_TEST_SANDBOX/watcher.log" 2>&1 &
W=$!
/usr/bin/python3 "$HERE/support/fake_notifyd.py" "$NOTIFY_LOG" >"$TD_TEST_SANDBOX/notifyd.log" 2>&1 &
N=$!
# The keyring's watcher ends once it sees <folder>/stop; the daemon it runs is ended until then
# (at most 5 s), also one it may have just started after a crash.
end_keyring() {
  touch "$KR/stop"
  i=0
  while [ ! -e "$KR/done" ] && [ $i -lt 50 ]; do
    kill "$(cat "$KR/pid" 2>/dev/null)" 2>/dev/null || true
    sleep 0.1
    i=$((i+1))
  done
}
trap 'kill $W $N 2>/dev/null; end_keyring; wait $K 2>/dev/null || true' EXIT
for name in org.freedesktop.secrets org.kde.StatusNotifierWatcher org.freedesktop.Notifications; do
  i=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
      org.freedesktop.DBus.NameHasOwner "string:$name" 2>/dev/null | grep -q true; do
    i=$((i+1)); [ $i -lt 200 ] || { echo "run-headless: D-Bus service $name did not start" >&2; exit 1; }
    sleep 0.05
  done
done
# Every temporary file the tests make goes to a folder of this run, which must be empty again
# when they are done (tmpdir-must-end-empty.sh).
cd "$BUILD"
rc=0
"$HERE/support/tmpdir-must-end-empty.sh" "$TD_TEST_SANDBOX/tmp" ctest "$@" || rc=$?
# A keyring daemon that died mid-run explains the KEYCHAIN_LOCKED failures around it: say so,
# and fail.
if [ -e "$KR/ended" ]; then
  {
    echo "run-headless: the harness's gnome-keyring-daemon ended during the tests:"
    sed 's/^/  /' "$KR/ended"
    echo "  its last output:"
    grep -v -e "already registered" -e "^ *$" "$KR/log" | tail -n 20 | sed 's/^/    /'
    echo "  A new daemon unlocked the keyring again (up to three times); tests that used the keychain"
    echo "  around those moments may have failed with KEYCHAIN_LOCKED."
  } >&2
  [ "$rc" -ne 0 ] || rc=1
fi
exit "$rc"
