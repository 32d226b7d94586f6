// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expiry/CredentialExpiry.h"
#include "core/registry/RegistryKind.h"
#include "core/registry/RegistryTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace td {

inline constexpr char kDefaultRegistry[] = "https://registry.npmjs.org/";
// npmjs sessions from `npm login` (web or couch) end after two hours (GitHub changelog
// 2025-12-09); registries do not say, so TokenDesk counts from the sign-in.
inline constexpr std::chrono::seconds kSessionLifetime{2 * 60 * 60};

// What TokenDesk has learned about a registry by talking to it; unset until it knows.
struct AccountCapabilities
{
    std::optional<bool> webLogin;      // POST /-/v1/login works
    std::optional<bool> reportsExpiry; // token objects carry `expiry` (Verdaccio's do not)
    std::optional<bool> tokenApi;      // GET /-/npm/v1/tokens exists (false: it answered 404)
    QString server;                    // X-Powered-By as the registry sent it ("verdaccio/6.1.2")
};

// One npm identity on one registry. Metadata only: the session secret is in the keychain under
// SecretStore::sessionKey(id).
struct Account
{
    QString id; // "user@host[:port]", stable, used in keychain keys and caches
    QUrl registry = QUrl(QString::fromLatin1(kDefaultRegistry));
    QString user;
    TwoFactorMode twoFactor = TwoFactorMode::Unknown;
    AccountCapabilities capabilities;
    QDateTime lastSignIn;
    QDateTime sessionExpires; // invalid = signed out
    // On the practice registry the desktop app started (tokendesk-sandbox on loopback, demo
    // data): labelled as such everywhere and forgotten when that registry stops.
    bool practice = false;

    // Where the registry lists no tokens, when the account's own token ends and how TokenDesk
    // knows (GitHub's header, CodeArtifact's 12 hours, or what the user entered).
    CredentialExpiry credentialExpiry;

    // What the registry is, from its address and what it answered (RegistryKind.h).
    RegistryKind registryKind() const
    {
        return registryKindOf(
            registry, {capabilities.reportsExpiry, capabilities.tokenApi, capabilities.server});
    }

    static QString makeId(const QUrl &registry, const QString &user);

    bool hasSession(const QDateTime &now) const
    {
        return sessionExpires.isValid() && now < sessionExpires;
    }

    QJsonObject toJson() const;
    static std::optional<Account> fromJson(const QJsonObject &object);
};

QString twoFactorModeId(TwoFactorMode mode);
TwoFactorMode twoFactorModeFromId(const QString &id);

// "session ends in 1 h 52 min", "session ends in 4 min", "session ended", "signed out".
QString describeSession(const Account &account, const QDateTime &now);

} // namespace td
