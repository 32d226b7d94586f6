# SPDX-License-Identifier: GPL-3.0-or-later
# fish completion for tokendesk-cli: commands, subcommands and flags from the program's own
# --help (so they follow the installed version), token ids from 'tokendesk-cli completion-ids
# tokens' (the local cache: no network, no secret).

# The command line's words after the program, without global options and their values.
function __tokendesk_cli_words
    set -l tokens (commandline -opc)
    set -l words
    set -l skip 0
    for t in $tokens[2..-1]
        if test $skip -eq 1
            set skip 0
            continue
        end
        switch $t
            case --registry --timeout --userconfig
                set skip 1
            case '-*'
            case '*'
                set -a words $t
        end
    end
    test (count $words) -gt 0; and printf '%s\n' $words
end

function __tokendesk_cli_program
    set -l tokens (commandline -opc)
    echo $tokens[1]
end

function __tokendesk_cli_commands
    set -l program (__tokendesk_cli_program)
    $program --help 2>/dev/null | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z0-9-]*\)  *\(.*\)/\1\t\2/p' | string match -v -r '^completion-ids\t'
end

function __tokendesk_cli_flags
    set -l words (__tokendesk_cli_words)
    set -l program (__tokendesk_cli_program)
    begin
        $program --help | sed -n '/^Global options/,/^$/p'
        test (count $words) -ge 1; and $program $words[1] --help
    end 2>/dev/null | string match -a -r -- '--[a-z][a-z0-9-]*' | sort -u
end

# Subcommands while only the command is typed; then choices ("ci login github|gitlab") or ids.
function __tokendesk_cli_arguments
    set -l words (__tokendesk_cli_words)
    set -l program (__tokendesk_cli_program)
    switch (count $words)
        case 0
            __tokendesk_cli_commands
        case 1
            set -l subs ($program $words[1] --help 2>/dev/null | sed -n "s/^\(Usage:\)\{0,1\} *tokendesk-cli $words[1] \([a-z][a-z0-9-]*\).*/\2/p" | sort -u)
            if test (count $subs) -gt 0
                printf '%s\n' $subs
            else if test $words[1] = diagnose
                __fish_complete_path (commandline -ct)
            end
        case '*'
            switch "$words[1] $words[2]"
                case 'token rotate' 'token revoke' 'token rm'
                    $program completion-ids tokens 2>/dev/null
                case 'trust check' 'trust workflow'
                    __fish_complete_directories (commandline -ct)
                case '*'
                    $program $words[1] --help 2>/dev/null | sed -n "s/^\(Usage:\)\{0,1\} *tokendesk-cli $words[1] $words[2] \([a-z]*|[a-z|]*\).*/\2/p" | string split '|' | sort -u
            end
    end
end

complete -c tokendesk-cli -f
complete -c tokendesk-cli -n 'not __tokendesk_cli_after_id_flag; and not string match -q -- "-*" (commandline -ct)' -a '(__tokendesk_cli_arguments)'
complete -c tokendesk-cli -n 'string match -q -- "-*" (commandline -ct)' -a '(__tokendesk_cli_flags)'
function __tokendesk_cli_after_id_flag
    set -l tokens (commandline -opc)
    contains -- $tokens[-1] --token --confirm
end

function __tokendesk_cli_ids
    set -l program (__tokendesk_cli_program)
    $program completion-ids tokens 2>/dev/null
end

complete -c tokendesk-cli -n __tokendesk_cli_after_id_flag -x -a '(__tokendesk_cli_ids)'
