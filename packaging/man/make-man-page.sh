#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: make-man-page.sh <program> <output.1.gz> <one-line description> [--commands]
# Writes the program's man page from its own --help and --version (help2man), so the page
# never drifts from the program. With --commands (tokendesk-cli), a COMMANDS section adds each
# command's own usage text ("<program> <command> --help"), in the order --help lists them.
set -eu
program=$1 output=$2 description=$3 commands=${4:-}
name=$(basename "$program")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# tokendesk is a Qt GUI program: --help must not need a display.
export QT_QPA_PLATFORM=offscreen
# Reproducible pages: help2man dates the page from SOURCE_DATE_EPOCH; unless the build sets it,
# that is the date of the release in packaging/debian/changelog, not the day of the build.
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  released=$(sed -n 's/^ -- .*>  //p' "$(dirname "$0")/../debian/changelog" | head -n 1)
  SOURCE_DATE_EPOCH=$(date -d "$released" +%s) && export SOURCE_DATE_EPOCH
fi
: > "$work/include"

# roff: a backslash is \e, a line starting with . or ' would be a request, - is a minus sign.
roff_text() { sed -e 's/\\/\\e/g' -e 's/-/\\-/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }

if [ "$commands" = "--commands" ]; then
  echo "[COMMANDS]" >> "$work/include"
  "$program" --help | sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z][a-z0-9-]*\) .*/\1/p' |
  while read -r command; do
    printf '.SS %s\n.nf\n' "$command" >> "$work/include"
    "$program" "$command" --help 2>/dev/null | roff_text >> "$work/include" || true
    printf '.fi\n' >> "$work/include"
  done
fi
cat >> "$work/include" <<SEE
[SEE ALSO]
.BR tokendesk (1),
.BR tokendesk\-cli (1),
.BR tokendesk\-sandbox (1),
.BR npm (1)
SEE

help2man --no-info --name="$description" --include="$work/include" \
  --output="$work/$name.1" "$program"
gzip -9n -c "$work/$name.1" > "$output"
