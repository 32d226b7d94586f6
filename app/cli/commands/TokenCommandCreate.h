// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "core/account/Account.h"
#include "core/creation/TokenDraft.h"
#include "core/registry/TwoFactorPrompt.h"
#include "core/util/Clock.h"
#include "core/util/Error.h"

#include <memory>

namespace td {
class RegistryClient;
}

namespace td::cli {

class LoginServices;

// --otp CODE answers every code challenge of one command, not only the first: after a lost
// create answer, revoking the token the registry made asks for a code too, and a TOTP code stays
// valid for its window. Without a code, and for browser approvals, the terminal prompt answers.
class RepeatedCodePrompt final : public TwoFactorPrompt
{
public:
    RepeatedCodePrompt(TwoFactorPrompt &terminal, SecretBuffer code)
        : m_terminal(terminal), m_code(std::move(code))
    { }
    void askForCode(const QString &reason, CodeAnswer answer) override;
    void showApprovalPage(const QUrl &url, Purpose purpose, std::function<void()> cancel) override;
    void approvalFinished() override;

private:
    TwoFactorPrompt &m_terminal;
    SecretBuffer m_code;
};

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
    std::unique_ptr<RepeatedCodePrompt> m_prompt;
};

} // namespace td::cli
