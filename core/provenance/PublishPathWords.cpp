// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/provenance/PublishPathWords.h"

#include <QCoreApplication>

namespace td::provenance {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::provenance::PublishPathWords)
};

} // namespace

QString ciNameOf(const PublisherIdentity &identity)
{
    if (identity.isGitHubActions())
        return Tr::tr("GitHub Actions");
    if (identity.issuer == u"https://gitlab.com")
        return Tr::tr("GitLab CI");
    if (identity.issuer.startsWith(u"https://oidc.circleci.com/"))
        return Tr::tr("CircleCI");
    return identity.issuer;
}

QString levelName(Level level)
{
    switch (level) {
    case Level::Verified:
        return QStringLiteral("verified");
    case Level::Unverified:
        return QStringLiteral("unverified");
    case Level::Suspicious:
        return QStringLiteral("suspicious");
    case Level::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QString levelWords(Level level)
{
    switch (level) {
    case Level::Verified:
        return Tr::tr("provenance verified");
    case Level::Unverified:
        return Tr::tr("not verified");
    case Level::Suspicious:
        return Tr::tr("suspicious");
    case Level::Failed:
        break;
    }
    return Tr::tr("verification failed");
}

QString publishPathInWords(const ReleaseEvidence &release, Level level)
{
    QString path;
    if (release.identity) {
        const PublisherIdentity &identity = *release.identity;
        const QString workflow = identity.workflowFile().section(QLatin1Char('/'), -1);
        path = Tr::tr("Published by %1 from %2, %3 on %4")
                   .arg(ciNameOf(identity), identity.repository(), workflow,
                        identity.sourceRepositoryRef);
    } else if (!release.approver.isEmpty()) {
        path = Tr::tr("Published as a staged release approved by %1, without provenance")
                   .arg(release.approver);
    } else if (release.trustedPublisher) {
        path = Tr::tr("Published by a trusted publisher, without provenance");
    } else {
        path = Tr::tr("Published by %1 with a token, without provenance")
                   .arg(release.npmUser.isEmpty() ? Tr::tr("an unknown user") : release.npmUser);
    }
    return path + QStringLiteral(" — ") + levelWords(level);
}

} // namespace td::provenance
