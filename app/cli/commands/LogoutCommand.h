// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"

namespace td::cli {

// tokendesk-cli logout: ends the session on the registry and removes it from the keychain.
class LogoutCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    static QString summary();
    void run(const QStringList &arguments, CliContext &context) override;
};

} // namespace td::cli
