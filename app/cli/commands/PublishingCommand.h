// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"

namespace td::cli {

// tokendesk-cli publishing [--json] [--project DIR]… [--userconfig FILE]: every package the
// signed-in account can publish, its publish paths, last release and January 2027 verdict
// (core/publishing), with the way out for each package at risk. Exit 1 while any is at risk.
class PublishingCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    static QString summary();
    void run(const QStringList &arguments, CliContext &context) override;
};

} // namespace td::cli
