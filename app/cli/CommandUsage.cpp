// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandUsage.h"

#include <QCoreApplication>

namespace td::cli {

QString commandUsage(const QString &command)
{
    // Literal contexts and texts, so lupdate files every string where it is looked up.
    if (command == QLatin1String("ci"))
        return QCoreApplication::translate(
            "td::cli::Usage",
            "Usage: tokendesk-cli ci login github|gitlab|circleci [--host HOST] [--api-url URL]\n"
            "           [--with-token | --from-gh]\n"
            "       tokendesk-cli ci status [--project DIR]... [--json]\n"
            "       tokendesk-cli ci logout github|gitlab|circleci [--host HOST]\n\n"
            "Signs in to a CI service so 'token rotate' and 'migrate --apply' update its\n"
            "secrets themselves: push the new token, verify it, wait the grace period, then\n"
            "revoke the old one. The credential is kept in the keychain.\n\n"
            "  --with-token    read the token from standard input (never from an argument)\n"
            "  --from-gh       reuse the GitHub CLI's sign-in ('gh auth token')\n"
            "  (neither)       sign in in the browser with a one-time code (GitHub, GitLab)\n"
            "  --host HOST     GitHub Enterprise or self-managed GitLab (default the public one)\n"
            "  --api-url URL   the API base, when it is not the host's usual one\n"
            "  --project DIR   status: the CI secrets this project's workflows read");
    if (command == QLatin1String("diagnose"))
        return QCoreApplication::translate(
            "td::cli::Usage",
            "Usage: tokendesk-cli diagnose <log-file|->\n\n"
            "Reads the log of a failed CI publish (a file, or - for standard input) and prints\n"
            "the likely causes, most likely first, each with a concrete fix.");
    if (command == QLatin1String("doctor"))
        return QCoreApplication::translate(
            "td::cli::Usage",
            "Usage: tokendesk-cli doctor [--project DIR]... [--userconfig FILE]\n\n"
            "Finds every npm token on this computer (npm's config files, project folders,\n"
            "the environment, .yarnrc.yml and CI workflows) and checks each against the\n"
            "account. Exit status 1 when a classic, dead or soon-expiring token is in use.\n\n"
            "  --project DIR      also scan this project folder (repeatable)\n"
            "  --userconfig FILE  the user config to read instead of ~/.npmrc\n"
            "  --json             (global) the findings as JSON");
    if (command == QLatin1String("login"))
        return QCoreApplication::translate(
            "td::cli::Usage",
            "Usage: tokendesk-cli login [--auth-type web|legacy] [--username NAME "
            "--password-stdin] [--otp CODE] [--scope @SCOPE]\n\n"
            "Signs in and keeps the 2-hour session in the keychain.\n\n"
            "  --auth-type web     sign in in the browser (the default)\n"
            "  --auth-type legacy  user name and password (read from standard input)\n"
            "  --otp CODE          the one-time password, if the account asks for one\n"
            "  --scope @SCOPE      sign in to the scope's registry (@SCOPE:registry in .npmrc)");
    if (command == QLatin1String("logout"))
        return QCoreApplication::translate(
            "td::cli::Usage",
            "Usage: tokendesk-cli logout [--scope @SCOPE]\n\n"
            "Ends the session on the registry and removes it from the keychain.\n\n"
            "  --scope @SCOPE      the scope's registry (@SCOPE:registry in .npmrc)");
    if (command == QLatin1String("migrate"))
        return QCoreApplication::translate(
            "td::cli::Usage",
            "Usage: tokendesk-cli migrate [--project DIR]... [--choose ROW=ACTION]... "
            "[--to stage-only] [--apply]\n"
            "       tokendesk-cli migrate --confirm ROW|TOKEN\n"
            "       tokendesk-cli migrate --resume | --rollback\n\n"
            "Plans the move off classic and long-lived tokens: one row per token in use.\n\n"
            "  --apply             create the replacements, rewrite every reference, verify,\n"
            "                      then revoke the old tokens (journaled, crash-safe)\n"
            "  --no-ci             do not update CI secrets (confirm them by hand instead)\n"
            "  --grace MINUTES     keep the old token this long after the CI secrets were\n"
            "                      updated (default 10; 0 allowed)\n"
            "  --choose ROW=ACTION change a row's action, e.g. 2=create-read-only\n"
            "  --to stage-only     replace every direct-publish token in use by a stage-only\n"
            "                      token (January 2027); keep the other rows\n"
            "  --confirm ROW|TOKEN you updated a CI secret or variable: revoke the old token\n"
            "  --resume, --rollback finish or undo an interrupted run\n"
            "  --otp CODE, --password-stdin  the second factor and the password");
    if (command == QLatin1String("publishing"))
        return QCoreApplication::translate(
            "td::cli::Usage",
            "Usage: tokendesk-cli publishing [--json] [--project DIR]... [--userconfig FILE]\n\n"
            "Every package you can publish, how it gets published today (trusted publishers,\n"
            "tokens and where they are used, the last release) and whether that survives\n"
            "January 2027, when npm ends direct publishing with tokens. For each package at\n"
            "risk it prints the way out. Exit status 1 while any package is at risk.");
    if (command == QLatin1String("run"))
        return QCoreApplication::translate(
            "td::cli::Usage",
            "Usage: tokendesk-cli run [--token ID] -- <command> [arguments]\n\n"
            "Runs the command with a stored token in NODE_AUTH_TOKEN and NPM_TOKEN, only in\n"
            "its environment: no .npmrc line, nothing on the command line.");
    if (command == QLatin1String("stage"))
        return QCoreApplication::translate(
            "td::cli::Usage",
            "Usage: tokendesk-cli stage list [<package>]\n"
            "       tokendesk-cli stage view <stage-id>\n"
            "       tokendesk-cli stage download <stage-id>\n"
            "       tokendesk-cli stage diff <stage-id>\n"
            "       tokendesk-cli stage approve <stage-id>... | --all [--package P]\n"
            "       tokendesk-cli stage reject <stage-id>... | --all [--package P]\n\n"
            "Staged versions wait, unpublished, until a maintainer approves them with 2FA.\n"
            "list, view and download print what npm stage prints; list covers every account\n"
            "signed in to the registry, the other subcommands the one signed in last. diff\n"
            "compares a staged tarball with the last published version (files, package.json,\n"
            "install scripts).\n\n"
            "  --otp CODE              one code for the whole batch, reused while it is valid\n"
            "  --auth-type web|legacy  a browser approval per version (default), or a code\n"
            "  --project DIR           approve in the dependency order of this workspace\n"
            "  --json                  machine-readable output");
    if (command == QLatin1String("token"))
        return QCoreApplication::translate(
            "td::cli::Usage",
            "Usage: tokendesk-cli token list|ls [--parseable]\n"
            "       tokendesk-cli token create --name NAME [--packages P,..] [--scopes @S,..]\n"
            "           [--packages-all] [--packages-and-scopes-permission read-only|read-write]\n"
            "           [--orgs O,..] [--orgs-permission ...] [--expires DAYS] [--cidr RANGES]\n"
            "           [--bypass-2fa] [--token-description TEXT] --password-stdin [--otp CODE]\n"
            "       tokendesk-cli token rotate <id|prefix> --password-stdin [--no-ci] [--grace "
            "MINUTES]\n"
            "       tokendesk-cli token revoke|rm|delete|remove <id|prefix> [--otp CODE]");
    if (command == QLatin1String("trust"))
        return QCoreApplication::translate(
            "td::cli::Usage",
            "Usage: tokendesk-cli trust list [<package> | --all [DIR]]\n"
            "       tokendesk-cli trust github [<package> | --all [DIR]] --repo OWNER/REPO --file "
            "NAME [--env NAME]\n"
            "       tokendesk-cli trust gitlab [<package> | --all [DIR]] --project PATH --file "
            "NAME "
            "[--env NAME]\n"
            "       tokendesk-cli trust circleci [<package>] --org-id ID --project-id ID\n"
            "           --pipeline-definition-id ID --vcs-origin ORIGIN [--context-id ID]...\n"
            "       tokendesk-cli trust revoke <package> --id ID [--dry-run]\n"
            "       tokendesk-cli trust check [DIR]\n\n"
            "  --allow-publish, --allow-stage-publish  what the workflow may do\n"
            "  --auth-type web|legacy  approve in the browser (one approval, ticking \"skip 2FA\n"
            "                          for 5 minutes\", covers --all) or type a code\n"
            "  --otp CODE              the one-time password\n"
            "  --dry-run               show what would be done");
    if (command == QLatin1String("completion-ids"))
        return QCoreApplication::translate(
            "td::cli::Usage",
            "Usage: tokendesk-cli completion-ids tokens\n\n"
            "Prints the ids of the tokens in TokenDesk's local cache, one per line, for the\n"
            "bash, zsh and fish completions. No network, no keychain, no secret.");
    if (command == QLatin1String("verify"))
        return QCoreApplication::translate(
            "td::cli::Usage",
            "Usage: tokendesk-cli verify <package>[@<version>] [--all-versions] [--trust-root "
            "FILE] [--json]\n\n"
            "Checks who published a version (the latest by default): the registry's signature,\n"
            "the provenance bundle, and the repository, workflow, ref and trigger in its\n"
            "certificate against the package's remembered trust configs and earlier releases.\n"
            "Exit status 1 when a version is suspicious or failed.\n\n"
            "  --all-versions     every version, oldest first\n"
            "  --trust-root FILE  trust data to use instead of the shipped Sigstore and npm keys\n"
            "                     (a trusted_root.json, such as the sandbox's "
            "/-/sandbox/trusted-root)\n"
            "  --json             the checks and verdicts as JSON");
    if (command == QLatin1String("lockdown"))
        return QCoreApplication::translate(
            "td::cli::Usage",
            "Usage: tokendesk-cli lockdown <package>... [--dry-run] [--otp CODE] [--skip STEP]...\n"
            "                              [--bad VERSION]... [--keep-ci-tokens] [--report FILE]\n"
            "                              [--trust-root FILE]\n"
            "       tokendesk-cli lockdown --resume [--otp CODE] [--report FILE]\n\n"
            "Responds to a compromised release. Reads each package, your tokens and the bad\n"
            "versions (--bad, else the publish watch's open alarms), prints the plan, then checks\n"
            "this machine for a worm's persistence (a watchdog that wipes your home folder when\n"
            "the stolen token dies) and, if none is found, runs every step that applies under one\n"
            "2FA approach: require-2fa, revoke-trust, revoke-tokens, remove-maintainers,\n"
            "reject-staged, move-tags, deprecate (unpublish is only explained). Writes an "
            "incident\n"
            "report. Exit status: 0 every step done, 1 a step failed (--resume retries it), 2 a\n"
            "usage error or facts that could not be read, 3 persistence found (nothing "
            "changed).\n\n"
            "  --dry-run          print the plan and change nothing\n"
            "  --resume           carry on the newest unfinished lockdown (this program's or\n"
            "                     the desktop's) from its first step not done\n"
            "  --otp CODE         a one-time code, reused while the registry accepts it\n"
            "  --skip STEP        leave a step out (the ids above); repeatable\n"
            "  --bad VERSION      a bad version (repeatable); default: the watch's open alarms\n"
            "  --keep-ci-tokens   keep the tokens TokenDesk verified in your own CI\n"
            "  --report FILE      where the incident report goes (default: lockdown-<time>.md\n"
            "                     in the current folder)\n"
            "  --trust-root FILE  trust data, as for watch and verify");
    if (command == QLatin1String("watch"))
        return QCoreApplication::translate(
            "td::cli::Usage",
            "Usage: tokendesk-cli watch [--once] [--json] [--interval MIN] [--trust-root FILE]\n"
            "       tokendesk-cli watch ack <package>@<version>\n"
            "       tokendesk-cli watch expect <package> [--for MINUTES]\n"
            "       tokendesk-cli watch exclude|include <package>\n\n"
            "Watches every package your signed-in accounts can write (and the pinned ones) for\n"
            "new versions, moved dist-tags, deprecations and new maintainers, and judges each\n"
            "release: who published it (provenance, as 'verify' checks it), install scripts and\n"
            "other content signals, bursts across your packages. The first run takes a baseline\n"
            "and alarms on nothing already published. An alarm stays open until you answer it.\n"
            "Exit status with --once: 1 while an alarm is open, 0 otherwise, 2 when the watch\n"
            "could not run or the command line is wrong.\n\n"
            "  --once             one pass over every package, then exit\n"
            "  --interval MIN     minutes between two reads of a package (5 to 1440; default 10)\n"
            "  --trust-root FILE  trust data to use instead of the shipped Sigstore and npm keys\n"
            "  --json             the releases with level, reasons, codes and publisher as JSON\n"
            "  ack                \"it was me\": closes the alarms of that version\n"
            "  expect --for MIN   a manual publish of the package in the next MIN minutes\n"
            "                     (default 60) is not an alarm\n"
            "  exclude / include  stop judging the package's releases (never an alarm), or\n"
            "                     judge them again; remembered");
    if (command == QLatin1String("whoami"))
        return QCoreApplication::translate("td::cli::Usage",
                                           "Usage: tokendesk-cli whoami\n\n"
                                           "Prints the user name the registry knows you by.");
    return {};
}

} // namespace td::cli
