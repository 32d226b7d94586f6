// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokens/TokenJson.h"

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
    *date = text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
    return text.isEmpty() || date->isValid();
}

bool listFromJson(const QJsonValue &value, QStringList *list)
{
    list->clear();
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonArray array = value.toArray(); const QJsonValue &entry : array) {
        if (!entry.isString())
            return false;
        list->append(entry.toString());
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
    return QJsonObject{
        {QStringLiteral("key"), token.key},
        {QStringLiteral("redacted"), redacted},
        {QStringLiteral("name"), token.name},
        {QStringLiteral("description"), token.description},
        {QStringLiteral("kind"), tokenKindId(token.kind)},
        {QStringLiteral("packagesPermission"), permissionId(token.packagesPermission)},
        {QStringLiteral("orgsPermission"), permissionId(token.orgsPermission)},
        {QStringLiteral("allPackages"), token.allPackages},
        {QStringLiteral("packages"), QJsonArray::fromStringList(token.packages)},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(token.scopes)},
        {QStringLiteral("orgs"), QJsonArray::fromStringList(token.orgs)},
        {QStringLiteral("cidr"), QJsonArray::fromStringList(token.cidr)},
        {QStringLiteral("bypass2fa"), token.bypass2fa},
        {QStringLiteral("readOnly"), token.readOnly},
        {QStringLiteral("created"), dateToJson(token.created)},
        {QStringLiteral("updated"), dateToJson(token.updated)},
        {QStringLiteral("lastUsed"), dateToJson(token.lastUsed)},
        {QStringLiteral("expires"), dateToJson(token.expires)},
        {QStringLiteral("revoked"), dateToJson(token.revoked)},
    };
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
    t.packagesPermission
        = permissionFromId(o.value(QLatin1String("packagesPermission")).toString());
    t.orgsPermission = permissionFromId(o.value(QLatin1String("orgsPermission")).toString());
    t.allPackages = o.value(QLatin1String("allPackages")).toBool();
    t.bypass2fa = o.value(QLatin1String("bypass2fa")).toBool();
    t.readOnly = o.value(QLatin1String("readOnly")).toBool();
    const bool ok = listFromJson(o.value(QLatin1String("packages")), &t.packages)
        && listFromJson(o.value(QLatin1String("scopes")), &t.scopes)
        && listFromJson(o.value(QLatin1String("orgs")), &t.orgs)
        && listFromJson(o.value(QLatin1String("cidr")), &t.cidr)
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
