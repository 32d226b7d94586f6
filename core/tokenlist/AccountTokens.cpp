// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokenlist/AccountTokens.h"

#include "core/tokenlist/TokenCache.h"

namespace td {

QList<Error> AccountTokens::loadCached(const QList<Account> &accounts, const TokenCache &cache)
{
    QList<Error> problems;
    for (const Account &account : accounts) {
        const auto cached = cache.load(account.id);
        if (!cached) {
            if (cached.error().code != ErrorCode::NotFound)
                problems.append(cached.error());
            continue;
        }
        QList<Token> tokens = cached.value().tokens;
        for (Token &token : tokens)
            token.accountId = account.id;
        set(account.id, tokens, cached.value().syncedAt);
    }
    return problems;
}

void AccountTokens::set(const QString &accountId, const QList<Token> &tokens,
                        const QDateTime &syncedAt)
{
    m_tokens.insert(accountId, tokens);
    m_syncedAt.insert(accountId, syncedAt);
}

void AccountTokens::remove(const QString &accountId, const QString &tokenKey)
{
    m_tokens[accountId].removeIf([&](const Token &t) { return t.key == tokenKey; });
}

void AccountTokens::forget(const QString &accountId)
{
    m_tokens.remove(accountId);
    m_syncedAt.remove(accountId);
}

QList<Token> AccountTokens::all() const
{
    QList<Token> all;
    for (const QList<Token> &tokens : m_tokens)
        all += tokens;
    return all;
}

const Token *AccountTokens::find(const QString &tokenKey) const
{
    for (const QList<Token> &tokens : m_tokens)
        for (const Token &token : tokens)
            if (token.key == tokenKey)
                return &token;
    return nullptr;
}

} // namespace td
