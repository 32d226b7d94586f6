// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokenlist/TokenCache.h"

#include "core/util/AtomicFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace td {

namespace {

// "<file>.corrupt", or "<file>.corrupt-2", -3… when earlier damaged copies are still there.
QString asideName(const QString &path)
{
    QString candidate = path + QLatin1String(".corrupt");
    for (int n = 2; QFile::exists(candidate); ++n)
        candidate = path + QLatin1String(".corrupt-") + QString::number(n);
    return candidate;
}

} // namespace

TokenCache::TokenCache(QString directory) : m_directory(std::move(directory)) { }

TokenCache::~TokenCache()
{
    for (const auto &ahead : std::as_const(m_readAhead))
        if (ahead->list.valid())
            ahead->list.wait();
}

void TokenCache::readAhead(const QStringList &accountIds)
{
    for (const QString &accountId : accountIds) {
        forgetReadAhead(accountId);
        const QString path = pathFor(accountId);
        const QFileInfo file(path);
        if (!file.exists())
            continue;
        auto ahead = std::make_shared<ReadAhead>();
        ahead->modified = file.lastModified();
        ahead->size = file.size();
        ahead->list = std::async(std::launch::async,
                                 [path, accountId] { return loadFile(path, accountId); });
        m_readAhead.insert(accountId, ahead);
    }
}

void TokenCache::forgetReadAhead(const QString &accountId) const
{
    const std::shared_ptr<ReadAhead> ahead = m_readAhead.take(accountId);
    if (ahead && ahead->list.valid())
        ahead->list.wait();
}

QString TokenCache::pathFor(const QString &accountId) const
{
    // Account ids hold URLs and user names; a hash gives a safe, stable file name.
    const QByteArray hash
        = QCryptographicHash::hash(accountId.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QDir(m_directory)
        .filePath(QLatin1String("tokens-") + QString::fromLatin1(hash) + QLatin1String(".json"));
}

Result<void> TokenCache::store(const QString &accountId, const QList<Token> &tokens,
                               const QDateTime &syncedAt)
{
    forgetReadAhead(accountId);
    return writeFileAtomically(pathFor(accountId), tokenCacheText(accountId, tokens, syncedAt));
}

Result<CachedTokenList> TokenCache::load(const QString &accountId) const
{
    const QString path = pathFor(accountId);
    if (const std::shared_ptr<ReadAhead> ahead = m_readAhead.take(accountId)) {
        Result<CachedTokenList> list = ahead->list.get();
        const QFileInfo file(path);
        const bool unchanged
            = file.exists() && file.lastModified() == ahead->modified && file.size() == ahead->size;
        // A damaged file the worker found is moved aside already: its answer stands.
        if (unchanged || !list)
            return list;
    }
    return loadFile(path, accountId);
}

Result<CachedTokenList> TokenCache::loadFile(const QString &path, const QString &accountId)
{
    Result<QByteArray> bytes = readWholeFile(path);
    if (!bytes)
        return bytes.error();

    std::variant<CachedTokenList, QString> read = readTokenCacheText(bytes.value(), accountId);
    if (CachedTokenList *list = std::get_if<CachedTokenList>(&read))
        return std::move(*list);
    const QString problem = std::get<QString>(read);

    const QString aside = asideName(path);
    const bool moved = QFile::rename(path, aside);
    return makeError(
        ErrorCode::Io,
        (moved
             ? QCoreApplication::translate(
                   "td::TokenCache", "The saved token list %1 is damaged (%2); it was kept as %3.")
                   .arg(path, problem, aside)
             : QCoreApplication::translate("td::TokenCache",
                                           "The saved token list %1 is damaged (%2).")
                   .arg(path, problem)),
        QCoreApplication::translate("td::TokenCache", "Refresh to download the list again."));
}

Result<void> TokenCache::remove(const QString &accountId)
{
    forgetReadAhead(accountId);
    const QString path = pathFor(accountId);
    if (QFile::exists(path) && !QFile::remove(path))
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("td::TokenCache", "Cannot remove %1.").arg(path));
    return {};
}

} // namespace td
