// SPDX-License-Identifier: GPL-3.0-or-later
#include "Staging.h"

#include "TarGz.h"
#include "sandbox/auth/Crypto.h"

#include <QJsonDocument>
#include <QUuid>

namespace td::sandbox::staging {

namespace {

QString str(const QJsonObject &o, const char *key, const QString &fallback = {})
{
    return o.value(QLatin1String(key)).toString(fallback);
}

} // namespace

Package placeholderPackage(const QString &name, const QString &owner, const QString &access,
                           const QDateTime &now)
{
    Package p;
    p.name = name;
    p.maintainers = {owner};
    p.access = access;
    const QString version = QLatin1String(kPlaceholderVersion);
    p.description = QStringLiteral("Temporary package placeholder for staged publishing");
    p.versions.insert(version,
                      QJsonObject{{QStringLiteral("name"), name},
                                  {QStringLiteral("version"), version},
                                  {QStringLiteral("description"), p.description}});
    p.distTags.insert(QStringLiteral("latest"), version);
    p.time.insert(QStringLiteral("created"), iso(now));
    p.time.insert(QStringLiteral("modified"), iso(now));
    p.time.insert(version, iso(now));
    return p;
}

QByteArray tarballFromFiles(const QJsonObject &files, const QJsonObject &manifest)
{
    QList<QPair<QString, QByteArray>> entries;
    const QString manifestPath = QStringLiteral("package/package.json");
    if (!files.contains(manifestPath))
        entries.append({manifestPath, QJsonDocument(manifest).toJson(QJsonDocument::Indented)});
    for (auto it = files.begin(); it != files.end(); ++it)
        entries.append({it.key(), it.value().toString().toUtf8()});
    return targz::build(entries);
}

std::optional<StagedVersion> fromSeed(const QJsonObject &o, QMap<QString, Package> &packages,
                                      const QMap<QString, User> &users, qint64 validationSeconds,
                                      const QDateTime &now, QString *error)
{
    StagedVersion s;
    s.packageName = str(o, "package");
    s.version = str(o, "version");
    if (s.packageName.isEmpty() || s.version.isEmpty()) {
        *error = QStringLiteral("a staged version needs package and version");
        return std::nullopt;
    }
    if (!packages.contains(s.packageName)) {
        if (!o.value(QStringLiteral("create")).toBool()) {
            *error = QStringLiteral("staged package %1 does not exist (give \"create\": true)")
                         .arg(s.packageName);
            return std::nullopt;
        }
        const QString owner = str(o, "actor", QStringLiteral("maintainer"));
        packages.insert(s.packageName,
                        placeholderPackage(s.packageName, owner,
                                           str(o, "access") == QLatin1String("private")
                                               ? QStringLiteral("restricted")
                                               : QStringLiteral("public"),
                                           now));
    }
    const Package &package = packages[s.packageName];
    s.id = str(o, "id", crypto::newUuid()).toLower();
    if (QUuid::fromString(s.id).isNull()) {
        *error = QStringLiteral("staged id %1 is not a UUID").arg(s.id);
        return std::nullopt;
    }
    s.tag = str(o, "tag", QStringLiteral("latest"));
    s.actorType = str(o, "actor_type", QStringLiteral("user"));
    if (s.actorType != QLatin1String("user")
        && s.actorType != QLatin1String("trusted automation")) {
        *error = QStringLiteral("actor_type must be \"user\" or \"trusted automation\"");
        return std::nullopt;
    }
    s.provider = str(o, "provider");
    s.oidcConfigId = str(o, "oidc_config_id");
    s.oidcClaims = o.value(QStringLiteral("oidc_claims")).toObject();
    if (s.actorType == QLatin1String("trusted automation")) {
        if (s.provider.isEmpty())
            s.provider = QStringLiteral("github");
        s.actor = str(o, "actor", oidcLabel(s.provider));
    } else {
        s.actor = str(o, "actor", package.maintainers.value(0));
        if (!users.contains(s.actor)) {
            *error = QStringLiteral("staged actor %1 is not a user").arg(s.actor);
            return std::nullopt;
        }
    }
    s.access = str(o, "access",
                   package.access == QLatin1String("restricted") ? QStringLiteral("private")
                                                                 : QStringLiteral("public"));
    if (o.contains(QStringLiteral("created")))
        s.created = parseIso(str(o, "created"));
    else
        s.created
            = now.addSecs(-qint64(o.value(QStringLiteral("created_minutes_ago")).toDouble() * 60));
    if (!s.created.isValid()) {
        *error = QStringLiteral("staged created must be an ISO 8601 date-time");
        return std::nullopt;
    }
    if (o.contains(QStringLiteral("ready_at"))) {
        s.readyAt = parseIso(str(o, "ready_at")); // empty: staged
    } else if (str(o, "status", QStringLiteral("staged")) == QLatin1String("validating")) {
        const qint64 seconds = o.contains(QStringLiteral("validating_seconds"))
            ? qint64(o.value(QStringLiteral("validating_seconds")).toDouble())
            : validationSeconds;
        s.readyAt = now.addSecs(seconds);
    }
    s.manifest = o.value(QStringLiteral("manifest")).toObject();
    if (s.manifest.isEmpty())
        s.manifest = QJsonObject{{QStringLiteral("description"), package.description}};
    s.manifest.insert(QStringLiteral("name"), s.packageName);
    s.manifest.insert(QStringLiteral("version"), s.version);
    if (o.contains(QStringLiteral("tarball")))
        s.tarball = QByteArray::fromBase64(str(o, "tarball").toLatin1());
    else
        s.tarball = tarballFromFiles(o.value(QStringLiteral("files"))
                                         .toObject({{QStringLiteral("package/index.js"),
                                                     QStringLiteral("module.exports = {};\n")}}),
                                     s.manifest);
    return s;
}

QJsonObject toSeed(const StagedVersion &s, bool withTarball)
{
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("package"), s.packageName},
                  {QStringLiteral("version"), s.version},
                  {QStringLiteral("tag"), s.tag},
                  {QStringLiteral("created"), iso(s.created)},
                  {QStringLiteral("ready_at"), iso(s.readyAt)},
                  {QStringLiteral("actor"), s.actor},
                  {QStringLiteral("actor_type"), s.actorType},
                  {QStringLiteral("access"), s.access},
                  {QStringLiteral("manifest"), s.manifest},
                  {QStringLiteral("shasum"), crypto::sha1Hex(s.tarball)},
                  {QStringLiteral("tarball_size"), s.tarball.size()}};
    if (!s.provider.isEmpty())
        o.insert(QStringLiteral("provider"), s.provider);
    if (!s.oidcConfigId.isEmpty())
        o.insert(QStringLiteral("oidc_config_id"), s.oidcConfigId);
    if (!s.oidcClaims.isEmpty())
        o.insert(QStringLiteral("oidc_claims"), s.oidcClaims);
    if (withTarball)
        o.insert(QStringLiteral("tarball"), QString::fromLatin1(s.tarball.toBase64()));
    return o;
}

QString oidcLabel(const QString &provider)
{
    return provider == QLatin1String("github")  ? QStringLiteral("GitHub Actions")
        : provider == QLatin1String("gitlab")   ? QStringLiteral("GitLab CI/CD")
        : provider == QLatin1String("circleci") ? QStringLiteral("CircleCI")
                                                : provider;
}

} // namespace td::sandbox::staging
