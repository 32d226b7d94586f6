// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/Account.h"
#include "core/tokens/Token.h"
#include "core/util/Error.h"

#include <QDateTime>
#include <QHash>

namespace td {

class TokenCache;

// Every account's last known token list and when it was synced: the cache at start, then each
// TokenSync result. What the dashboard, the tray and the notices are computed from.
class AccountTokens
{
public:
    // Reads the cached lists; returns the errors worth showing (a missing cache is not one).
    QList<Error> loadCached(const QList<Account> &accounts, const TokenCache &cache);
    void set(const QString &accountId, const QList<Token> &tokens, const QDateTime &syncedAt);
    void remove(const QString &accountId, const QString &tokenKey);
    void forget(const QString &accountId); // a removed account: its list and sync time go

    QList<Token> tokens(const QString &accountId) const { return m_tokens.value(accountId); }
    QDateTime syncedAt(const QString &accountId) const { return m_syncedAt.value(accountId); }
    QStringList accountIds() const { return m_tokens.keys(); }
    QList<Token> all() const;
    const Token *find(const QString &tokenKey) const;

private:
    QHash<QString, QList<Token>> m_tokens;
    QHash<QString, QDateTime> m_syncedAt;
};

} // namespace td
