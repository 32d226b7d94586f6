// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishing/PublishPathClassifier.h"

#include "migration/TokenUsage.h"
#include "trust/RegistryTrustBridge.h"

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

QString trustLabel(const TrustConfig &config)
{
    const std::optional<TrustedPublisher> publisher = fromRegistryConfig(config);
    if (!publisher)
        return Text::tr("%1 trusted publisher").arg(config.type);
    QString label;
    switch (publisher->type) {
    case TrustProvider::GitHub:
        label
            = Text::tr("GitHub Actions %1, %2").arg(publisher->repository, publisher->workflowFile);
        break;
    case TrustProvider::GitLab:
        label
            = Text::tr("GitLab CI/CD %1, %2").arg(publisher->projectPath, publisher->ciConfigFile);
        break;
    case TrustProvider::CircleCi:
        label = Text::tr("CircleCI %1")
                    .arg(publisher->vcsOrigin.isEmpty() ? publisher->projectId
                                                        : publisher->vcsOrigin);
        break;
    }
    if (!publisher->environment.isEmpty())
        label += Text::tr(", environment %1").arg(publisher->environment);
    return label;
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

QString tokenLabel(const Token &token)
{
    const QString name = token.name.isEmpty() ? token.redacted : token.name;
    return Text::tr("\"%1\" (%2)").arg(name, tokenKindLabel(token.kind));
}

bool oidcRoute(PublishRoute route)
{
    return route == PublishRoute::OidcDirect || route == PublishRoute::OidcStageOnly;
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

QString placesText(const QStringList &usedIn)
{
    return usedIn.join(QStringLiteral("; "));
}

QString atRiskReason(const PackagePublishPath &path)
{
    QStringList sentences;
    QStringList survivors;
    for (const PublishWay &way : path.ways) {
        if (!isDirectPublishToken(way.route)) {
            survivors.append(way.label);
            continue;
        }
        if (way.usedIn.isEmpty())
            sentences.append(Text::tr("Token %1 can publish %2 directly; it is not used anywhere "
                                      "TokenDesk looked, but it works until it is revoked.")
                                 .arg(way.label, path.package));
        else
            sentences.append(Text::tr("Token %1 can publish %2 directly and is used in %3.")
                                 .arg(way.label, path.package, placesText(way.usedIn)));
    }
    sentences.append(
        Text::tr("npm ends direct publishing with tokens in January 2027; no exact day "
                 "is announced."));
    if (!survivors.isEmpty())
        sentences.append(Text::tr("It can also be published through %1.")
                             .arg(survivors.join(QStringLiteral("; "))));
    return sentences.join(QLatin1Char(' '));
}

QString readyReason(const PackagePublishPath &path)
{
    QStringList oidc;
    QStringList stageTokens;
    for (const PublishWay &way : path.ways) {
        if (oidcRoute(way.route))
            oidc.append(way.label);
        else if (way.route == PublishRoute::StageOnlyToken)
            stageTokens.append(
                way.usedIn.isEmpty()
                    ? Text::tr("%1, not used on this machine").arg(way.label)
                    : Text::tr("%1, used in %2").arg(way.label, placesText(way.usedIn)));
    }
    QStringList sentences;
    if (!oidc.isEmpty())
        sentences.append(
            Text::tr("Publishes through trusted publishing (%1), which January 2027 does "
                     "not affect.")
                .arg(oidc.join(QStringLiteral("; "))));
    if (!stageTokens.isEmpty())
        sentences.append(Text::tr("Stages with the stage-only token %1; a maintainer approves each "
                                  "release with 2FA.")
                             .arg(stageTokens.join(QStringLiteral("; "))));
    return sentences.join(QLatin1Char(' '));
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
        path.reason
            = Text::tr("TokenDesk could not read how %1 is published: %2 Nothing is guessed; "
                       "try again when the registry answers.")
                  .arg(facts.package, facts.fetchProblem);
        return path;
    }

    const bool direct = std::any_of(path.ways.cbegin(), path.ways.cend(), [](const PublishWay &w) {
        return isDirectPublishToken(w.route);
    });
    const bool survives
        = std::any_of(path.ways.cbegin(), path.ways.cend(), [](const PublishWay &w) {
              return oidcRoute(w.route) || w.route == PublishRoute::StageOnlyToken;
          });
    const PublishRoute outRoute = ciSupportsOidc(facts, publishing, path.repository)
        ? PublishRoute::OidcStageOnly
        : PublishRoute::StageOnlyToken;
    const WayOut out = outRoute == PublishRoute::OidcStageOnly ? WayOut::TrustedPublishing
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
        path.reason = Text::tr("No trusted publisher and no token of this account can publish %1.")
                          .arg(facts.package);
        path.wayOut = out;
    }
    return path;
}

} // namespace td
