#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: tests/sanitizers/run-test.sh <test program> [args...]
# In a sanitizer build (-DTD_SANITIZE=...) ctest starts every test program through this script
# (CMake's CROSSCOMPILING_EMULATOR, set in cmake/TdOptions.cmake). It gives the test and every
# program the test starts (tokendesk-cli, tokendesk-sandbox, tokendesk: all sanitized too) one
# private report folder, then fails the test if anything was reported there — whatever the exit
# code, and even if the test only looked at a child's exit code or never looked at all.
# The options below are defaults: set ASAN_OPTIONS / UBSAN_OPTIONS / LSAN_OPTIONS to replace them.
HERE=$(cd "$(dirname "$0")" && pwd)
reports=$(mktemp -d "${TMPDIR:-/tmp}/td-sanitizer.XXXXXX") || exit 1
# ASan (and LeakSanitizer, which runs inside it): stop at the first error; check leaks at exit;
# also catch use of a stack variable after its function returned and static initialisation order.
: "${ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=0:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:detect_invalid_pointer_pairs=0:allocator_may_return_null=0}"
# UBSan: a stack trace with every finding; the build has -fno-sanitize-recover, so it stops.
: "${UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1}"
# Leaks inside third-party libraries only; every entry says why (lsan.supp).
: "${LSAN_OPTIONS=suppressions=$HERE/lsan.supp:print_suppressions=0}"
export ASAN_OPTIONS="$ASAN_OPTIONS:log_path=$reports/report" \
       UBSAN_OPTIONS="$UBSAN_OPTIONS:log_path=$reports/report" \
       LSAN_OPTIONS
rc=0
"$@" || rc=$?
if [ -n "$(ls -A "$reports")" ]; then
  for report in "$reports"/*; do
    echo "=== sanitizer report $(basename "$report") (the number is the process id) from $1 or a program it started:" >&2
    cat "$report" >&2
  done
  [ "$rc" -ne 0 ] || rc=1
  echo "run-test: the sanitizers reported the errors above; the test fails" >&2
fi
rm -rf "$reports"
exit "$rc"
