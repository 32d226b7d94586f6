// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "core/util/Result.h"

namespace td {
struct Survey;
}

namespace td::cli {

// tokendesk-cli migrate [--apply | --resume | --rollback | --confirm ROW|TOKEN] [--choose
// ROW=ACTION]…
//                       [--project DIR]… [--userconfig FILE] [--password-stdin] [--otp CODE]
// Without --apply it prints the plan (one row per token in use). --apply runs it: create the
// replacement, store it in the keychain, rewrite every reference, verify, revoke the old token.
// After a crash, --resume finishes the journaled run and --rollback undoes it. A row whose old
// token is still used where TokenDesk cannot edit (CI secret, environment) waits; after the user
// updated those places, --confirm ROW (or the old/new token id) revokes the old token.
class MigrateCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    static QString summary();
    void run(const QStringList &arguments, CliContext &context) override;

private:
    void printPlan(const Survey &survey, CliContext &context);
    // The journal row (0-based) named by a 1-based row number or a token id, if it waits.
    static Result<int> waitingRow(const QString &rowOrToken);
};

} // namespace td::cli
