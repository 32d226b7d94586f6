// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "core/account/Account.h"
#include "core/tokens/Token.h"
#include "core/util/Result.h"

namespace td {
class RegistryClient;
}

namespace td::cli {

class LoginServices;

// tokendesk-cli token revoke <id|prefix>… [--otp CODE]: as `npm token revoke`, each argument is a
// unique prefix of a token's key (the ID column of `token list`); the registry asks for 2FA. The
// keychain copy of a revoked token is removed too: it can never be used again.
class TokenRevokeCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    static QString summary();
    void run(const QStringList &arguments, CliContext &context) override;

    // npm's rule (npm-registry-api.md §3): exactly one token whose key starts with the id, else
    // npm's "ambiguous" or "unknown" message. Returns the keys, in argument order.
    static Result<QStringList> keysForIds(const QList<Token> &tokens, const QStringList &ids);

private:
    void revokeNext(CliContext &context);

    LoginServices *m_services = nullptr;
    Account m_account;
    RegistryClient *m_client = nullptr;
    QString m_otp; // npm sends the same --otp with every DELETE
    QStringList m_pending;
    QStringList m_removed;
};

} // namespace td::cli
