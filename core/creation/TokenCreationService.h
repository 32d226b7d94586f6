// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "creation/LostTokenSearch.h"
#include "registry/RegistryClient.h"
#include "tokens/Token.h"
#include "util/Result.h"
#include "util/SecretBuffer.h"

#include <QObject>

#include <functional>
#include <optional>

namespace td {

class SecretStore;
class TokenDraft;
class TwoFactorPrompt;

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
    // no request). `prompt` answers the 2FA challenge (code or browser); `authType` chooses
    // which one the registry offers (the prompt is lent for this call only). `done` runs exactly
    // once, unless `context` is destroyed first.
    void create(const TokenDraft &draft, SecretBuffer password, TwoFactorPrompt *prompt,
                RegistryClient::AuthType authType, QObject *context, Done done);
    bool isBusy() const { return m_busy; }

    // Writes the secret again after a failed keychain write; clears `creation.storeError` on
    // success, replaces it on failure. `creation` must live as long as `context` (not null).
    void retryStore(TokenCreation &creation, QObject *context, StoreDone done);

Q_SIGNALS:
    void tokenCreated(const td::Token &token);
    // The create's answer was lost: the service now looks for the token `name` to revoke it (the
    // registry may ask for a second factor again for that).
    void lostAnswerRecoveryStarted(const QString &name);

private:
    void createFailed(const CreateAttempt &attempt, const Error &error, Done done);
    void storeCreated(CreatedToken created, Done done);

    RegistryClient *m_registry;
    SecretStore *m_store;
    QString m_accountId;
    bool m_busy = false;
};

} // namespace td
