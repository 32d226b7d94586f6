// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/publishing/PublishPathClassifier.h"

#include "core/migration/TokenUsage.h"
#include "core/publishing/PublishPathReason.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

// The rules (issue 14, staged-publishing-and-2027.md §1):
//  - AtRisk: any direct-publish token (granular read-write, with or without bypass-2FA, or a
//    classic publish/automation token) can publish the package. npm's docs word the January 2027
//    cut-off for every direct-publish token and announce no exact day, so each one counts; one
//    that is not used anywhere still works and is named as unused.
//  - Ready: no such token, and trusted publishing (either permission) or a stage-only token.
//  - NoPath: nothing this account knows can publish it.
//  - Unknown: a fact could not be read (offline, 401, …): never guessed.
// npm has no API to read a package's publishing-access setting ("require 2FA and disallow
// tokens"): it is always listed as unknown, never inferred.

namespace td {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(td::PublishPathClassifier)
};

bool writes(Permission permission)
{
    return permission == Permission::ReadWrite || permission == Permission::ReadWriteStageOnly;
}

PublishWay trustWay(const TrustConfig &config)
{
    PublishWay way;
    // A config without permissions comes from a registry before 2026-09-03: it publishes directly.
    const bool direct = config.permissions.contains(QLatin1String("createPackage"))
        || !config.permissions.contains(QLatin1String("createStagedPackage"));
    way.route = direct ? PublishRoute::OidcDirect : PublishRoute::OidcStageOnly;
    way.label = trustLabel(config);
    return way;
}

// Trusted publishing is the way out where the package's CI can use it (GitHub Actions, GitLab,
// CircleCI on npmjs): it already has a trust config, a token of it is used from a GitHub or
// GitLab workflow here, or its repository lives on github.com / gitlab.com. Anything else
// (Azure Pipelines, Jenkins, Bitbucket, no CI known) gets the stage-only token path.
bool ciSupportsOidc(const PublishPathFacts &facts, const QList<const Token *> &tokens,
                    const QString &repository)
{
    if (facts.trust && !facts.trust->isEmpty())
        return true;
    for (const Token *token : tokens) {
        for (const CredentialFinding &place : placesOf(*token, facts.uses))
            if (place.source == CredentialSource::GitHubWorkflow
                || place.source == CredentialSource::GitLabCi)
                return true;
    }
    const QString host
        = QUrl(QString(repository).replace(QLatin1String("git+"), QString())).host().toLower();
    return host == QLatin1String("github.com") || host == QLatin1String("gitlab.com")
        || repository.startsWith(QLatin1String("github:"))
        || repository.startsWith(QLatin1String("gitlab:"));
}

// A workflow's path inside its repository (".github/workflows/release.yml", ".gitlab-ci.yml"),
// empty for a place that is no CI file.
QString ciFileName(const CredentialFinding &place)
{
    if (place.source != CredentialSource::GitHubWorkflow
        && place.source != CredentialSource::GitLabCi)
        return {};
    const qsizetype github = place.file.lastIndexOf(QLatin1String("/.github/"));
    return github >= 0 ? place.file.mid(github + 1) : place.file.section(QLatin1Char('/'), -1);
}

} // namespace

bool tokenCanPublish(const Token &token, const QString &package, const QDateTime &now)
{
    if (token.isRevoked() || token.readOnly)
        return false;
    if (token.hasExpiry() && now.isValid() && token.expires <= now)
        return false;
    if (token.isClassic())
        return token.canWrite(); // classic write tokens reach every package of their user
    if (!writes(token.packagesPermission) && !token.canWrite())
        return false;
    if (token.packagesPermission == Permission::NoAccess
        || token.packagesPermission == Permission::ReadOnly)
        return false;
    if (token.allPackages || token.packages.contains(package))
        return true;
    if (package.startsWith(QLatin1Char('@'))) {
        const QString scope = package.section(QLatin1Char('/'), 0, 0);
        return token.scopes.contains(scope) || token.scopes.contains(scope.mid(1));
    }
    return false;
}

PublishRoute tokenRoute(const Token &token)
{
    if (token.kind == TokenKind::GranularStageOnly
        || token.packagesPermission == Permission::ReadWriteStageOnly)
        return PublishRoute::StageOnlyToken;
    if (token.kind == TokenKind::GranularBypass2fa || token.kind == TokenKind::ClassicAutomation
        || token.bypass2fa)
        return PublishRoute::Bypass2faToken;
    return PublishRoute::DirectToken;
}

LastRelease lastReleaseOf(const Packument &packument)
{
    const PackumentVersion *best = nullptr;
    for (const PackumentVersion &v : packument.versions) {
        if (v.version == QLatin1String("0.0.0-stage"))
            continue;
        if (!best
            || (v.published.isValid()
                && (!best->published.isValid() || v.published > best->published)))
            best = &v;
    }
    // Without dates, `latest` is the best word the registry gives.
    const QString latest = packument.distTags.value(QStringLiteral("latest"));
    if (best && !best->published.isValid() && !latest.isEmpty()) {
        for (const PackumentVersion &v : packument.versions)
            if (v.version == latest)
                best = &v;
    }
    LastRelease last;
    if (!best)
        return last;
    last.version = best->version;
    last.published = best->published;
    last.publisher = best->publisher;
    last.attested = best->hasAttestations;
    if (!best->stagedId.isEmpty())
        last.source = LastReleaseSource::Staged;
    else if (best->trustedPublisher)
        last.source = LastReleaseSource::TrustedPublisher;
    else if (!best->publisher.isEmpty())
        last.source = LastReleaseSource::Token;
    return last;
}

PackagePublishPath classifyPublishPath(const PublishPathFacts &facts)
{
    PackagePublishPath path;
    path.account = facts.account;
    path.registry = facts.registry;
    path.package = facts.package;

    if (facts.trust) {
        for (const TrustConfig &config : *facts.trust)
            path.ways.append(trustWay(config));
    }
    QList<const Token *> publishing;
    for (const Token &token : facts.tokens) {
        if (!tokenCanPublish(token, facts.package, facts.now))
            continue;
        publishing.append(&token);
        PublishWay way;
        way.route = tokenRoute(token);
        way.label = tokenLabel(token);
        way.tokenKey = token.key;
        way.usedIn = usageLines(token, facts.uses, facts.homeDir);
        for (const CredentialFinding &place : placesOf(token, facts.uses)) {
            const QString file = ciFileName(place);
            if (!file.isEmpty() && !way.ciFiles.contains(file))
                way.ciFiles.append(file);
        }
        path.ways.append(way);
    }
    if (facts.packument) {
        path.last = lastReleaseOf(*facts.packument);
        for (const PackumentVersion &v : facts.packument->versions)
            if (v.version == path.last.version)
                path.repository = v.repository;
    }

    path.unknowns.append(
        Text::tr("Publishing access (require 2FA, disallow tokens): npm has no API to "
                 "read it."));
    if (path.last.source == LastReleaseSource::Token)
        path.unknowns.append(Text::tr("Whether the last release used a token or an interactive npm "
                                      "login: the registry does not say."));

    if (!facts.trust || !facts.packument) {
        path.verdict = PublishVerdict::Unknown;
        path.wayOut = WayOut::None;
        if (!facts.trust)
            path.unknowns.append(Text::tr("Trusted publishers: %1").arg(facts.fetchProblem));
        if (!facts.packument)
            path.unknowns.append(Text::tr("Last release: %1").arg(facts.fetchProblem));
        path.reason = unknownReason(facts.package, facts.fetchProblem);
        return path;
    }

    const bool direct = std::any_of(path.ways.cbegin(), path.ways.cend(), [](const PublishWay &w) {
        return isDirectPublishToken(w.route);
    });
    const bool survives
        = std::any_of(path.ways.cbegin(), path.ways.cend(), [](const PublishWay &w) {
              return isOidcRoute(w.route) || w.route == PublishRoute::StageOnlyToken;
          });
    const WayOut out = ciSupportsOidc(facts, publishing, path.repository)
        ? WayOut::TrustedPublishing
        : WayOut::StageOnlyToken;
    if (direct) {
        path.verdict = PublishVerdict::AtRisk;
        path.reason = atRiskReason(path);
        path.wayOut = out;
    } else if (survives) {
        path.verdict = PublishVerdict::Ready;
        path.reason = readyReason(path);
        path.wayOut = WayOut::None;
    } else {
        path.verdict = PublishVerdict::NoPath;
        path.reason = noPathReason(facts.package);
        path.wayOut = out;
    }
    return path;
}

} // namespace td
