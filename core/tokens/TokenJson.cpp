// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokens/TokenJson.h"

#include "core/util/IsoDate.h"

#include <QJsonArray>

namespace td {

namespace {

QString dateToJson(const QDateTime &date)
{
    return date.isValid() ? date.toUTC().toString(Qt::ISODateWithMs) : QString();
}

bool dateFromJson(const QJsonValue &value, QDateTime *date)
{
    if (value.isUndefined() || value.isNull()) {
        *date = {};
        return true;
    }
    if (!value.isString())
        return false;
    const QString text = value.toString();
    *date = text.isEmpty() ? QDateTime() : readIsoDateTime(QStringView(text));
    return text.isEmpty() || date->isValid();
}

// TokenGrants::fromJson reads what it can; the cache refuses a damaged entry instead, as it
// refuses a bad date.
bool listsAreStrings(const QJsonObject &o)
{
    for (const char *name : {"packages", "scopes", "orgs", "cidr"}) {
        const QJsonValue value = o.value(QLatin1String(name));
        if (value.isUndefined())
            continue;
        if (!value.isArray())
            return false;
        for (const QJsonArray array = value.toArray(); const QJsonValue &entry : array)
            if (!entry.isString())
                return false;
    }
    return true;
}

} // namespace

bool looksLikeNpmSecret(const QString &text)
{
    if (text.size() != 40 || !text.startsWith(QLatin1String("npm_")))
        return false;
    for (qsizetype i = 4; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const bool alnum
            = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (!alnum)
            return false;
    }
    return true;
}

QString maskNpmSecret(const QString &secret)
{
    return secret.left(8) + QLatin1String("...") + secret.right(4);
}

QJsonObject tokenToJson(const Token &token)
{
    const QString redacted
        = looksLikeNpmSecret(token.redacted) ? maskNpmSecret(token.redacted) : token.redacted;
    // The grants are TokenGrants' own fields (one reader and writer); QJsonObject keeps its keys
    // sorted, so the entry's bytes do not depend on the order they are added in.
    QJsonObject entry = token.grants().toJson();
    entry.insert(QStringLiteral("key"), token.key);
    entry.insert(QStringLiteral("redacted"), redacted);
    entry.insert(QStringLiteral("name"), token.name);
    entry.insert(QStringLiteral("description"), token.description);
    entry.insert(QStringLiteral("kind"), tokenKindId(token.kind));
    entry.insert(QStringLiteral("readOnly"), token.readOnly);
    entry.insert(QStringLiteral("created"), dateToJson(token.created));
    entry.insert(QStringLiteral("updated"), dateToJson(token.updated));
    entry.insert(QStringLiteral("lastUsed"), dateToJson(token.lastUsed));
    entry.insert(QStringLiteral("expires"), dateToJson(token.expires));
    entry.insert(QStringLiteral("revoked"), dateToJson(token.revoked));
    return entry;
}

bool tokenFromJson(const QJsonObject &o, Token *token)
{
    const QJsonValue key = o.value(QLatin1String("key"));
    if (!key.isString() || key.toString().isEmpty())
        return false;
    Token t;
    t.key = key.toString();
    t.redacted = o.value(QLatin1String("redacted")).toString();
    t.name = o.value(QLatin1String("name")).toString();
    t.description = o.value(QLatin1String("description")).toString();
    t.kind = tokenKindFromId(o.value(QLatin1String("kind")).toString());
    t.grants() = TokenGrants::fromJson(o);
    t.readOnly = o.value(QLatin1String("readOnly")).toBool();
    const bool ok = listsAreStrings(o)
        && dateFromJson(o.value(QLatin1String("created")), &t.created)
        && dateFromJson(o.value(QLatin1String("updated")), &t.updated)
        && dateFromJson(o.value(QLatin1String("lastUsed")), &t.lastUsed)
        && dateFromJson(o.value(QLatin1String("expires")), &t.expires)
        && dateFromJson(o.value(QLatin1String("revoked")), &t.revoked);
    if (!ok)
        return false;
    *token = std::move(t);
    return true;
}

} // namespace td
