// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "core/account/Account.h"
#include "core/tokens/Token.h"
#include "core/util/SecretBuffer.h"

#include <QProcess>

namespace td::cli {

class LoginServices;

// tokendesk-cli run [--token <id>] -- <command> [args…]: runs the command with a token from the
// keychain in NODE_AUTH_TOKEN, NPM_TOKEN and npm's per-registry auth variable, and exits with the
// command's exit code. Default token: the account's newest active token that is in the keychain.
// The secret is written nowhere: no .npmrc, no temporary file, no argument.
class RunCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    static QString summary();
    void run(const QStringList &arguments, CliContext &context) override;

private:
    void resolveFromList(CliContext &context);
    void tryCandidate(CliContext &context, QList<Token> candidates, bool chosen);
    void start(CliContext &context, SecretBuffer token);

    LoginServices *m_services = nullptr;
    Account m_account;
    QString m_tokenId;
    QStringList m_command;
    QProcess *m_child = nullptr;
};

} // namespace td::cli
