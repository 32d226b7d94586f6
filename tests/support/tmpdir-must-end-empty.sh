#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: tests/support/tmpdir-must-end-empty.sh <folder> <command> [args...]
# Runs the command with TMPDIR set to a new, private <folder>, which must be empty again when the
# command ends: what a test leaves in /tmp may hold a secret, and piles up run after run. The exit
# code is the command's, or 1 when it succeeded but left something behind (listed on stderr).
# run-headless.sh runs ctest through it; the caller removes <folder>.
set -u
TMPDIR=$1
shift
export TMPDIR
mkdir -m 700 "$TMPDIR" || exit 1
rc=0
"$@" || rc=$?
left=$(find "$TMPDIR" -mindepth 1 -maxdepth 1 -printf '  %f\n')
if [ -n "$left" ]; then
  printf 'tmpdir-must-end-empty: these were left behind in TMPDIR (%s):\n%s\n' "$TMPDIR" "$left" >&2
  [ "$rc" -ne 0 ] || rc=1
fi
exit "$rc"
