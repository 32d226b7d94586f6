// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/publishing/PublishPath.h"

#include <QList>

namespace td::test {

// One package per publish path the Publishing tab must show (issue 14): OIDC stage-only, OIDC
// direct, stage-only token, direct token used in ~/.npmrc and a workflow, bypass-2FA token used
// by Jenkins, no path, and facts that could not be read. Sorted by name here; the table sorts.
inline QList<PackagePublishPath> demoPublishPaths()
{
    const QString account = QStringLiteral("registry.npmjs.org:maintainer");
    const QString registry = QStringLiteral("https://registry.npmjs.org/");
    const QDateTime when(QDate(2026, 11, 20), QTime(14, 5), Qt::UTC);
    auto path = [&](const QString &package, PublishVerdict verdict, WayOut wayOut,
                    QList<PublishWay> ways, LastRelease last, const QString &reason) {
        PackagePublishPath p;
        p.account = account;
        p.registry = registry;
        p.package = package;
        p.verdict = verdict;
        p.wayOut = wayOut;
        p.ways = std::move(ways);
        p.last = std::move(last);
        p.reason = reason;
        return p;
    };
    QList<PackagePublishPath> paths;
    paths << path(QStringLiteral("@acme/icons"), PublishVerdict::Ready, WayOut::None,
                  {{PublishRoute::StageOnlyToken,
                    QStringLiteral("ci-stage"),
                    QStringLiteral("k-stage"),
                    {QStringLiteral("CI secret NPM_TOKEN")},
                    {}}},
                  {QStringLiteral("3.1.0"), when, LastReleaseSource::Staged,
                   QStringLiteral("maintainer"), false},
                  QStringLiteral("Published through the stage-only token 'ci-stage'; each "
                                 "release waits for your approval."));
    paths << path(QStringLiteral("@acme/private"), PublishVerdict::Unknown, WayOut::None, {}, {},
                  QStringLiteral("The registry refused to list its trust configs (401)."));
    paths.last().unknowns = {QStringLiteral("Trust configs: the registry answered 401."),
                             QStringLiteral("npm has no API to read the package's publishing "
                                            "access setting.")};
    paths << path(QStringLiteral("@acme/ui"), PublishVerdict::Ready, WayOut::None,
                  {{PublishRoute::OidcDirect,
                    QStringLiteral("GitHub Actions acme/ui, release.yml"),
                    {},
                    {},
                    {}}},
                  {QStringLiteral("2.4.0"), when, LastReleaseSource::TrustedPublisher,
                   QStringLiteral("GitHub Actions"), true},
                  QStringLiteral("Trusted publishing from GitHub Actions: not affected by "
                                 "January 2027."));
    paths << path(QStringLiteral("@acme/widgets"), PublishVerdict::Ready, WayOut::None,
                  {{PublishRoute::OidcStageOnly,
                    QStringLiteral("GitHub Actions acme/widgets, publish.yml, env npm"),
                    {},
                    {},
                    {}}},
                  {QStringLiteral("1.8.2"), when, LastReleaseSource::Staged,
                   QStringLiteral("maintainer"), true},
                  QStringLiteral("Trusted publishing stages each release; you approve it."));
    paths << path(QStringLiteral("@maintainer/abandoned"), PublishVerdict::NoPath,
                  WayOut::TrustedPublishing, {}, {},
                  QStringLiteral("No trust config and no token can publish it."));
    paths << path(QStringLiteral("@maintainer/tool"), PublishVerdict::AtRisk,
                  WayOut::StageOnlyToken,
                  {{PublishRoute::Bypass2faToken,
                    QStringLiteral("ci-publish"),
                    QStringLiteral("k-bypass"),
                    {QStringLiteral("Jenkinsfile (NPM_TOKEN)")},
                    {}}},
                  {QStringLiteral("0.9.0"), when, LastReleaseSource::Token,
                   QStringLiteral("maintainer"), false},
                  QStringLiteral("Jenkins publishes it with 'ci-publish', a token bypassing "
                                 "2FA: that stops in January 2027."));
    paths << path(QStringLiteral("left-pad"), PublishVerdict::AtRisk, WayOut::TrustedPublishing,
                  {{PublishRoute::DirectToken,
                    QStringLiteral("laptop-publish"),
                    QStringLiteral("k-direct"),
                    {QStringLiteral("~/.npmrc"), QStringLiteral(".github/workflows/release.yml")},
                    {QStringLiteral(".github/workflows/release.yml")}}},
                  {QStringLiteral("1.3.0"), when, LastReleaseSource::Token,
                   QStringLiteral("maintainer"), false},
                  QStringLiteral("'laptop-publish' publishes directly from ~/.npmrc and "
                                 "release.yml: npm ends that in January 2027."));
    return paths;
}

} // namespace td::test
