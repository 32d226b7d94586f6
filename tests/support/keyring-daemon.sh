#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: tests/support/keyring-daemon.sh <folder>
# Runs the harness's gnome-keyring-daemon (secrets only; the login keyring created or unlocked
# with the harness password) in the foreground, as a child of this script, so that its end is
# seen. Started with --unlock alone it forks away, prints nothing anywhere and its end is
# silent: D-Bus activation then starts a new daemon whose login keyring is locked, and every later
# test fails with KEYCHAIN_LOCKED for no visible reason.
#
# <folder>/pid    the running daemon's pid;
# <folder>/log    what the daemons printed (a g_error or g_critical before an abort);
# <folder>/ended  one record per daemon that ended before <folder>/stop existed: when, how (exit
#                 status or signal), and which test programs were running then;
# <folder>/done   appears as this script ends.
# A daemon that ends early is replaced at once (--replace also ends one D-Bus activation may have
# started meanwhile) by one that unlocks the login keyring again, at most three times: the tests
# running at that moment may fail, the ones after it run against a working keyring, so a run
# shows which tests the crash really hit. run-headless.sh creates <folder>/stop before it ends
# the daemon, and prints the records and the log's tail (the run then fails).
set -u
DIR=$1
trap 'touch "$DIR/done"' EXIT
replace=
for attempt in 1 2 3 4; do
  [ -e "$DIR/stop" ] && exit 0
  printf '%s' 'test-keyring-pass' \
    | gnome-keyring-daemon $replace --foreground --unlock --components=secrets \
      >/dev/null 2>>"$DIR/log" &
  pid=$!
  echo "$pid" >"$DIR/pid"
  rc=0
  wait "$pid" || rc=$?
  [ -e "$DIR/stop" ] && exit 0
  {
    printf 'at %s UTC, daemon %s (pid %s) ended with exit status %s' \
      "$(date -u +%H:%M:%S)" "$attempt" "$pid" "$rc"
    [ "$rc" -gt 128 ] && printf ' (signal %s, SIG%s)' $((rc - 128)) "$(kill -l $((rc - 128)))"
    printf '\n  test programs running then:\n'
    ps -eo etimes=,args= | awk '$2 ~ /\/tst_[^\/]*$/ { print "    " $2 " (started " $1 " s before)" }'
  } >>"$DIR/ended"
  replace=--replace
done
