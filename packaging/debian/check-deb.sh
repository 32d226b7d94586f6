#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: packaging/debian/check-deb.sh <build-dir>   (make check-deb)
# Builds the .deb (cpack -G DEB), checks its Depends, runs lintian (no error allowed), installs
# the package and checks what got installed: tokendesk-cli --version, its man page, the desktop
# entry, the AppStream metadata, the completions. Then removes it again.
# Installing into the system needs CI=true (CI's machine is disposable) or
# TD_ALLOW_SYSTEM_INSTALL=1, and root; otherwise the package is unpacked into a temporary root
# (dpkg -x) and checked there.
set -eu
BUILD=$(cd "$1" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
fail() { echo "check-deb: $*" >&2; exit 1; }
step() { echo "check-deb: $*"; }

cd "$BUILD"
rm -f tokendesk_*.deb
step "building the package (cpack -G DEB)"
cpack -G DEB >cpack.log 2>&1 || { cat cpack.log >&2; fail "cpack failed (log above)"; }
deb=$(ls tokendesk_*.deb)
version=$(dpkg-deb -f "$deb" Version)
upstream=${version%-*}
changelog=$(dpkg-parsechangelog -l "$HERE/changelog" -S Version)
[ "$changelog" = "$version" ] ||
  fail "packaging/debian/changelog is at $changelog but the package is $version: add an entry"

step "Depends names what the programs load at run time"
depends=$(dpkg-deb -f "$deb" Depends)
# libarchive: loaded on first use (core/stage/LibArchive.h), so dpkg-shlibdeps cannot see it.
printf '%s\n' "$depends" | grep -q 'libarchive13' || fail "Depends has no libarchive13: $depends"

step "lintian $deb"
# Warnings are printed (and listed in docs/packaging.md); an error fails the check.
lintian_status=0
lintian --fail-on error --display-info "$deb" >lintian.log 2>&1 || lintian_status=$?
grep -v 'running with root privileges' lintian.log || true
[ "$lintian_status" -eq 0 ] || fail "lintian reported an error (exit status $lintian_status)"

installed_here=""
cleanup() {
  if [ -n "$installed_here" ]; then
    step "removing the package"
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq tokendesk >/dev/null || true
  fi
  [ -n "${root_tmp:-}" ] && rm -rf "$root_tmp"
  return 0
}
trap cleanup EXIT

ci=${CI:-}
if { [ "$ci" = true ] || [ "${TD_ALLOW_SYSTEM_INSTALL:-}" = 1 ]; } && [ "$(id -u)" -eq 0 ]; then
  if dpkg-query -W -f='${Status}' tokendesk 2>/dev/null | grep -q "install ok installed"; then
    fail "a tokendesk package is already installed; remove it first (apt-get purge tokendesk)"
  fi
  step "apt-get install ./$deb (system install: CI=${ci:-} TD_ALLOW_SYSTEM_INSTALL=${TD_ALLOW_SYSTEM_INSTALL:-})"
  installed_here=1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$deb" \
    >apt-install.log 2>&1 || { cat apt-install.log >&2; fail "apt-get install failed (log above)"; }
  root=""
  export PATH="/usr/bin:$PATH"
  unset MANPATH
else
  root_tmp=$(mktemp -d "${TMPDIR:-/tmp}/tokendesk-deb.XXXXXX")
  step "unpacking into $root_tmp (set TD_ALLOW_SYSTEM_INSTALL=1 as root to install it for real)"
  dpkg -x "$deb" "$root_tmp"
  root=$root_tmp
  export PATH="$root/usr/bin:$PATH" MANPATH="$root/usr/share/man"
fi

step "tokendesk-cli --version"
[ "$(command -v tokendesk-cli)" = "$root/usr/bin/tokendesk-cli" ] ||
  fail "tokendesk-cli resolves to $(command -v tokendesk-cli), not the package's"
out=$(tokendesk-cli --version 2>&1)
[ "$out" = "tokendesk-cli $upstream" ] || fail "tokendesk-cli --version printed '$out'"
out=$(QT_QPA_PLATFORM=offscreen tokendesk --version 2>/dev/null)
[ "$out" = "tokendesk $upstream" ] || fail "tokendesk --version printed '$out'"
tokendesk-sandbox --version >/dev/null || fail "tokendesk-sandbox --version failed"

step "man -P cat tokendesk-cli (and the other two pages)"
for page in tokendesk tokendesk-cli tokendesk-sandbox; do
  [ -f "$root/usr/share/man/man1/$page.1.gz" ] ||
    fail "$page.1.gz is not installed (does /etc/dpkg/dpkg.cfg.d exclude /usr/share/man?)"
done
man_text=$(MANWIDTH=80 man -P cat tokendesk-cli 2>&1) || fail "man tokendesk-cli failed: $man_text"
for word in NAME SYNOPSIS COMMANDS token trust; do
  printf '%s\n' "$man_text" | grep -q "$word" || fail "man tokendesk-cli has no '$word'"
done

step "desktop-file-validate and appstreamcli validate"
# The package's own files (a system install has other packages' entries beside them).
packaged() { dpkg-deb -c "$BUILD/$deb" | sed -n "s|.* \./\($1\)\$|\1|p"; }
desktop=$root/$(packaged 'usr/share/applications/.*\.desktop')
metainfo=$root/$(packaged 'usr/share/metainfo/.*\.xml')
[ -f "$desktop" ] && [ -f "$metainfo" ] || fail "no desktop entry or metainfo in the package"
desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop failed"
appstreamcli validate --no-net "$metainfo" >/dev/null || fail "appstreamcli validate failed"
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
command -v "${exec_line%% *}" >/dev/null || fail "the desktop entry runs '$exec_line', not on PATH"

step "completions"
bash -c ". '$root/usr/share/bash-completion/completions/tokendesk-cli' && complete -p tokendesk-cli" \
  >/dev/null || fail "the bash completion does not load"
if command -v zsh >/dev/null; then zsh -n "$root/usr/share/zsh/vendor-completions/_tokendesk-cli"; fi
if command -v fish >/dev/null; then
  fish --no-execute "$root/usr/share/fish/vendor_completions.d/tokendesk-cli.fish"
fi

step "OK: $deb"
