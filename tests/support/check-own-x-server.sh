#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: tests/support/check-own-x-server.sh <path to own-x-server.sh>
# The wrapper every xcb test runs through: each run gets an X server nobody else uses, the
# program's exit code and death by signal reach ctest unchanged, and the server is gone after,
# also when the wrapper itself is stopped.
set -u
wrapper=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/td-check-xserver.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# Two runs side by side: each sees a 1280x1024 screen on a display of its own, not the caller's.
for run in a b; do
  "$wrapper" sh -c 'echo "$DISPLAY" >"$1.display"; xdotool getdisplaygeometry >"$1.geometry";
                    sleep 1' sh "$work/$run" &
done
wait
display_a=$(cat "$work/a.display")
display_b=$(cat "$work/b.display")
if [ -z "$display_a" ] || [ "$display_a" = "$display_b" ]; then
  fail "two runs side by side shared display '$display_a'"
fi
[ "$display_a" != "${DISPLAY:-}" ] || fail "the run used the caller's display $display_a"
[ "$(cat "$work/a.geometry")" = "1280 1024" ] ||
  fail "screen is '$(cat "$work/a.geometry")', expected '1280 1024'"
# The server is gone once the run is over (its socket with it).
number=${display_a#:}
[ ! -e "/tmp/.X11-unix/X$number" ] || fail "the X server of $display_a still listens"

# Exit codes pass through, 77 (ctest's skip) included; so does a death by signal.
rc=0
"$wrapper" sh -c 'exit 77' || rc=$?
[ "$rc" -eq 77 ] || fail "exit code 77 came back as $rc"
rc=0
"$wrapper" sh -c 'kill -SEGV $$' 2>/dev/null || rc=$?
[ "$rc" -eq 139 ] || fail "a program killed by SIGSEGV came back as $rc, expected 139"
# stdin reaches the program although it runs in the background.
[ "$(echo hello | "$wrapper" cat)" = hello ] || fail "stdin did not reach the program"
# A closed stdin (some runners close it) is no reason to fail.
[ "$("$wrapper" echo ran <&-)" = ran ] || fail "with stdin closed the program did not run"

# Stopped from outside (TERM), the wrapper ends at once and takes program and server with it.
"$wrapper" sh -c 'echo "$DISPLAY" >"$1"; echo $$ >"$1.pid"; exec sleep 60' sh "$work/stopped" &
wrapper_pid=$!
i=0
until [ -s "$work/stopped.pid" ] || [ $i -ge 100 ]; do
  sleep 0.05
  i=$((i + 1))
done
kill -TERM "$wrapper_pid"
wait "$wrapper_pid"
program_pid=$(cat "$work/stopped.pid")
sleep 0.2
if kill -0 "$program_pid" 2>/dev/null; then
  fail "the program outlived the stopped wrapper"
  kill "$program_pid"
fi
number=$(sed 's/^://' "$work/stopped")
[ ! -e "/tmp/.X11-unix/X$number" ] || fail "the X server outlived the stopped wrapper"

[ "$failures" -eq 0 ] || exit 1
echo "own-x-server: all checks passed"
