// SPDX-License-Identifier: GPL-3.0-or-later
// PublishPolicy::matchTrustConfigs: a certificate identity against the package's trust configs,
// field by field, the way npm matched the OIDC token when it accepted the publish — so a
// difference means the version did not come through the configured publisher.
#include "core/provenance/PublishPolicy.h"

#include <QCoreApplication>
#include <QUrl>

namespace td::provenance {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::provenance::PublishPolicy)
};

QString expectedIssuer(const TrustedPublisher &config)
{
    switch (config.type) {
    case TrustProvider::GitHub:
        return QLatin1String(kGitHubActionsIssuer);
    case TrustProvider::GitLab:
        return QStringLiteral("https://gitlab.com");
    case TrustProvider::CircleCi:
        return QStringLiteral("https://oidc.circleci.com/org/") + config.orgId;
    }
    return {};
}

QString expectedRepository(const TrustedPublisher &config)
{
    switch (config.type) {
    case TrustProvider::GitHub:
        return config.repository;
    case TrustProvider::GitLab:
        return config.projectPath;
    case TrustProvider::CircleCi: // vcs origin "github.com/org/repo"
        return config.vcsOrigin.section(QLatin1Char('/'), 1);
    }
    return {};
}

// The configured file name against the identity's workflow path: npm stores "release.yml" for
// GitHub (the file in .github/workflows/) and the path for GitLab.
bool sameWorkflow(const TrustedPublisher &config, const PublisherIdentity &identity)
{
    const QString path = identity.workflowFile();
    switch (config.type) {
    case TrustProvider::GitHub:
        return path == QStringLiteral(".github/workflows/") + config.workflowFile;
    case TrustProvider::GitLab:
        return path == config.ciConfigFile;
    case TrustProvider::CircleCi:
        return true; // CircleCI configs pin a pipeline definition, not a file
    }
    return false;
}

QString configName(const TrustedPublisher &config)
{
    switch (config.type) {
    case TrustProvider::GitHub:
        return Tr::tr("GitHub Actions %1, %2").arg(config.repository, config.workflowFile);
    case TrustProvider::GitLab:
        return Tr::tr("GitLab CI %1, %2").arg(config.projectPath, config.ciConfigFile);
    case TrustProvider::CircleCi:
        return Tr::tr("CircleCI %1").arg(config.vcsOrigin);
    }
    return {};
}

QString shown(const QString &value)
{
    return value.isEmpty() ? Tr::tr("(none)") : value;
}

QList<Finding> differences(const TrustedPublisher &config, const PublisherIdentity &identity)
{
    QList<Finding> found;
    const QString name = configName(config);
    if (identity.issuer != expectedIssuer(config))
        found.append({Level::Suspicious, QStringLiteral("identity-issuer"),
                      Tr::tr("The provenance was issued for %1, but the trusted publisher %2 "
                             "expects %3.")
                          .arg(shown(identity.issuer), name, expectedIssuer(config))});
    if (identity.repository() != expectedRepository(config))
        found.append({Level::Suspicious, QStringLiteral("identity-repository"),
                      Tr::tr("Built from the repository %1, but the trusted publisher %2 names "
                             "%3.")
                          .arg(shown(identity.repository()), name, expectedRepository(config))});
    if (!sameWorkflow(config, identity))
        found.append({Level::Suspicious, QStringLiteral("identity-workflow"),
                      Tr::tr("Built by the workflow %1, but the trusted publisher %2 names %3.")
                          .arg(shown(identity.workflowFile()), name,
                               config.type == TrustProvider::GitLab ? config.ciConfigFile
                                                                    : config.workflowFile)});
    if (!config.environment.isEmpty() && identity.deploymentEnvironment != config.environment)
        found.append({Level::Suspicious, QStringLiteral("identity-environment"),
                      Tr::tr("Built in the environment %1, but the trusted publisher %2 requires "
                             "%3.")
                          .arg(shown(identity.deploymentEnvironment), name, config.environment)});
    // Trusted publishing accepts only GitHub-hosted runners; an empty value is an old
    // certificate that did not say.
    if (config.type == TrustProvider::GitHub && !identity.runnerEnvironment.isEmpty()
        && identity.runnerEnvironment != u"github-hosted")
        found.append({Level::Suspicious, QStringLiteral("identity-runner"),
                      Tr::tr("Built on a %1 runner; the trusted publisher %2 publishes only from "
                             "GitHub-hosted runners.")
                          .arg(identity.runnerEnvironment, name)});
    return found;
}

} // namespace

QList<Finding> PublishPolicy::matchTrustConfigs(const PublisherIdentity &identity,
                                                const QList<TrustedPublisher> &configs)
{
    if (configs.isEmpty())
        return {};
    QList<Finding> closest;
    for (const TrustedPublisher &config : configs) {
        QList<Finding> found = differences(config, identity);
        if (found.isEmpty())
            return {{Level::Verified, QStringLiteral("identity-trust-config"),
                     Tr::tr("The publisher matches the trusted publisher %1.")
                         .arg(configName(config))}};
        if (closest.isEmpty() || found.size() < closest.size())
            closest = std::move(found);
    }
    return closest;
}

} // namespace td::provenance
