// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"

namespace td::cli {

// tokendesk-cli token rotate <id|key prefix> [--project DIR]… [--userconfig FILE]
//                            --password-stdin [--otp CODE]
// A one-row plan: a new token with the same grants and a fresh expiry, every .npmrc reference
// updated, verified, then the old token revoked.
class TokenRotateCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    static QString summary();
    void run(const QStringList &arguments, CliContext &context) override;
};

} // namespace td::cli
