// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "core/account/Account.h"
#include "core/util/Error.h"

#include <functional>
#include <map>

namespace td {
class StageClient;
}

namespace td::cli {

class LoginServices;

// tokendesk-cli stage list|view|download|approve|reject|diff: npm stage's words, output and
// --json, for the account signed in to --registry. One class per subcommand.
class StageCommand final : public Command
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
};

// What every stage subcommand shares: the signed-in client and failing with one line.
class StageSubcommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

protected:
    using Ready = std::function<void(StageClient &client)>;
    // Signs in from the keychain (the desktop's session) and hands over a StageClient; reports
    // ENEEDAUTH and the like itself.
    void withStageClient(CliContext &context, Ready ready);
    void fail(CliContext &context, const Error &error);
    void fail(CliContext &context, const QString &line);

    LoginServices *m_services = nullptr;
    Account m_account;
    StageClient *m_client = nullptr;
};

} // namespace td::cli
