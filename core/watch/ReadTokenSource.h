// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/SecretBuffer.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace td {
class SecretStore;
} // namespace td

namespace td::watch {

// Where the publish watch gets a token that can read a private packument. Never a second
// factor: a token that would need one is not a read token.
class ReadTokenSource
{
public:
    virtual ~ReadTokenSource() = default;
    // A read-capable token for `registry`: of one of `accountIds` (the accounts that can write
    // the package) or, with none given (a pinned package), of any account on that registry;
    // nullopt when there is none. Never a token of another registry. Answers once, on the
    // caller's thread, while `context` lives.
    virtual void readToken(const QUrl &registry, const QStringList &accountIds, QObject *context,
                           std::function<void(std::optional<SecretBuffer>)> done)
        = 0;
};

// The keychain's tokens: which stored token of an account reads packages is the caller's choice
// (setTokenKey with its SecretStore key, e.g. SecretStore::tokenKey(account, key) of a granular
// read-only token TokenDesk created); the secret is read only when a private package needs it.
class KeychainReadTokens final : public ReadTokenSource
{
public:
    explicit KeychainReadTokens(SecretStore &store) : m_store(store) { }
    // An empty key forgets the account's read token.
    void setTokenKey(const QUrl &registry, const QString &accountId, const QString &secretStoreKey);
    QString tokenKey(const QUrl &registry, const QString &accountId) const; // empty: none
    void readToken(const QUrl &registry, const QStringList &accountIds, QObject *context,
                   std::function<void(std::optional<SecretBuffer>)> done) override;

private:
    SecretStore &m_store;
    struct Entry
    {
        QString registry; // base URL without its trailing slash
        QString accountId;
        QString key; // SecretStore key
    };
    QList<Entry> m_entries;
};

} // namespace td::watch
