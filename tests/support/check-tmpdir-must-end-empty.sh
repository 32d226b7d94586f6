#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: tests/support/check-tmpdir-must-end-empty.sh <path to tmpdir-must-end-empty.sh>
# The guard around the whole test run: a run that leaves something in its TMPDIR fails and names
# it; a clean run keeps its exit code, and so does a failing one.
set -u
guard=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/td-check-tmpdir.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
# Runs the guard on a fresh folder; sets rc and err.
run() {
  rm -rf "$work/tmp"
  rc=0
  "$guard" "$work/tmp" "$@" 2>"$work/err" || rc=$?
  err=$(cat "$work/err")
}

run sh -c 'mktemp -d "$TMPDIR/tst_left-XXXXXX" >/dev/null'
[ "$rc" -eq 1 ] || fail "a run that left a folder exited $rc, expected 1"
case $err in *tst_left-*) ;; *) fail "the message does not name what was left: $err" ;; esac

run sh -c 'd=$(mktemp -d); [ "${d#"$TMPDIR"/}" != "$d" ] && rm -rf "$d"'
[ "$rc" -eq 0 ] || fail "a run that made its temporary folder under TMPDIR and removed it exited $rc: $err"

run sh -c 'exit 7'
[ "$rc" -eq 7 ] || fail "a failing run's exit code became $rc, expected 7"

run sh -c 'touch "$TMPDIR/x"; exit 3'
[ "$rc" -eq 3 ] || fail "a failing run that also left a file exited $rc, expected its own 3"

[ "$(stat -c %a "$work/tmp")" = 700 ] || fail "the folder is not private (mode $(stat -c %a "$work/tmp"))"

[ "$failures" -eq 0 ] || exit 1
echo "tmpdir-must-end-empty: all checks passed"
