#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: check-bash-completion.sh <completion-script> <tokendesk-cli>
# Loads the bash completion in a clean bash, checks it is registered for tokendesk-cli
# (complete -p), then presses Tab through COMP_WORDS/COMP_CWORD as bash does: commands from
# --help, subcommands, flags, choices, and token ids from a token cache written here.
set -euo pipefail
script=$1 cli=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The CLI reads the token cache from $XDG_DATA_HOME/tokendesk/token-cache (as the app writes it).
export XDG_DATA_HOME=$work/data HOME=$work/home XDG_RUNTIME_DIR=$work
mkdir -p "$XDG_DATA_HOME/tokendesk/token-cache" "$HOME"
cat > "$XDG_DATA_HOME/tokendesk/token-cache/tokens-0123456789abcdef01234567.json" <<'JSON'
{"version": 1, "accountId": "alice@registry.npmjs.org", "syncedAt": "2026-12-01T10:00:00.000Z",
 "tokens": [
  {"key": "6f2c1a90-5b1e-4c1d-9a36-0c2f4e8d7b11", "name": "ci publish"},
  {"key": "a81d0c57-2e44-4f0b-8d1c-9b3e5f7a6c22", "name": "laptop read-only"},
  {"key": "ffffffff-0000-4000-8000-000000000000", "name": "gone",
   "revoked": "2026-11-30T10:00:00.000Z"}]}
JSON
ln -s "$(cd "$(dirname "$cli")" && pwd)/$(basename "$cli")" "$work/tokendesk-cli"
export PATH="$work:$PATH"

# shellcheck source=/dev/null
source "$script"
registered=$(complete -p tokendesk-cli) || fail "no completion registered for tokendesk-cli"
[[ $registered == *"-F _tokendesk_cli tokendesk-cli" ]] || fail "registered as: $registered"

checks=0
# expect "<expected candidates, sorted, space-separated>" words... (the last word is the one
# being completed)
expect() {
  local want=$1; shift
  COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _tokendesk_cli
  local got
  got=$(printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | sort | tr '\n' ' ' | sed 's/ $//')
  [[ $got == "$want" ]] || fail "completing '$*': got '$got', want '$want'"
  checks=$((checks + 1))
}
# contains "<one candidate>" words...
contains() {
  local want=$1; shift
  COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
  _tokendesk_cli
  # Compared in the shell, not piped to grep -q: under pipefail, grep leaving at the first match
  # can kill printf with SIGPIPE (bash writes a line at a time) and fail a completion it offers.
  local candidate
  for candidate in "${COMPREPLY[@]}"; do
    if [[ $candidate == "$want" ]]; then
      checks=$((checks + 1))
      return
    fi
  done
  fail "completing '$*' does not offer '$want' (got: ${COMPREPLY[*]})"
}

# Every command tokendesk-cli --help lists (but the completions' own helper) is offered.
commands=$(tokendesk-cli --help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z0-9-]*\) .*/\1/p' |
  grep -vx completion-ids | sort | tr '\n' ' ' | sed 's/ $//')
[[ -n $commands ]] || fail "tokendesk-cli --help lists no command"
expect "$commands" tokendesk-cli ""
expect "$commands" tokendesk-cli --registry https://registry.example/ ""
expect "token trust" tokendesk-cli t
expect "create list revoke rotate" tokendesk-cli token ""
expect "login logout status" tokendesk-cli ci ""
expect "circleci github gitlab" tokendesk-cli ci login ""
contains approve tokendesk-cli stage ""
contains check tokendesk-cli trust ""
# Flags: the global ones, and the command's own.
contains --registry tokendesk-cli --
contains --json tokendesk-cli whoami --
contains --packages-and-scopes-permission tokendesk-cli token create --pack
contains --password-stdin tokendesk-cli token create --
expect "--bypass-2fa" tokendesk-cli token create --by
# Token ids: the cached, unrevoked ones, after rotate/revoke and run --token.
expect "6f2c1a90-5b1e-4c1d-9a36-0c2f4e8d7b11 a81d0c57-2e44-4f0b-8d1c-9b3e5f7a6c22" \
  tokendesk-cli token revoke ""
expect "a81d0c57-2e44-4f0b-8d1c-9b3e5f7a6c22" tokendesk-cli token rotate a8
expect "6f2c1a90-5b1e-4c1d-9a36-0c2f4e8d7b11 a81d0c57-2e44-4f0b-8d1c-9b3e5f7a6c22" \
  tokendesk-cli run --token ""
# run ... -- <command>: a program from PATH.
contains tokendesk-cli tokendesk-cli run --token x -- tokendesk-c
# No cache: no ids, and no error.
rm -rf "$XDG_DATA_HOME/tokendesk"
expect "" tokendesk-cli token revoke ""
echo "bash completion: $checks completions checked"
