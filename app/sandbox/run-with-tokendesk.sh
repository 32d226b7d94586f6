#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `make sandbox`: starts tokendesk-sandbox with the demo seed on a free loopback port, then opens
# tokendesk pointed at it. Your real tokens and ~/.npmrc are never touched: the app runs with a
# throw-away data folder. Stop with Ctrl+C or by quitting the app.
set -eu
BUILD=$(cd "${1:-build}" && pwd)
state=$(mktemp -d "${TMPDIR:-/tmp}/tokendesk-sandbox.XXXXXX")
"$BUILD/app/sandbox/tokendesk-sandbox" --seed demo >"$state/sandbox.log" 2>&1 &
sandbox=$!
trap 'kill $sandbox 2>/dev/null || true; rm -rf "$state"' EXIT INT TERM
i=0
until url=$(head -n 1 "$state/sandbox.log" 2>/dev/null) && [ -n "$url" ]; do
  i=$((i+1)); [ $i -lt 100 ] || { echo "the sandbox did not start; see $state/sandbox.log" >&2; exit 1; }
  sleep 0.1
done
echo "Sandbox registry: $url  (sign in as maintainer / sandbox-password, TOTP secret JBSWY3DPEHPK3PXP)"
XDG_DATA_HOME="$state/data" XDG_CONFIG_HOME="$state/config" \
  "$BUILD/app/desktop/tokendesk" --registry "$url"
