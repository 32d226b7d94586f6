#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every build and test dependency of TokenDesk on Debian 12 (bookworm).
# Idempotent: packages already present are skipped, and apt-get runs only when something is
# missing. Works as root, or through sudo for a normal user.
set -eu

# The line from "lintian" on is packaging's (make check-deb, man pages, completion tests):
# test set.
PACKAGES="
build-essential cmake ninja-build git ccache clang lld libclang-rt-14-dev
qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
qtkeychain-qt6-dev libsecret-1-0 nlohmann-json3-dev libssl-dev libyaml-cpp-dev libarchive-dev libsodium-dev zlib1g-dev pkg-config
xvfb xauth x11-utils x11-apps xdotool imagemagick fonts-dejavu-core
dbus dbus-x11 gnome-keyring libsecret-tools at-spi2-core python3 python3-dbus python3-gi
desktop-file-utils appstream clang-format
lintian man-db dpkg-dev fakeroot file help2man bash-completion fish zsh python3-yaml qt6-qpa-plugins
"
# npm is the client the sandbox is proven with (tests drive the real npm CLI); see ensure_npm.
NPM_VERSION=11.19.1

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi

missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

if [ -n "$missing" ]; then
  echo "install-build-deps: installing:$missing"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
else
  echo "install-build-deps: all Debian packages present"
fi

# The real npm CLI (11.x) for the integration tests. Debian's own npm is too old, so npm 11 comes
# from the npm registry on top of Node.js 20+ (present on the project's machines).
ensure_npm() {
  if ! command -v node >/dev/null 2>&1; then
    echo "install-build-deps: installing Debian's nodejs and npm"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm
  fi
  current=$(npm --version 2>/dev/null || echo 0)
  case "$current" in
    11.*) echo "install-build-deps: npm $current present" ;;
    *)
      echo "install-build-deps: npm $current found, installing npm@$NPM_VERSION"
      $SUDO npm install -g --no-audit --no-fund "npm@$NPM_VERSION"
      ;;
  esac
}
ensure_npm
