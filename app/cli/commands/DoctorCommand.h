// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"

namespace td::cli {

// tokendesk-cli doctor [--project DIR]… [--userconfig FILE]: every npm credential on this machine,
// where it is, what it is and whether it works — never its value. Exit 1 when a classic, dead or
// soon-expiring token is in use.
class DoctorCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    static QString summary();
    void run(const QStringList &arguments, CliContext &context) override;
};

} // namespace td::cli
