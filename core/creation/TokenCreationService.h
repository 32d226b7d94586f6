// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/creation/LostTokenSearch.h"
#include "core/registry/RegistryClient.h"
#include "core/registry/TwoFactorPrompt.h"
#include "core/tokens/Token.h"
#include "core/util/Result.h"
#include "core/util/SecretBuffer.h"

#include <QObject>

#include <functional>
#include <optional>

namespace td {

class SecretStore;
class TokenDraft;

// A token the registry has created. The secret is here and only here until the user has taken
// it: when the keychain write failed, `storeError` says why and TokenCreationService::retryStore
// can try again, so a created token is never lost.
struct TokenCreation
{
    Token token; // metadata as the registry answered, accountId filled in
    SecretBuffer secret;
    QString keychainKey; // SecretStore::tokenKey(account, token.key)
    std::optional<Error> storeError;

    bool storedInKeychain() const { return !storeError.has_value(); }
    // A plain sentence for the result page and the CLI; empty when stored.
    QString storageWarning() const;
};

// Flow 3 of design.md: draft → registry create (password + OTP or browser 2FA) → secret in a
// SecretBuffer → keychain → result. Nothing is stored when the registry refuses, and nothing is
// thrown away when only the keychain refuses. When the registry may have made a token whose answer
// was lost, that token is looked up and revoked (LostTokenRecovery), and the error says so.
class TokenCreationService : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Result<TokenCreation>)>;
    using StoreDone = std::function<void(Result<void>)>;

    // `registry` must hold the account's session; neither pointer is owned.
    TokenCreationService(RegistryClient *registry, SecretStore *store, QString accountId,
                         QObject *parent = nullptr);

    QString accountId() const { return m_accountId; }
    RegistryClient *registry() const { return m_registry; }

    // Creates the token the draft describes. The draft must be valid (otherwise InvalidInput and
    // no request). `prompt` answers the 2FA challenges of this create and of its lost-answer
    // recovery (code or browser) until forgetPrompt(); `authType` chooses which one the registry
    // offers. `done` runs exactly once, unless `context` is destroyed first.
    void create(const TokenDraft &draft, SecretBuffer password, TwoFactorPrompt *prompt,
                RegistryClient::AuthType authType, QObject *context, Done done);
    bool isBusy() const { return m_busy; }
    // The create's prompt is going away (its window closes): a later challenge is refused.
    void forgetPrompt() { m_prompt.inner = nullptr; }

    // Writes the secret again after a failed keychain write; clears `creation.storeError` on
    // success, replaces it on failure. `creation` must live as long as `context` (not null).
    void retryStore(TokenCreation &creation, QObject *context, StoreDone done);

Q_SIGNALS:
    void tokenCreated(const td::Token &token);
    // The create's answer was lost: the service now looks for the token `name` to revoke it (the
    // registry may ask for a second factor again for that).
    void lostAnswerRecoveryStarted(const QString &name);

private:
    // Stands between the registry and the asker's prompt for as long as a create runs: the
    // registry holds this one, which lives as long as the service, and the asker's may go first.
    class PromptRelay final : public TwoFactorPrompt
    {
    public:
        void askForCode(const QString &reason, CodeAnswer answer) override;
        void showApprovalPage(const QUrl &url, Purpose purpose,
                              std::function<void()> cancel) override;
        void approvalFinished() override;
        TwoFactorPrompt *inner = nullptr;
    };

    void createFailed(const CreateAttempt &attempt, const Error &error, Done done);
    void storeCreated(CreatedToken created, Done done);

    RegistryClient *m_registry;
    SecretStore *m_store;
    QString m_accountId;
    bool m_busy = false;
    PromptRelay m_prompt;
};

} // namespace td
