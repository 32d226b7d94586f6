// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokenlist/TokenCacheFormat.h"

#include "core/tokens/TokenJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td {

QByteArray tokenCacheText(const QString &accountId, const QList<Token> &tokens,
                          const QDateTime &syncedAt)
{
    QJsonArray list;
    for (const Token &token : tokens)
        list.append(tokenToJson(token));
    const QJsonObject root{
        {QStringLiteral("version"), kTokenCacheFormatVersion},
        {QStringLiteral("accountId"), accountId},
        {QStringLiteral("syncedAt"), syncedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("tokens"), list},
    };
    // Compact: nobody reads the cache but TokenDesk, and each start reads it before the first
    // paint. Indented, 1,000 tokens took 734 KB, of which 46% was indentation to scan past.
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::variant<CachedTokenList, QString> readTokenCacheText(const QByteArray &text,
                                                          const QString &accountId)
{
    if (std::optional<CachedTokenList> list = readTokenCacheInPlace(text, accountId))
        return std::move(*list);
    return readTokenCacheTree(text, accountId);
}

std::variant<CachedTokenList, QString> readTokenCacheTree(const QByteArray &text,
                                                          const QString &accountId)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return parseError.errorString();
    if (!document.isObject())
        return QCoreApplication::translate("td::TokenCache", "not a JSON object");
    const QJsonObject root = document.object();
    CachedTokenList cached;
    cached.accountId = root.value(QLatin1String("accountId")).toString();
    cached.syncedAt = QDateTime::fromString(root.value(QLatin1String("syncedAt")).toString(),
                                            Qt::ISODateWithMs);
    if (root.value(QLatin1String("version")).toInt() != kTokenCacheFormatVersion)
        return QCoreApplication::translate("td::TokenCache", "unknown format version");
    if (cached.accountId != accountId)
        return QCoreApplication::translate("td::TokenCache", "it belongs to another account");
    if (!cached.syncedAt.isValid())
        return QCoreApplication::translate("td::TokenCache", "no valid sync time");
    if (!root.value(QLatin1String("tokens")).isArray())
        return QCoreApplication::translate("td::TokenCache", "no token list");
    for (const QJsonArray tokens = root.value(QLatin1String("tokens")).toArray();
         const QJsonValue &entry : tokens) {
        Token token;
        if (!entry.isObject() || !tokenFromJson(entry.toObject(), &token))
            return QCoreApplication::translate("td::TokenCache", "a token entry is damaged");
        token.accountId = accountId;
        cached.tokens.append(token);
    }
    return cached;
}

} // namespace td
