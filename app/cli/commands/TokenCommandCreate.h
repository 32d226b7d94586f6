// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "account/Account.h"
#include "tokens/TokenDraft.h"
#include "util/Clock.h"
#include "util/Error.h"

namespace td {
class RegistryClient;
}

namespace td::cli {

class LoginServices;

// tokendesk-cli token create --name N [npm's flags…] --password-stdin [--otp CODE]: the wizard's
// TokenDraft filled from flags (same rules, same messages), created through TokenCreationService
// (password + OTP code, terminal prompt or browser approval), stored in the keychain, shown once.
class TokenCreateCommand final : public Command
{
    Q_OBJECT
public:
    explicit TokenCreateCommand(QObject *parent = nullptr);
    static QString summary();
    void run(const QStringList &arguments, CliContext &context) override;

private:
    void explainUnauthorized(CliContext &context, const Account &account, RegistryClient *client,
                             const Error &error);

    SystemClock m_clock;
    TokenDraft m_draft;
    LoginServices *m_services = nullptr;
};

} // namespace td::cli
