# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for tokendesk-cli. Commands, subcommands and flags are read from the
# program's own --help (English only, by design), so the completion follows the installed
# version; token ids come from 'tokendesk-cli completion-ids tokens' (the local cache: no
# network, no secret).

# The words of "<program> [command] --help": commands, subcommands, flags, choices.
# (completion-ids is the completions' own helper, not offered.)
_tokendesk_cli_commands() {
  "$1" --help 2>/dev/null | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z0-9-]*\) .*/\1/p' |
    grep -vx completion-ids
}
# The global options, then the command's own.
_tokendesk_cli_flags() {
  { "$1" --help | sed -n '/^Global options/,/^$/p'
    [ -n "${2:-}" ] && "$1" "$2" --help; } 2>/dev/null |
    grep -o -- '--[a-z][a-z0-9-]*' | sort -u
}
# Subcommands: the first word after "tokendesk-cli <command>" on the usage lines.
_tokendesk_cli_subcommands() {
  "$1" "$2" --help 2>/dev/null |
    sed -n "s/^\\(Usage:\\)\\{0,1\\} *tokendesk-cli $2 \\([a-z][a-z0-9-]*\\).*/\\2/p" | sort -u
}
# Choices after a subcommand, such as "ci login github|gitlab|circleci".
_tokendesk_cli_choices() {
  "$1" "$2" --help 2>/dev/null |
    sed -n "s/^\\(Usage:\\)\\{0,1\\} *tokendesk-cli $2 $3 \\([a-z]*|[a-z|]*\\).*/\\2/p" |
    tr '|' '\n' | sort -u
}
_tokendesk_cli_token_ids() {
  "$1" completion-ids tokens 2>/dev/null | cut -f1
}

_tokendesk_cli() {
  local program=${COMP_WORDS[0]} cur=${COMP_WORDS[COMP_CWORD]} prev=
  [ "$COMP_CWORD" -gt 0 ] && prev=${COMP_WORDS[COMP_CWORD-1]}
  COMPREPLY=()
  local i word command= sub= dashdash=
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    case "$word" in
      --) dashdash=$i ;;
      --registry|--timeout|--userconfig) ((i++)) ;;
      -*) ;;
      *) if [ -z "$command" ]; then command=$word
         elif [ -z "$sub" ]; then sub=$word; fi ;;
    esac
    [ -n "$dashdash" ] && break
  done

  # tokendesk-cli run [--token ID] -- <command>: complete the command, then its files.
  if [ -n "$dashdash" ]; then
    if [ $((dashdash + 1)) -eq "$COMP_CWORD" ]; then
      mapfile -t COMPREPLY < <(compgen -c -- "$cur")
    else
      mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    fi
    return 0
  fi

  case "$prev" in
    --token|--confirm)
      mapfile -t COMPREPLY < <(compgen -W "$(_tokendesk_cli_token_ids "$program")" -- "$cur")
      return 0 ;;
    --project)
      mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return 0 ;;
    --userconfig|--file)
      mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return 0 ;;
    --registry|--timeout|--name|--otp|--expires|--grace|--host|--api-url|--id|--repo|--env)
      return 0 ;;
  esac

  if [[ "$cur" == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$(_tokendesk_cli_flags "$program" "$command")" -- "$cur")
    return 0
  fi
  if [ -z "$command" ]; then
    mapfile -t COMPREPLY < <(compgen -W "$(_tokendesk_cli_commands "$program")" -- "$cur")
    return 0
  fi
  if [ -z "$sub" ]; then
    local subs
    subs=$(_tokendesk_cli_subcommands "$program" "$command")
    if [ -n "$subs" ]; then
      mapfile -t COMPREPLY < <(compgen -W "$subs" -- "$cur")
    elif [ "$command" = diagnose ]; then
      mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    fi
    return 0
  fi
  case "$command $sub" in
    "token rotate"|"token revoke"|"token rm")
      mapfile -t COMPREPLY < <(compgen -W "$(_tokendesk_cli_token_ids "$program")" -- "$cur")
      return 0 ;;
    "trust check"|"trust workflow")
      mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return 0 ;;
  esac
  mapfile -t COMPREPLY < <(compgen -W "$(_tokendesk_cli_choices "$program" "$command" "$sub")" -- "$cur")
  return 0
}
complete -F _tokendesk_cli tokendesk-cli
