#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: check-man-pages.sh <man-dir> <tokendesk-cli> <tokendesk> <tokendesk-sandbox>
# Each man page the build wrote renders without a groff warning, and documents what the program's
# --help lists: every tokendesk-cli command (with its own usage section), every option of the
# other two.
set -eu
man_dir=$1 cli=$2 gui=$3 sandbox=$4
export QT_QPA_PLATFORM=offscreen MANWIDTH=200
fail() { echo "FAIL: $*" >&2; exit 1; }

render() { # the page as text; groff's warnings (-ww) go to stderr, and any fails the test
  page="$man_dir/$1.1.gz"
  [ -s "$page" ] || fail "$page was not built"
  warnings=$(man --warnings=w -l -P cat "$page" 2>&1 >/dev/null) || fail "man $1 failed: $warnings"
  [ -z "$warnings" ] || fail "groff warns about $1.1: $warnings"
  text=$(man -l -P cat "$page" 2>/dev/null)
  # The page is the program's: its title line, and NAME says "<program> - ...".
  upper=$(printf '%s' "$1" | tr '[:lower:]' '[:upper:]')
  printf '%s\n' "$text" | head -n 1 | grep -q "^$upper(1) " || fail "$1.1 is titled: $(printf '%s\n' "$text" | head -n 1)"
  printf '%s\n' "$text" | grep -A1 '^NAME' | grep -q "^ *$1 - " || fail "$1.1 has no NAME line for $1"
  printf '%s\n' "$text"
}

checked=0
text=$(render tokendesk-cli)
commands=$("$cli" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z0-9-]*\) .*/\1/p')
[ -n "$commands" ] || fail "tokendesk-cli --help lists no command"
for command in $commands; do
  # Under COMMANDS, as a sub-heading of its own, with its usage line.
  printf '%s\n' "$text" | grep -qx "   $command" || fail "tokendesk-cli(1) has no section for '$command'"
  usage=$("$cli" "$command" --help 2>/dev/null | head -n 1 | sed 's/  */ /g')
  if [ -n "$usage" ]; then
    printf '%s\n' "$text" | sed 's/  */ /g' | grep -qF -- "$usage" ||
      fail "tokendesk-cli(1) lacks '$command --help': $usage"
  fi
  checked=$((checked + 1))
done
for option in $("$cli" --help | sed -n '/^Global options/,/^$/p' | grep -o -- '--[a-z-]*'); do
  printf '%s\n' "$text" | grep -q -- "$option" || fail "tokendesk-cli(1) lacks $option"
  checked=$((checked + 1))
done

for program in "$gui" "$sandbox"; do
  name=$(basename "$program")
  text=$(render "$name")
  options=$("$program" --help | grep -o -- '--[a-z][a-z-]*' | sort -u)
  [ -n "$options" ] || fail "$name --help lists no option"
  for option in $options; do
    printf '%s\n' "$text" | grep -q -- "$option" || fail "$name(1) lacks $option"
    checked=$((checked + 1))
  done
  version=$("$program" --version | awk '{print $2}')
  printf '%s\n' "$text" | grep -q "$name $version" || fail "$name(1) is not of version $version"
done
echo "man pages: $checked commands and options documented"
