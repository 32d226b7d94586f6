// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenCommandCreateOutput.h"

#include "cli/CliContext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace td::cli {

namespace {

QString grants(const Token &token)
{
    QStringList parts;
    if (token.allPackages)
        parts << QCoreApplication::translate("td::cli::TokenCreate", "all packages");
    parts << token.packages << token.scopes;
    QString text = parts.join(QStringLiteral(", "));
    if (!parts.isEmpty())
        text += QStringLiteral(" (") + permissionId(token.packagesPermission) + u')';
    if (!token.orgs.isEmpty()) {
        if (!text.isEmpty())
            text += QStringLiteral("; ");
        text += QCoreApplication::translate("td::cli::TokenCreate", "orgs %1 (%2)")
                    .arg(token.orgs.join(QStringLiteral(", ")), permissionId(token.orgsPermission));
    }
    return text;
}

QJsonValue isoOrNull(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

} // namespace

void printCreatedToken(const TokenCreation &creation, CliContext &context)
{
    const Token &t = creation.token;
    if (context.json) {
        // The grants in TokenDesk's own shape (TokenGrants::toJson); the keys print sorted.
        QJsonObject object = t.grants().toJson();
        object.insert(QStringLiteral("token"), creation.secret.revealString());
        object.insert(QStringLiteral("key"), t.key);
        object.insert(QStringLiteral("name"), t.name);
        object.insert(QStringLiteral("description"), t.description);
        object.insert(QStringLiteral("kind"), tokenKindId(t.kind));
        object.insert(QStringLiteral("expires"), isoOrNull(t.expires));
        object.insert(QStringLiteral("created"), isoOrNull(t.created));
        object.insert(QStringLiteral("storedInKeychain"), creation.storedInKeychain());
        context.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        context.out
            << QCoreApplication::translate("td::cli::TokenCreate", "Created token %1")
                   .arg(creation.secret.revealString())
            << '\n'
            << QCoreApplication::translate("td::cli::TokenCreate", "  name:     %1").arg(t.name)
            << '\n'
            << QCoreApplication::translate("td::cli::TokenCreate", "  key:      %1").arg(t.key)
            << '\n';
        const QString granted = grants(t);
        if (!granted.isEmpty())
            context.out << QCoreApplication::translate("td::cli::TokenCreate", "  grants:   %1")
                               .arg(granted)
                        << '\n';
        if (!t.cidr.isEmpty())
            context.out << QCoreApplication::translate("td::cli::TokenCreate", "  from IPs: %1")
                               .arg(t.cidr.join(QStringLiteral(", ")))
                        << '\n';
        if (t.bypass2fa)
            context.out << QCoreApplication::translate("td::cli::TokenCreate", "  bypasses 2FA")
                        << '\n';
        context.out << QCoreApplication::translate("td::cli::TokenCreate", "  expires:  %1")
                           .arg(t.expires.isValid()
                                    ? t.expires.toUTC().toString(Qt::ISODate)
                                    : QCoreApplication::translate("td::cli::TokenCreate", "never"))
                    << '\n';
        if (creation.storedInKeychain())
            context.out << QCoreApplication::translate(
                "td::cli::TokenCreate",
                "Stored in your keychain; 'tokendesk-cli run -- <command>' uses it.")
                        << '\n';
    }
    context.out.flush();
    if (!creation.storedInKeychain())
        context.err << "tokendesk-cli: "
                    << QCoreApplication::translate(
                           "td::cli::TokenCreate",
                           "warning: the token was created but could not be stored in your "
                           "keychain (%1). Copy it now: it is shown only this once.")
                           .arg(creation.storeError->message)
                    << Qt::endl;
}

} // namespace td::cli
