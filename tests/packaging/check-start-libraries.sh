#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: check-start-libraries.sh <program>...
# What each program loads as it starts (the dynamic loader's list, as ldd prints it): libarchive,
# and with it libxml2, libacl and libbz2, are loaded only when a staged tarball is first read
# (core/stage/LibArchive.h, issue 18). Linking it again would add them to every start.
set -eu
fail() { echo "check-start-libraries: $*" >&2; exit 1; }
[ $# -gt 0 ] || fail "no program given"
for program in "$@"; do
  loaded=$(LD_TRACE_LOADED_OBJECTS=1 "$program") || fail "the loader could not list $program"
  # The list is real: Qt's core library is in it.
  printf '%s\n' "$loaded" | grep -q 'libQt6Core\.so' ||
    fail "$program: no libQt6Core in the loader's list:
$loaded"
  if printf '%s\n' "$loaded" | grep -q 'libarchive\.so'; then
    fail "$program loads libarchive as it starts (is it linked again?):
$(printf '%s\n' "$loaded" | grep 'libarchive\.so')"
  fi
  echo "ok: $(basename "$program") starts without libarchive ($(printf '%s\n' "$loaded" | wc -l) objects)"
done
