#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: packaging/debian/install-build-deps.sh run|test [--npm-prefix DIR]
# Installs what TokenDesk needs on Debian 12 (bookworm), skipping what is present:
#   run   what building and running the three programs need (`make run`)
#   test  the same plus the test stack: Xvfb, D-Bus, gnome-keyring, the tools the tests drive,
#         clang for the sanitizer build, clang-tidy and clazy for the static analysis (make tidy,
#         make clazy), and the npm 11 CLI the integration tests use
#         (`make test`). npm goes into DIR (default build/npm) with `npm install --prefix`,
#         never over the npm installed for the whole system; tests/run-headless.sh puts
#         DIR/node_modules/.bin first on PATH.
# apt-get runs only when something is missing, as root or through sudo. Every problem is one
# line on stderr and a non-zero exit: nothing half-installed, no stack of errors.
set -eu

# The test set's line from "lintian" on is packaging's (make package/check-deb, man pages,
# completion tests).
RUNTIME_PACKAGES="
build-essential cmake ninja-build pkg-config
qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
qtkeychain-qt6-dev libsecret-1-0 nlohmann-json3-dev libssl-dev libyaml-cpp-dev libarchive-dev
libsodium-dev nettle-dev zlib1g-dev libfontconfig-dev
"
TEST_PACKAGES="
xvfb xauth x11-utils x11-apps xdotool imagemagick fonts-dejavu-core
dbus dbus-x11 gnome-keyring libsecret-tools at-spi2-core python3 python3-dbus python3-gi
desktop-file-utils appstream clang-format clang lld libclang-rt-14-dev git ccache
clang-tidy-14 clazy
lintian man-db dpkg-dev fakeroot file help2man bash-completion fish zsh python3-yaml qt6-qpa-plugins
"
# npm is the client the sandbox is proven with (the tests drive the real npm CLI). npm 11 runs
# on Node.js 20.17 or later; Debian 12's own nodejs is 18.
NPM_VERSION=11.19.1
NPM_MIN_MINOR=15 # the tests need npm 11.15 or later (tests/sandbox/NpmCli.cpp)
NODE_MIN_MAJOR=20
NODE_MIN_MINOR=17

say() { printf 'install-build-deps: %s\n' "$*"; }
fail() {
  printf 'install-build-deps: %s\n' "$*" >&2
  exit 1
}

mode=${1:-}
case "$mode" in
  run | test) shift ;;
  *) fail "usage: $0 run|test [--npm-prefix DIR]" ;;
esac
npm_prefix=build/npm
while [ $# -gt 0 ]; do
  case "$1" in
    --npm-prefix) [ $# -ge 2 ] || fail "--npm-prefix needs a folder"; npm_prefix=$2; shift 2 ;;
    *) fail "unknown argument $1 (usage: $0 run|test [--npm-prefix DIR])" ;;
  esac
done

packages=$RUNTIME_PACKAGES
[ "$mode" = run ] || packages="$RUNTIME_PACKAGES $TEST_PACKAGES"

# "20.17.0" from "v20.17.0"; succeeds when it is at least NODE_MIN_MAJOR.NODE_MIN_MINOR.
node_new_enough() {
  v=${1#v}
  major=${v%%.*}
  rest=${v#*.}
  minor=${rest%%.*}
  case "$major$minor" in '' | *[!0-9]*) return 1 ;; esac
  [ "$major" -gt "$NODE_MIN_MAJOR" ] ||
    { [ "$major" -eq "$NODE_MIN_MAJOR" ] && [ "$minor" -ge "$NODE_MIN_MINOR" ]; }
}

# npm 11.15 or later: what the tests need.
npm_usable() {
  case "$1" in
    11.*) minor=${1#11.}; minor=${minor%%.*} ;;
    *) return 1 ;;
  esac
  case "$minor" in '' | *[!0-9]*) return 1 ;; esac
  [ "$minor" -ge "$NPM_MIN_MINOR" ]
}

# Node first: without a new enough one, the test stack cannot work, so nothing is installed.
if [ "$mode" = test ]; then
  need="npm $NPM_VERSION needs Node.js $NODE_MIN_MAJOR.$NODE_MIN_MINOR or later"
  how="install Node.js 20 or later from NodeSource (https://github.com/nodesource/distributions), nvm (https://github.com/nvm-sh/nvm) or bookworm-backports, then run make test again"
  if ! command -v node >/dev/null 2>&1; then
    fail "$need and no node was found (Debian 12's nodejs is 18, too old): $how"
  fi
  node_version=$(node --version 2>/dev/null || true)
  if ! node_new_enough "$node_version"; then
    fail "$need, found ${node_version:-an unknown version} at $(command -v node): $how"
  fi
fi

missing=""
for p in $packages; do
  case "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" in
    *"install ok installed") ;;
    *) missing="$missing $p" ;;
  esac
done

if [ -z "$missing" ]; then
  say "all Debian packages for '$mode' are present"
else
  if [ "$(id -u)" -eq 0 ]; then
    as_root=""
  elif command -v sudo >/dev/null 2>&1; then
    as_root="sudo"
  else
    fail "not root and no sudo: as root, run: apt-get install -y --no-install-recommends$missing"
  fi
  say "installing:$missing"
  $as_root apt-get update -qq
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
fi

[ "$mode" = test ] || exit 0

# The npm CLI for the tests: the build's own copy, else an npm 11.15+ already on PATH, else
# npm@NPM_VERSION installed into the build folder by whatever npm is there.
local_npm="$npm_prefix/node_modules/.bin/npm"
if [ -x "$local_npm" ] && npm_usable "$("$local_npm" --version 2>/dev/null || true)"; then
  say "npm $("$local_npm" --version) present in $npm_prefix"
  exit 0
fi
path_npm=$(npm --version 2>/dev/null || true)
if npm_usable "$path_npm"; then
  say "npm $path_npm present at $(command -v npm)"
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  fail "no npm came with node $(node --version): install npm for it (NodeSource's and nvm's Node.js include npm), then run make test again"
fi
say "npm ${path_npm:-?} found; installing npm@$NPM_VERSION into $npm_prefix (your own npm stays as it is)"
mkdir -p "$npm_prefix"
npm install --prefix "$npm_prefix" --no-audit --no-fund --no-save "npm@$NPM_VERSION"
