#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: tests/support/keyring-daemon.sh <folder>
# Runs the harness's gnome-keyring-daemon (secrets only; the login keyring created or unlocked
# with the harness password) in the foreground, as a child of this script, so that its end is
# seen. Started with --unlock alone it forks away, prints nothing anywhere and its end is
# silent: D-Bus activation then starts a new daemon whose login keyring is locked, and every later
# test fails with KEYCHAIN_LOCKED for no visible reason.
#
# <folder>/pid    the daemon's pid, once it runs;
# <folder>/log    what the daemon printed (its g_error or g_critical before an abort);
# <folder>/ended  written only if the daemon ends before <folder>/stop exists: when, how (exit
#                 status or signal), and which test programs were running then.
# run-headless.sh creates <folder>/stop before it ends the daemon, and prints <folder>/ended and
# the log's tail if they exist.
set -u
DIR=$1
printf '%s' 'test-keyring-pass' \
  | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>"$DIR/log" &
pid=$!
echo "$pid" >"$DIR/pid"
rc=0
wait "$pid" || rc=$?
[ -e "$DIR/stop" ] && exit 0
{
  printf 'at %s UTC, exit status %s' "$(date -u +%H:%M:%S)" "$rc"
  [ "$rc" -gt 128 ] && printf ' (signal %s, SIG%s)' $((rc - 128)) "$(kill -l $((rc - 128)))"
  printf '\n  test programs running then:\n'
  ps -eo etimes=,args= | awk '$2 ~ /\/tst_[^\/]*$/ { print "    " $2 " (started " $1 " s before)" }'
} >"$DIR/ended.tmp"
mv "$DIR/ended.tmp" "$DIR/ended"
