// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/account/Account.h"

#include <QCoreApplication>

namespace td {

namespace {
QJsonValue optionalBool(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<bool> readOptionalBool(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    return std::nullopt;
}

QString iso(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &value)
{
    const QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : QDateTime();
}
} // namespace

QString Account::makeId(const QUrl &registry, const QString &user)
{
    QString host = registry.host().toLower();
    if (registry.port() != -1)
        host += QLatin1Char(':') + QString::number(registry.port());
    return user + QLatin1Char('@') + host;
}

QString twoFactorModeId(TwoFactorMode mode)
{
    switch (mode) {
    case TwoFactorMode::Disabled:
        return QStringLiteral("disabled");
    case TwoFactorMode::AuthOnly:
        return QStringLiteral("auth-only");
    case TwoFactorMode::AuthAndWrites:
        return QStringLiteral("auth-and-writes");
    case TwoFactorMode::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

TwoFactorMode twoFactorModeFromId(const QString &id)
{
    for (TwoFactorMode mode :
         {TwoFactorMode::Disabled, TwoFactorMode::AuthOnly, TwoFactorMode::AuthAndWrites})
        if (twoFactorModeId(mode) == id)
            return mode;
    return TwoFactorMode::Unknown;
}

QJsonObject Account::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("registry"), registry.toString()},
        {QStringLiteral("user"), user},
        {QStringLiteral("twoFactor"), twoFactorModeId(twoFactor)},
        {QStringLiteral("webLogin"), optionalBool(capabilities.webLogin)},
        {QStringLiteral("reportsExpiry"), optionalBool(capabilities.reportsExpiry)},
        {QStringLiteral("lastSignIn"), iso(lastSignIn)},
        {QStringLiteral("sessionExpires"), iso(sessionExpires)},
    };
    if (practice)
        json.insert(QStringLiteral("practice"), true);
    // Written only when known, so files of accounts on npmjs stay as they were.
    if (capabilities.tokenApi)
        json.insert(QStringLiteral("tokenApi"), *capabilities.tokenApi);
    if (!capabilities.server.isEmpty())
        json.insert(QStringLiteral("server"), capabilities.server);
    // "user-entered" without a date: the user said the token never expires.
    if (credentialExpiry.isKnown()
        || credentialExpiry.basis == CredentialExpiryBasis::UserEntered) {
        json.insert(QStringLiteral("credentialExpires"), iso(credentialExpiry.expires));
        json.insert(QStringLiteral("credentialExpiryBasis"),
                    credentialExpiryBasisId(credentialExpiry.basis));
    }
    return json;
}

std::optional<Account> Account::fromJson(const QJsonObject &object)
{
    Account account;
    account.id = object.value(QLatin1String("id")).toString();
    account.registry = QUrl(object.value(QLatin1String("registry")).toString());
    account.user = object.value(QLatin1String("user")).toString();
    if (account.id.isEmpty() || account.user.isEmpty() || !account.registry.isValid())
        return std::nullopt;
    account.twoFactor = twoFactorModeFromId(object.value(QLatin1String("twoFactor")).toString());
    account.capabilities.webLogin = readOptionalBool(object.value(QLatin1String("webLogin")));
    account.capabilities.reportsExpiry
        = readOptionalBool(object.value(QLatin1String("reportsExpiry")));
    account.lastSignIn = fromIso(object.value(QLatin1String("lastSignIn")));
    account.sessionExpires = fromIso(object.value(QLatin1String("sessionExpires")));
    account.practice = object.value(QLatin1String("practice")).toBool();
    account.capabilities.tokenApi = readOptionalBool(object.value(QLatin1String("tokenApi")));
    account.capabilities.server = object.value(QLatin1String("server")).toString();
    account.credentialExpiry.expires = fromIso(object.value(QLatin1String("credentialExpires")));
    account.credentialExpiry.basis = credentialExpiryBasisFromId(
        object.value(QLatin1String("credentialExpiryBasis")).toString());
    return account;
}

QString describeSession(const Account &account, const QDateTime &now)
{
    if (!account.sessionExpires.isValid())
        return QCoreApplication::translate("td::Account", "signed out");
    const qint64 seconds = now.secsTo(account.sessionExpires);
    if (seconds <= 0)
        return QCoreApplication::translate("td::Account", "session ended");
    const qint64 minutes = (seconds + 59) / 60; // round up: "ends in 1 min" until it has ended
    if (minutes < 60)
        return QCoreApplication::translate("td::Account", "session ends in %1 min").arg(minutes);
    return QCoreApplication::translate("td::Account", "session ends in %1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60);
}

} // namespace td
