// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"

namespace td::cli {

// tokendesk-cli whoami: the registry's answer for the stored session, like `npm whoami`.
class WhoamiCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    static QString summary();
    void run(const QStringList &arguments, CliContext &context) override;
};

} // namespace td::cli
