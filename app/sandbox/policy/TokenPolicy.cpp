// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenPolicy.h"

#include "sandbox/auth/Auth.h"

#include <QJsonArray>

namespace td::sandbox::policy {

namespace {

HttpResponse bad(const char *message)
{
    return HttpResponse::error(400, QLatin1String(message));
}

// Arrays of strings, or a comma-separated string (the CLI's --cidr a,b form).
QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    if (v.isString()) {
        for (const QString &part : v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    } else {
        for (const QJsonValue &item : v.toArray())
            out << item.toString().trimmed();
    }
    out.removeAll(QString());
    return out;
}

bool validPermission(const QString &p, bool allowStage)
{
    return p == QLatin1String("no-access") || p == QLatin1String("read-only")
        || p == QLatin1String("read-write")
        || (allowStage && p == QLatin1String("read-write-stage-only"));
}

} // namespace

bool isClassicRequest(const QJsonObject &body)
{
    for (const char *granular : {"packages", "packages_all", "scopes", "orgs", "name",
                                 "packages_and_scopes_permission", "orgs_permission", "expires"})
        if (body.contains(QLatin1String(granular)))
            return false;
    return body.contains(QStringLiteral("readonly"))
        || body.contains(QStringLiteral("cidr_whitelist"));
}

std::variant<Token, HttpResponse> buildToken(Context &ctx, const User &owner,
                                             const QJsonObject &body)
{
    const QDateTime now = ctx.state.now();
    Token t;
    t.kind = TokenKind::Granular;
    t.owner = owner.name;
    t.created = now;

    t.name = body.value(QStringLiteral("name")).toString().trimmed();
    if (t.name.isEmpty())
        return bad(messages::kNameRequired);
    if (t.name.size() > 40)
        return bad(messages::kNameTooLong);
    t.description = body.contains(QStringLiteral("description"))
        ? body.value(QStringLiteral("description")).toString()
        : body.value(QStringLiteral("token_description")).toString();
    if (t.description.size() > 120)
        return bad(messages::kDescriptionTooLong);

    t.packages = stringList(body.value(QStringLiteral("packages")));
    t.packagesAll = body.value(QStringLiteral("packages_all")).toBool()
        || t.packages.contains(QStringLiteral("*"));
    t.packages.removeAll(QStringLiteral("*"));
    for (const QString &s : stringList(body.value(QStringLiteral("scopes"))))
        t.scopes << (s.startsWith(QLatin1Char('@')) ? s : QLatin1Char('@') + s); // CLI sends "acme"
    t.orgs = stringList(body.value(QStringLiteral("orgs")));
    t.packages.removeDuplicates();
    t.scopes.removeDuplicates();
    t.orgs.removeDuplicates();
    if (t.packages.size() + t.scopes.size() > 50)
        return bad(messages::kTooManyPackages);
    if (t.orgs.size() > 50)
        return bad(messages::kTooManyOrgs);

    const bool hasPackages = t.packagesAll || !t.packages.isEmpty() || !t.scopes.isEmpty();
    const QJsonValue pkgPerm = body.value(QStringLiteral("packages_and_scopes_permission"));
    const QJsonValue orgPerm = body.value(QStringLiteral("orgs_permission"));
    t.packagesPermission = pkgPerm.isString()
        ? pkgPerm.toString()
        : QString::fromLatin1(hasPackages ? "read-only" : "no-access");
    t.orgsPermission = orgPerm.isString()
        ? orgPerm.toString()
        : QString::fromLatin1(t.orgs.isEmpty() ? "no-access" : "read-only");
    if (!validPermission(t.packagesPermission, true))
        return HttpResponse::error(
            400,
            QStringLiteral("Invalid packages_and_scopes_permission value: %1")
                .arg(t.packagesPermission));
    if (!validPermission(t.orgsPermission, false))
        return HttpResponse::error(
            400, QStringLiteral("Invalid orgs_permission value: %1").arg(t.orgsPermission));
    const bool packageGrant = hasPackages && t.packagesPermission != QLatin1String("no-access");
    const bool orgGrant = !t.orgs.isEmpty() && t.orgsPermission != QLatin1String("no-access");
    if (!packageGrant && !orgGrant)
        return bad(messages::kNoGrant);

    t.cidr = stringList(body.contains(QStringLiteral("cidr"))
                            ? body.value(QStringLiteral("cidr"))
                            : body.value(QStringLiteral("cidr_whitelist")));
    for (const QString &range : t.cidr)
        if (!auth::validIpv4Cidr(range))
            return bad(messages::kCidr);
    t.bypass2fa = body.value(QStringLiteral("bypass_2fa")).toBool();

    // Expiry: integer days or an ISO date; write tokens default to 7 days (max 90), read-only
    // tokens to 30 days with no maximum.
    const bool write = t.isWrite();
    const QJsonValue expires = body.value(QStringLiteral("expires"));
    if (expires.isUndefined() || expires.isNull()) {
        t.expiry = now.addDays(write ? 7 : 30);
    } else {
        bool isDays = expires.isDouble();
        double days = expires.toDouble();
        if (expires.isString()) {
            bool ok = false;
            days = expires.toString().toDouble(&ok);
            isDays = ok;
        }
        if (isDays) {
            if (days != double(qint64(days)))
                return bad(messages::kBadExpiry);
            if (days < 1)
                return bad(messages::kMinOneDay);
            if (write && days > 90)
                return bad(messages::kWriteMax);
            t.expiry = now.addDays(qint64(days));
        } else {
            t.expiry = parseIso(expires.toString());
            if (!t.expiry.isValid())
                return bad(messages::kBadExpiry);
            if (t.expiry < now.addSecs(86400 - 60))
                return bad(messages::kMinOneDay);
            if (write && t.expiry > now.addDays(90).addSecs(60))
                return bad(messages::kWriteMax);
        }
    }

    qsizetype count = 0;
    for (const Token &existing : ctx.state.tokens)
        if (existing.owner == owner.name && existing.kind == TokenKind::Granular
            && !existing.hidden)
            ++count;
    if (count >= 1000)
        return bad(messages::kTooManyTokens);
    return t;
}

QJsonObject publicJson(Context &ctx, const Token &t, bool withSecret)
{
    const auto time
        = [](const QDateTime &d) { return d.isValid() ? QJsonValue(iso(d)) : QJsonValue(); };
    if (t.kind == TokenKind::Classic) {
        // Classic list items (REG-DOCS): first characters of the secret, key = sha512 of it.
        QJsonObject o{
            {QStringLiteral("token"), withSecret ? t.secret : t.secret.left(6)},
            {QStringLiteral("key"), t.key},
            {QStringLiteral("cidr_whitelist"),
             t.cidr.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(t.cidr))},
            {QStringLiteral("readonly"), t.classicType == QLatin1String("read-only")},
            {QStringLiteral("automation"), t.classicType == QLatin1String("automation")},
            {QStringLiteral("created"), iso(t.created)},
            {QStringLiteral("updated"), time(t.updated.isValid() ? t.updated : t.created)}};
        QDateTime revoked = t.revoked;
        if (!revoked.isValid() && ctx.era != Era::Oct2025)
            revoked
                = QDateTime(QDate(2025, 12, 9), QTime(0, 0), Qt::UTC); // all classic tokens revoked
        o.insert(QStringLiteral("revoked"), time(revoked));
        return o;
    }
    QJsonArray permissions, scopes;
    if (t.packagesPermission != QLatin1String("no-access"))
        permissions.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("package")},
                                       {QStringLiteral("action"),
                                        t.packagesPermission.startsWith(QLatin1String("read-write"))
                                            ? QStringLiteral("write")
                                            : QStringLiteral("read")}});
    if (t.orgsPermission != QLatin1String("no-access"))
        permissions.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("org")},
                                       {QStringLiteral("action"),
                                        t.orgsPermission == QLatin1String("read-write")
                                            ? QStringLiteral("write")
                                            : QStringLiteral("read")}});
    if (t.packagesAll)
        scopes.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("*")},
                                  {QStringLiteral("type"), QStringLiteral("package")}});
    for (const QString &p : t.packages)
        scopes.append(QJsonObject{{QStringLiteral("name"), p},
                                  {QStringLiteral("type"), QStringLiteral("package")}});
    for (const QString &s : t.scopes)
        scopes.append(QJsonObject{{QStringLiteral("name"), s},
                                  {QStringLiteral("type"), QStringLiteral("scope")}});
    for (const QString &o : t.orgs)
        scopes.append(QJsonObject{{QStringLiteral("name"), o},
                                  {QStringLiteral("type"), QStringLiteral("org")}});
    QJsonObject o{{QStringLiteral("name"), t.name},
                  {QStringLiteral("description"), t.description},
                  {QStringLiteral("key"), t.key},
                  {QStringLiteral("token"), withSecret ? t.secret : redactToken(t.secret)},
                  {QStringLiteral("expiry"), time(t.expiry)},
                  {QStringLiteral("cidr"), QJsonArray::fromStringList(t.cidr)},
                  {QStringLiteral("bypass_2fa"), t.bypass2fa},
                  {QStringLiteral("readonly"), !t.isWrite()},
                  {QStringLiteral("revoked"), time(t.revoked)},
                  {QStringLiteral("created"), iso(t.created)},
                  {QStringLiteral("updated"), time(t.updated)},
                  {QStringLiteral("accessed"), time(t.accessed)},
                  {QStringLiteral("permissions"), permissions},
                  {QStringLiteral("scopes"), scopes}};
    if (t.isStageOnly())
        o.insert(QStringLiteral("publish_policy"), QStringLiteral("stage_only"));
    return o;
}

} // namespace td::sandbox::policy
