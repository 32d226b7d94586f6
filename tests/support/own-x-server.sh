#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: tests/support/own-x-server.sh <program> [args...]
# Runs one test program on an X server of its own (ctest registers every xcb test through this).
# Why: ctest -j runs tests side by side, and on one shared X server without a window manager the
# last window to ask for the keyboard focus keeps it. A test that activates its window and waits
# for it to become active could lose it to another test's dialog for good (TstWatchSettings did,
# once, in CI). Clipboard and pointer are per server too. Xvfb picks a free display number itself
# and reports it on a pipe once clients can connect (-displayfd), so parallel starts cannot
# collide and nothing polls. Without Xvfb the program runs as it is, on whatever DISPLAY it has.
set -eu
command -v Xvfb >/dev/null 2>&1 || exec "$@"
dir=$(mktemp -d "${TMPDIR:-/tmp}/td-xserver.XXXXXX")
xvfb=
program=
cleanup() {
  for pid in $program $xvfb; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 143' TERM
trap 'exit 130' INT
mkfifo "$dir/display"
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$dir/display" 2>"$dir/xvfb.log" &
xvfb=$!
number=
read -r number <"$dir/display" || true
if [ -z "$number" ]; then
  echo "own-x-server: Xvfb did not start:" >&2
  cat "$dir/xvfb.log" >&2
  exit 1
fi
# In the background so that a TERM reaches the trap at once (sh runs traps only between
# commands); stdin is handed on explicitly, as a background job would get /dev/null (with
# stdin closed, the test gets /dev/null).
if { true 5<&0; } 2>/dev/null; then exec 4<&0; else exec 4</dev/null; fi
DISPLAY=":$number" "$@" <&4 4<&- &
program=$!
rc=0
wait "$program" || rc=$?
program=
if [ "$rc" -gt 128 ]; then
  # Killed by a signal: die of the same one, so that ctest reports a crash as a crash.
  cleanup
  trap - EXIT TERM INT
  kill -s "$(kill -l "$rc")" $$
fi
exit $rc
