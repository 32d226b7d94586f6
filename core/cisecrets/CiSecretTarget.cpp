// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cisecrets/CiSecretTarget.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace td {

namespace {

struct KindInfo
{
    CiStoreKind kind;
    CiProvider provider;
    const char *id;
    bool hasRepo;
    bool hasScope;
};

constexpr KindInfo kKinds[] = {
    {CiStoreKind::GitHubRepository, CiProvider::GitHub, "repository", true, false},
    {CiStoreKind::GitHubEnvironment, CiProvider::GitHub, "environment", true, true},
    {CiStoreKind::GitHubOrganization, CiProvider::GitHub, "organization", false, false},
    {CiStoreKind::GitLabProject, CiProvider::GitLab, "project", false, true},
    {CiStoreKind::GitLabGroup, CiProvider::GitLab, "group", false, true},
    {CiStoreKind::CircleCiProject, CiProvider::CircleCi, "project", false, false},
    {CiStoreKind::CircleCiContext, CiProvider::CircleCi, "context", false, true},
};

const KindInfo &infoOf(CiStoreKind kind)
{
    for (const KindInfo &info : kKinds)
        if (info.kind == kind)
            return info;
    return kKinds[0];
}

// ':' separates the fields of an id, so it (and '%') is escaped inside them; '/' and '*' stay
// readable.
QString encodeField(const QString &field)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(field, "/*@!$&'()+,;=~-._"));
}

QString decodeField(const QString &field)
{
    return QUrl::fromPercentEncoding(field.toUtf8());
}

// lupdate takes the context from the macro, for members and free functions alike (a plain
// tr() helper put the free functions' strings under "td", where no translation is looked up).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::CiSecretTarget)
};

} // namespace

QString ciProviderId(CiProvider provider)
{
    switch (provider) {
    case CiProvider::GitHub:
        return QStringLiteral("github");
    case CiProvider::GitLab:
        return QStringLiteral("gitlab");
    case CiProvider::CircleCi:
        return QStringLiteral("circleci");
    }
    return {};
}

QString ciProviderLabel(CiProvider provider)
{
    switch (provider) {
    case CiProvider::GitHub:
        return QStringLiteral("GitHub");
    case CiProvider::GitLab:
        return QStringLiteral("GitLab");
    case CiProvider::CircleCi:
        return QStringLiteral("CircleCI");
    }
    return {};
}

std::optional<CiProvider> ciProviderFromId(const QString &id)
{
    for (CiProvider provider : {CiProvider::GitHub, CiProvider::GitLab, CiProvider::CircleCi})
        if (ciProviderId(provider) == id)
            return provider;
    return std::nullopt;
}

QString ciDefaultHost(CiProvider provider)
{
    switch (provider) {
    case CiProvider::GitHub:
        return QStringLiteral("github.com");
    case CiProvider::GitLab:
        return QStringLiteral("gitlab.com");
    case CiProvider::CircleCi:
        return QStringLiteral("circleci.com");
    }
    return {};
}

CiProvider ciProviderOf(CiStoreKind kind)
{
    return infoOf(kind).provider;
}

QString ciStoreKindId(CiStoreKind kind)
{
    return QString::fromLatin1(infoOf(kind).id);
}

bool CiSecretTarget::isValid() const
{
    const KindInfo &info = infoOf(kind);
    const bool needsScope
        = kind == CiStoreKind::GitHubEnvironment || kind == CiStoreKind::CircleCiContext;
    return !host.isEmpty() && !owner.isEmpty() && !name.isEmpty()
        && (!info.hasRepo || !repo.isEmpty()) && (!needsScope || !scope.isEmpty());
}

QString CiSecretTarget::id() const
{
    const KindInfo &info = infoOf(kind);
    QStringList fields{ciProviderId(info.provider), QString::fromLatin1(info.id), encodeField(host),
                       encodeField(owner)};
    if (info.hasRepo)
        fields << encodeField(repo);
    if (info.hasScope)
        fields << encodeField(
            scope.isEmpty() && info.provider == CiProvider::GitLab ? QStringLiteral("*") : scope);
    fields << encodeField(name);
    return fields.join(QLatin1Char(':'));
}

std::optional<CiSecretTarget> CiSecretTarget::fromId(const QString &id)
{
    const QStringList fields = id.split(QLatin1Char(':'));
    if (fields.size() < 5)
        return std::nullopt;
    const auto provider = ciProviderFromId(fields.at(0));
    if (!provider)
        return std::nullopt;
    for (const KindInfo &info : kKinds) {
        if (info.provider != *provider || fields.at(1) != QLatin1String(info.id))
            continue;
        const int expected = 5 + (info.hasRepo ? 1 : 0) + (info.hasScope ? 1 : 0);
        if (fields.size() != expected)
            return std::nullopt;
        CiSecretTarget target;
        target.kind = info.kind;
        int at = 2;
        target.host = decodeField(fields.at(at++));
        target.owner = decodeField(fields.at(at++));
        if (info.hasRepo)
            target.repo = decodeField(fields.at(at++));
        if (info.hasScope)
            target.scope = decodeField(fields.at(at++));
        target.name = decodeField(fields.at(at));
        if (!target.isValid())
            return std::nullopt;
        return target;
    }
    return std::nullopt;
}

QString CiSecretTarget::label() const
{
    const QString repoPath = owner + QLatin1Char('/') + repo;
    switch (kind) {
    case CiStoreKind::GitHubRepository:
        return Tr::tr("secret %1 in %2").arg(name, repoPath);
    case CiStoreKind::GitHubEnvironment:
        return Tr::tr("secret %1 of environment %2 in %3").arg(name, scope, repoPath);
    case CiStoreKind::GitHubOrganization:
        return Tr::tr("organization secret %1 of %2").arg(name, owner);
    case CiStoreKind::GitLabProject:
        return scope.isEmpty() || scope == QLatin1String("*")
            ? Tr::tr("variable %1 in GitLab project %2").arg(name, owner)
            : Tr::tr("variable %1 (environment %2) in GitLab project %3").arg(name, scope, owner);
    case CiStoreKind::GitLabGroup:
        return scope.isEmpty() || scope == QLatin1String("*")
            ? Tr::tr("variable %1 in GitLab group %2").arg(name, owner)
            : Tr::tr("variable %1 (environment %2) in GitLab group %3").arg(name, scope, owner);
    case CiStoreKind::CircleCiProject:
        return Tr::tr("variable %1 in CircleCI project %2").arg(name, owner);
    case CiStoreKind::CircleCiContext:
        return Tr::tr("variable %1 in CircleCI context %2").arg(name, scope);
    }
    return id();
}

QJsonObject CiSecretTarget::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id()},
                       {QStringLiteral("provider"), ciProviderId(provider())},
                       {QStringLiteral("kind"), ciStoreKindId(kind)},
                       {QStringLiteral("host"), host},
                       {QStringLiteral("owner"), owner},
                       {QStringLiteral("repo"), repo},
                       {QStringLiteral("scope"), scope},
                       {QStringLiteral("name"), name}};
}

std::optional<CiSecretTarget> CiSecretTarget::fromJson(const QJsonObject &object)
{
    return fromId(object.value(QLatin1String("id")).toString());
}

} // namespace td
