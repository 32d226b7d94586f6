// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"

#include <functional>
#include <map>

namespace td::cli {

// tokendesk-cli token <subcommand> …: dispatches to one Command per subcommand. Adding one
// (create, revoke, rotate) is a class of its own plus one line in subcommands().
class TokenCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    static QString summary();

    struct Subcommand
    {
        QString summary;
        std::function<Command *(QObject *parent)> create;
    };
    static const std::map<QString, Subcommand> &subcommands();

    void run(const QStringList &arguments, CliContext &context) override;
    bool leavesNothingToTearDown() const override;

private:
    Command *m_subcommand = nullptr;
};

} // namespace td::cli
