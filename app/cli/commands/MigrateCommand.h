// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace td {
struct Survey;
}

namespace td::cli {

// tokendesk-cli migrate [--apply | --resume | --rollback] [--choose ROW=ACTION]…
//                       [--project DIR]… [--userconfig FILE] [--password-stdin] [--otp CODE]
// Without --apply it prints the plan (one row per token in use). --apply runs it: create the
// replacement, store it in the keychain, rewrite every reference, verify, revoke the old token.
// After a crash, --resume finishes the journaled run and --rollback undoes it.
class MigrateCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    static QString summary();
    void run(const QStringList &arguments, CliContext &context) override;

private:
    void printPlan(const Survey &survey, CliContext &context);
};

} // namespace td::cli
