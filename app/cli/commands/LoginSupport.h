// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/AccountStore.h"
#include "core/account/SessionManager.h"
#include "core/registry/TwoFactorPrompt.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/util/Clock.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <optional>

namespace td::cli {

struct CliContext;

// The second factor on a terminal: a --otp code if one was given, else a prompt on /dev/tty
// (never on stdin, which may carry the password); browser pages are printed, not opened.
class TerminalPrompt final : public TwoFactorPrompt
{
public:
    explicit TerminalPrompt(CliContext &context) : m_context(context) { }
    void setPresetCode(SecretBuffer code) { m_preset = std::move(code); }

    void askForCode(const QString &reason, CodeAnswer answer) override;
    void showApprovalPage(const QUrl &url, Purpose purpose, std::function<void()> cancel) override;

private:
    CliContext &m_context;
    SecretBuffer m_preset;
};

// What the account commands share: the keychain (the same entries as the desktop app), the
// account list in the shared data folder, the session manager and a terminal prompt.
class LoginServices : public QObject
{
    Q_OBJECT
public:
    explicit LoginServices(CliContext &context, QObject *parent = nullptr);

    SessionManager &sessions() { return m_sessions; }
    AccountStore &accounts() { return m_accounts; }
    TerminalPrompt &prompt() { return m_prompt; }
    SecretStore &secrets() { return m_secrets; }
    const Clock &clock() const { return m_clock; }

    // The account for --registry (default npmjs): the one signed in there most recently.
    Result<Account> currentAccount();

    // A client for the current account with its session loaded; ENEEDAUTH if there is none.
    // `account` is empty when none is signed in for --registry.
    using ClientReady = std::function<void(Result<void>, const Account &account, RegistryClient *)>;
    void withSignedInClient(ClientReady ready);

    // Reports a failure; ENEEDAUTH also marks the session as ended for both programs.
    void reportFailure(const Account &account, const Error &error);

private:
    CliContext &m_context;
    QNetworkAccessManager m_nam;
    KeychainSecretStore m_secrets;
    AccountStore m_accounts;
    SystemClock m_clock;
    SessionManager m_sessions;
    TerminalPrompt m_prompt;
};

} // namespace td::cli
