// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registry/RegistryKind.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace td {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::RegistryKind)
};

bool isCodeArtifactHost(const QString &host)
{
    // <domain>-<owner>.d.codeartifact.<region>.amazonaws.com (and .amazonaws.com.cn in China).
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[a-z0-9-]+\.d\.codeartifact\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$)"));
    return pattern.match(host).hasMatch();
}

bool isAzureHost(const QString &host)
{
    // pkgs.dev.azure.com/<org>/…, and the older <org>.pkgs.visualstudio.com.
    return host == QLatin1String("pkgs.dev.azure.com")
        || host.endsWith(QLatin1String(".pkgs.visualstudio.com"));
}

} // namespace

RegistryKind registryKindOf(const QUrl &registry, const RegistryEvidence &evidence)
{
    const QString host = registry.host().toLower();
    if (host == QLatin1String("registry.npmjs.org"))
        return RegistryKind::Npmjs;
    if (host == QLatin1String("npm.pkg.github.com"))
        return RegistryKind::GitHubPackages;
    if (isCodeArtifactHost(host))
        return RegistryKind::CodeArtifact;
    if (isAzureHost(host))
        return RegistryKind::AzureArtifacts;
    if (evidence.poweredBy.startsWith(QLatin1String("verdaccio"), Qt::CaseInsensitive))
        return RegistryKind::Verdaccio;
    if (evidence.tokenApi == std::optional<bool>(false))
        return RegistryKind::Unknown;
    if (evidence.reportsExpiry == std::optional<bool>(false))
        return RegistryKind::Verdaccio;
    return RegistryKind::NpmCompatible;
}

RegistryCapabilities capabilitiesOf(RegistryKind kind)
{
    RegistryCapabilities caps;
    switch (kind) {
    case RegistryKind::Npmjs:
    case RegistryKind::NpmCompatible:
        caps.listTokens = caps.createTokens = caps.revokeTokens = true;
        caps.stage = caps.trust = caps.twoFactor = true;
        caps.expiry = ExpirySource::PerToken;
        break;
    case RegistryKind::Verdaccio:
        caps.listTokens = caps.createTokens = caps.revokeTokens = true;
        caps.expiry = ExpirySource::SetByRegistry;
        break;
    case RegistryKind::GitHubPackages:
        caps.expiry = ExpirySource::ResponseHeader;
        break;
    case RegistryKind::CodeArtifact:
        caps.expiry = ExpirySource::TwelveHoursFromWrite;
        break;
    case RegistryKind::AzureArtifacts:
    case RegistryKind::Unknown:
        caps.expiry = ExpirySource::UserEntered;
        break;
    }
    return caps;
}

QString registryKindId(RegistryKind kind)
{
    switch (kind) {
    case RegistryKind::Npmjs:
        return QStringLiteral("npmjs");
    case RegistryKind::NpmCompatible:
        return QStringLiteral("npm-compatible");
    case RegistryKind::Verdaccio:
        return QStringLiteral("verdaccio");
    case RegistryKind::GitHubPackages:
        return QStringLiteral("github-packages");
    case RegistryKind::CodeArtifact:
        return QStringLiteral("codeartifact");
    case RegistryKind::AzureArtifacts:
        return QStringLiteral("azure-artifacts");
    case RegistryKind::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString registryKindLabel(RegistryKind kind)
{
    switch (kind) {
    case RegistryKind::Npmjs:
        return Tr::tr("npm");
    case RegistryKind::NpmCompatible:
        return Tr::tr("npm-compatible registry");
    case RegistryKind::Verdaccio:
        return Tr::tr("Verdaccio");
    case RegistryKind::GitHubPackages:
        return Tr::tr("GitHub Packages");
    case RegistryKind::CodeArtifact:
        return Tr::tr("AWS CodeArtifact");
    case RegistryKind::AzureArtifacts:
        return Tr::tr("Azure Artifacts");
    case RegistryKind::Unknown:
        return Tr::tr("other registry");
    }
    return {};
}

QString missingCapabilityReason(RegistryKind kind, RegistryAction action)
{
    const RegistryCapabilities caps = capabilitiesOf(kind);
    switch (action) {
    case RegistryAction::CreateToken:
    case RegistryAction::RevokeToken:
        if (action == RegistryAction::CreateToken ? caps.createTokens : caps.revokeTokens)
            return {};
        switch (kind) {
        case RegistryKind::GitHubPackages:
            return Tr::tr("GitHub Packages has no token API: manage personal access tokens in "
                          "GitHub's settings.");
        case RegistryKind::CodeArtifact:
            return Tr::tr("AWS CodeArtifact tokens come from \"aws codeartifact login\" and end "
                          "by themselves after 12 hours.");
        case RegistryKind::AzureArtifacts:
            return Tr::tr("Azure Artifacts has no token API: manage personal access tokens in "
                          "Azure DevOps' user settings.");
        default:
            return Tr::tr("This registry has no token API: manage its tokens where it issues "
                          "them.");
        }
    case RegistryAction::Stage:
        return caps.stage ? QString()
                          : Tr::tr("%1 has no staged publishing; it is an npmjs feature.")
                                .arg(registryKindLabel(kind));
    case RegistryAction::Trust:
        return caps.trust ? QString()
                          : Tr::tr("%1 has no trusted publishing; it is an npmjs feature.")
                                .arg(registryKindLabel(kind));
    }
    return {};
}

} // namespace td
