// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tokenlist/TokenCacheFormat.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <future>

namespace td {

// The last token list synced from the registry, per account: the window opens with it
// instantly and keeps counting down without a session. Metadata only, one JSON file per account
// in the folder it is given (the app passes AppDataLocation/token-cache), written atomically
// with mode 0600.
class TokenCache
{
public:
    explicit TokenCache(QString directory);
    ~TokenCache(); // waits for the lists still being read ahead
    TokenCache(const TokenCache &) = delete;
    TokenCache &operator=(const TokenCache &) = delete;

    // Starts reading these accounts' lists on a worker thread: at start-up the parse (a third of
    // the time to the first painted table with 1,000 tokens) overlaps building the window.
    // load() then takes what was read, unless the file changed since (store(), remove(), another
    // process); then it reads again.
    void readAhead(const QStringList &accountIds);

    // Replaces the account's list in one atomic write.
    Result<void> store(const QString &accountId, const QList<Token> &tokens,
                       const QDateTime &syncedAt);
    // NotFound when nothing was cached yet. A damaged file is moved aside (never deleted: it may
    // be the only copy of useful metadata) and reported as Io with where it went.
    Result<CachedTokenList> load(const QString &accountId) const;
    Result<void> remove(const QString &accountId);

    QString pathFor(const QString &accountId) const;

private:
    struct ReadAhead
    {
        QDateTime modified; // the file's before the worker read it
        qint64 size = -1;
        std::future<Result<CachedTokenList>> list;
    };
    static Result<CachedTokenList> loadFile(const QString &path, const QString &accountId);
    void forgetReadAhead(const QString &accountId) const; // waits for the worker first

    QString m_directory;
    mutable QHash<QString, std::shared_ptr<ReadAhead>> m_readAhead; // used on the owner's thread
};

} // namespace td
