// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tokens/Token.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace td {

// The last token list synced from the registry, per account: the window opens with it
// instantly and keeps counting down without a session. Metadata only, one JSON file per account
// in the folder it is given (the app passes AppDataLocation/token-cache), written atomically
// with mode 0600.
struct CachedTokenList
{
    QString accountId;
    QDateTime syncedAt;
    QList<Token> tokens;
};

class TokenCache
{
public:
    explicit TokenCache(QString directory);

    // Replaces the account's list in one atomic write.
    Result<void> store(const QString &accountId, const QList<Token> &tokens,
                       const QDateTime &syncedAt);
    // NotFound when nothing was cached yet. A damaged file is moved aside (never deleted: it may
    // be the only copy of useful metadata) and reported as Io with where it went.
    Result<CachedTokenList> load(const QString &accountId) const;
    Result<void> remove(const QString &accountId);

    QString pathFor(const QString &accountId) const;

private:
    QString m_directory;
};

} // namespace td
