// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tokens/Token.h"
#include "core/util/SecretBuffer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Plain Qt value types for what the registry answers. The JSON DTOs in registry/json/ produce
// them; nothing outside that folder sees nlohmann/json.
namespace td {

// The two addresses of a browser flow: where the user approves, and where TokenDesk polls.
struct WebAuthUrls
{
    QUrl authUrl; // loginUrl for sign-in, authUrl for a 2FA approval
    QUrl doneUrl;
};

// How an account protects itself, from GET /-/npm/v1/user (`tfa`).
enum class TwoFactorMode { Unknown, Disabled, AuthOnly, AuthAndWrites };

struct RegistryProfile
{
    QString name;
    QString email;
    bool emailVerified = false;
    TwoFactorMode twoFactor = TwoFactorMode::Unknown;
    bool twoFactorPending = false;
    QDateTime created;
    QStringList cidrWhitelist;
};

// One page of GET /-/npm/v1/tokens, already normalised.
struct TokenPage
{
    QList<Token> tokens;
    QString next; // urls.next as sent (relative or absolute); empty when done
    std::optional<int> total;
    bool anyTokenReportsExpiry = false; // some object carried an `expiry` field
    // Each token object exactly as the registry sent it (compact JSON), in the order of `tokens`:
    // `token list --json/--parseable` print the registry's own fields, as npm does.
    // Usually views (QByteArray::fromRawData) into the answers kept in rawSources, so that 1,000
    // objects are not copied one by one (issue 18); whoever moves rawObjects to another page
    // moves rawSources with them. A view is not '\0'-terminated: read it by its size.
    QList<QByteArray> rawObjects;
    QList<QByteArray> rawSources;
};

// A new token as the registry answers it: metadata plus the secret, shown once.
struct CreatedToken
{
    Token token;
    SecretBuffer secret;
};

// What to create (npm token create's flags). The permissions go out only where they apply
// (TokenGrants::toRegistryJson()). Classic requests are for registries such as Verdaccio that
// only know classic tokens: they send readonly and cidr alone.
struct TokenCreateRequest : TokenGrants
{
    QString name;
    QString description;
    std::optional<int> expiresDays;
    bool classic = false;
    bool classicReadOnly = false;

    // What the body says for --packages-and-scopes-permission and --orgs-permission: nothing
    // unless packages or scopes (orgs) are granted.
    std::optional<Permission> sentPackagesPermission() const
    {
        return grantsPackages() ? std::optional(packagesPermission) : std::nullopt;
    }
    std::optional<Permission> sentOrgsPermission() const
    {
        return orgs.isEmpty() ? std::nullopt : std::optional(orgsPermission);
    }
};

struct SearchHit
{
    QString name;
    QString version;
    QString description;
    QDateTime date;
    QStringList maintainers;
};

struct SearchResult
{
    QList<SearchHit> hits;
    int total = 0;
};

// A trusted-publisher configuration. `claims` is provider specific and passed through as JSON.
struct TrustConfig
{
    QString id;
    QString type; // "github", "gitlab", "circleci"
    QJsonObject claims;
    QStringList permissions; // "createPackage", "createStagedPackage"
};

// Publishing access of a package (POST /-/package/<name>/access).
struct PackageAccess
{
    std::optional<bool> publishRequiresTfa;
    std::optional<bool> automationTokenOverridesTfa;
    std::optional<bool> isPublic;
};

struct PackumentVersion
{
    QString version;
    QString publisher;             // _npmUser.name
    bool trustedPublisher = false; // _npmUser.trustedPublisher present
    bool hasAttestations = false;  // dist.attestations present
    QDateTime published;           // time[version]; invalid when the registry sent none
    QString stagedId;              // _stagedId: the version was staged, then approved
    QString repository;            // the manifest's repository (string or .url), as written
};

struct Packument
{
    QString name;
    QMap<QString, QString> distTags;
    QList<PackumentVersion> versions;
    QStringList maintainers;
    QDateTime modified;
};

// "pkg" -> "read" | "write", as the package and org listings answer.
using AccessMap = QMap<QString, QString>;

} // namespace td
