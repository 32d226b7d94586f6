// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokenlist/TokenCache.h"

#include "core/tokens/TokenJson.h"
#include "core/util/AtomicFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td {

namespace {

constexpr int kFormatVersion = 1;

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
    QJsonArray list;
    for (const Token &token : tokens)
        list.append(tokenToJson(token));
    const QJsonObject root{
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("accountId"), accountId},
        {QStringLiteral("syncedAt"), syncedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("tokens"), list},
    };
    forgetReadAhead(accountId);
    return writeFileAtomically(pathFor(accountId),
                               QJsonDocument(root).toJson(QJsonDocument::Indented));
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

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value(), &parseError);
    QString problem;
    CachedTokenList cached;
    if (parseError.error != QJsonParseError::NoError) {
        problem = parseError.errorString();
    } else if (!document.isObject()) {
        problem = QCoreApplication::translate("td::TokenCache", "not a JSON object");
    } else {
        const QJsonObject root = document.object();
        cached.accountId = root.value(QLatin1String("accountId")).toString();
        cached.syncedAt = QDateTime::fromString(root.value(QLatin1String("syncedAt")).toString(),
                                                Qt::ISODateWithMs);
        if (root.value(QLatin1String("version")).toInt() != kFormatVersion)
            problem = QCoreApplication::translate("td::TokenCache", "unknown format version");
        else if (cached.accountId != accountId)
            problem
                = QCoreApplication::translate("td::TokenCache", "it belongs to another account");
        else if (!cached.syncedAt.isValid())
            problem = QCoreApplication::translate("td::TokenCache", "no valid sync time");
        else if (!root.value(QLatin1String("tokens")).isArray())
            problem = QCoreApplication::translate("td::TokenCache", "no token list");
        for (const QJsonArray tokens = root.value(QLatin1String("tokens")).toArray();
             const QJsonValue &entry : tokens) {
            Token token;
            if (!problem.isEmpty())
                break;
            if (!entry.isObject() || !tokenFromJson(entry.toObject(), &token)) {
                problem = QCoreApplication::translate("td::TokenCache", "a token entry is damaged");
                break;
            }
            token.accountId = accountId;
            cached.tokens.append(token);
        }
    }
    if (problem.isEmpty())
        return cached;

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
