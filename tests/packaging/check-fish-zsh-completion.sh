#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: check-fish-zsh-completion.sh <fish-script> <zsh-script> <tokendesk-cli>
# fish: loads the completion and asks fish itself what Tab offers (complete -C).
# zsh: the completion function runs in a real zsh with words/CURRENT set as the completion
# system sets them, and with compadd/_describe recording what would be offered.
# Both shells are in the test set of packaging/debian/install-build-deps.sh.
set -euo pipefail
fish_script=$1 zsh_script=$2 cli=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v fish >/dev/null || fail "fish is not installed (packaging/debian/install-build-deps.sh)"
command -v zsh >/dev/null || fail "zsh is not installed (packaging/debian/install-build-deps.sh)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME=$work/data HOME=$work/home XDG_RUNTIME_DIR=$work XDG_CONFIG_HOME=$work/config
mkdir -p "$XDG_DATA_HOME/tokendesk/token-cache" "$HOME"
cat > "$XDG_DATA_HOME/tokendesk/token-cache/tokens-0123456789abcdef01234567.json" <<'JSON'
{"version": 1, "accountId": "alice@registry.npmjs.org", "syncedAt": "2026-12-01T10:00:00.000Z",
 "tokens": [{"key": "6f2c1a90-5b1e-4c1d-9a36-0c2f4e8d7b11", "name": "ci publish"}]}
JSON
ln -s "$(cd "$(dirname "$cli")" && pwd)/$(basename "$cli")" "$work/tokendesk-cli"
export PATH="$work:$PATH"
commands=$(tokendesk-cli --help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z0-9-]*\) .*/\1/p' |
  grep -vx completion-ids | sort | tr '\n' ' ' | sed 's/ $//')
checks=0

fish --no-execute "$fish_script" || fail "fish: syntax error in $fish_script"
fish_offers() { # the candidates (without descriptions) fish offers for a command line
  fish --no-config -c "source '$fish_script'; complete -C '$1'" | cut -f1 | sort | tr '\n' ' ' |
    sed 's/ $//'
}
fish_expect() {
  local got; got=$(fish_offers "$2")
  [[ $got == "$1" ]] || fail "fish, '$2': got '$got', want '$1'"
  checks=$((checks + 1))
}
fish_expect "$commands" "tokendesk-cli "
fish_expect "$commands" "tokendesk-cli --registry https://registry.example/ "
fish_expect "create list revoke rotate" "tokendesk-cli token "
fish_expect "circleci github gitlab" "tokendesk-cli ci login "
fish_expect "6f2c1a90-5b1e-4c1d-9a36-0c2f4e8d7b11" "tokendesk-cli token revoke "
fish_expect "6f2c1a90-5b1e-4c1d-9a36-0c2f4e8d7b11" "tokendesk-cli run --token "
fish_expect "--json" "tokendesk-cli whoami --j"
fish_expect "--bypass-2fa" "tokendesk-cli token create --by"

zsh -n "$zsh_script" || fail "zsh: syntax error in $zsh_script"
zsh_expect() {
  local want=$1; shift
  local got
  # The completion system's words array: the program first, the word being completed last.
  got=$(words_list=("$@"); ZSH_WORDS="${words_list[*]}" \
    zsh -f -c '
      words=(${(s: :)ZSH_WORDS}); [[ $ZSH_WORDS == *" " ]] && words+=("")
      CURRENT=${#words}
      offered=()
      compadd() { local a; if [[ $1 == -a ]]; then offered+=(${(P)2}); else
        for a in "$@"; do [[ $a == -* ]] || offered+=($a); done; fi }
      _describe() { offered+=(${${(P)4}%%:*}); }
      _files() { offered+=("<files>"); }
      _directories() { offered+=("<directories>"); }
      _message() { }
      _command_names() { offered+=("<commands>"); }
      source "$1"
      print -rl -- $offered | sort -u' zsh "$zsh_script" | tr '\n' ' ' | sed 's/ $//')
  [[ $got == "$want" ]] || fail "zsh, '$*': got '$got', want '$want'"
  checks=$((checks + 1))
}
zsh_expect "$commands" tokendesk-cli ""
zsh_expect "create list revoke rotate" tokendesk-cli token ""
zsh_expect "circleci github gitlab" tokendesk-cli ci login ""
zsh_expect "6f2c1a90-5b1e-4c1d-9a36-0c2f4e8d7b11" tokendesk-cli token revoke ""
zsh_expect "6f2c1a90-5b1e-4c1d-9a36-0c2f4e8d7b11" tokendesk-cli run --token ""
zsh_expect "<directories>" tokendesk-cli doctor --project ""
zsh_expect "--help --json --registry --timeout --userconfig --version" tokendesk-cli whoami --
echo "fish and zsh completions: $checks completions checked"
