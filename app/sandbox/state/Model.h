// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace td::sandbox {

struct User
{
    QString name;
    QString password;
    QString email;
    QString tfa = QStringLiteral("none"); // none | totp | webauthn
    QString totpSecret;                   // base32, when tfa == totp
    QString fullname;
    QDateTime created;
    QDateTime updated;
    // Set by a 2FA approval with "skip two-factor authentication for the next 5 minutes" ticked:
    // until then the user's writes pass without npm-otp (npmjs's bulk-usage advice).
    QDateTime skip2faUntil;
};

struct Org
{
    QString name;
    QMap<QString, QString> members;   // user → developer | admin | owner
    QMap<QString, QStringList> teams; // team → users
};

struct TrustConfig
{
    QString id;
    QString type; // github | gitlab | circleci
    QJsonObject claims;
    QStringList permissions; // createPackage, createStagedPackage
};

struct Package
{
    QString name;
    QString description;
    QStringList maintainers;
    QString access = QStringLiteral("public"); // public | restricted
    bool publishRequiresTfa = true;
    bool automationTokenOverridesTfa = true;
    QJsonObject versions; // version → manifest
    QJsonObject distTags;
    QJsonObject time;
    QList<TrustConfig> trust;
    QMap<QString, QByteArray> tarballs; // file name → bytes
};

// A version waiting for approval (npm stage publish). The record holds the publish document's
// manifest and tarball until a maintainer approves (it enters the packument) or rejects it.
struct StagedVersion
{
    QString id; // lower-case UUID
    QString packageName;
    QString version;
    QString tag; // fixed at staging
    QDateTime created;
    QDateTime readyAt; // "validating" until then; null = staged at once
    QString actor;     // user name, or the CI's label for trusted automation
    QString actorType = QStringLiteral("user"); // user | trusted automation
    QString access = QStringLiteral("public");  // public | private
    QString provider;                           // trusted automation: github | gitlab | circleci
    QString oidcConfigId;
    QJsonObject oidcClaims; // trusted automation: the id token's claims, for the provenance
    QJsonObject manifest;
    QByteArray tarball;

    bool isValidating(const QDateTime &now) const { return readyAt.isValid() && now < readyAt; }
};

enum class TokenKind { Session, Granular, Classic, Oidc };

struct Token
{
    QString key;
    QString secret;
    QString owner;
    TokenKind kind = TokenKind::Granular;
    QString name;
    QString description;
    QDateTime created;
    QDateTime updated;
    QDateTime accessed;
    QDateTime expiry;    // null = never
    QDateTime revoked;   // null = active
    bool hidden = false; // revoked by its owner: no longer listed
    bool bypass2fa = false;
    QStringList cidr;
    QString packagesPermission
        = QStringLiteral("no-access"); // no-access|read-only|read-write|read-write-stage-only
    QString orgsPermission = QStringLiteral("no-access");
    bool packagesAll = false;
    QStringList packages;
    QStringList scopes; // "@scope"
    QStringList orgs;
    QString classicType; // publish | automation | read-only (classic tokens)
    QString oidcPackage; // OIDC tokens: the one package they may publish
    QString oidcProvider;
    QString oidcConfigId;
    QStringList
        oidcPermissions;    // the trust configs' permissions: createPackage, createStagedPackage
    QJsonObject oidcClaims; // the exchanged id token's claims: the provenance leaf's identity

    bool isWrite() const;
    bool isStageOnly() const
    {
        return packagesPermission == QLatin1String("read-write-stage-only");
    }
};

// A login or 2FA request waiting for approval through the web page or the control API.
struct Pending
{
    QString id;
    QString kind;     // login | 2fa
    QString username; // known for 2fa, set on approval for login
    QString command;  // npm-command of the request that asked for 2FA
    QDateTime created;
    QString state = QStringLiteral("pending"); // pending | approved | denied
    QString result; // session token (login) or one-time code (2fa) once approved
    bool consumed = false;
};

// A one-time code handed out by e-mail or by the web 2FA flow.
struct IssuedCode
{
    QString username;
    QString code;
    QDateTime expires;
    bool singleUse = true;
    bool used = false;
};

struct Email
{
    QString to;
    QString username;
    QString subject;
    QString body;
    QString code;
    QDateTime sent;
};

QString iso(const QDateTime &t); // "2026-05-28T12:22:18.350Z", or "" for a null time
QDateTime parseIso(const QString &s);

} // namespace td::sandbox
