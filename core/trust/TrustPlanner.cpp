// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trust/TrustPlanner.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace td {

QString TrustPlanner::workflowFileProblem(const QString &fileName)
{
    if (fileName.isEmpty())
        return tr("The workflow file name is missing.");
    if (fileName.contains(QLatin1Char('/')) || fileName.contains(QLatin1Char('\\')))
        return tr("\"%1\" is a path; npm needs just the file name (for example publish.yml).")
            .arg(fileName);
    if (!fileName.endsWith(u".yml") && !fileName.endsWith(u".yaml"))
        return tr("\"%1\" must end in .yml or .yaml.").arg(fileName);
    return {};
}

RepositoryCheck TrustPlanner::checkRepository(const PackageInfo &package, const GitRemote &remote)
{
    RepositoryCheck check;
    check.fixedUrl = QStringLiteral("git+") + remote.httpsUrl() + QStringLiteral(".git");
    check.fixedDirectory = package.relativeDir;
    QJsonObject repository{{QLatin1String("type"), QStringLiteral("git")},
                           {QLatin1String("url"), check.fixedUrl}};
    if (!check.fixedDirectory.isEmpty())
        repository.insert(QLatin1String("directory"), check.fixedDirectory);
    const QJsonObject member{{QLatin1String("repository"), repository}};
    QString json = QString::fromUtf8(QJsonDocument(member).toJson(QJsonDocument::Compact));
    check.fixJson = json.mid(1, json.size() - 2); // the member without the surrounding braces

    const auto location = package.repository.location();
    if (!package.repository.present) {
        check.problem
            = tr("%1 has no \"repository\" field; npm rejects provenance without a matching "
                 "repository.url.")
                  .arg(package.name);
    } else if (!location) {
        check.problem = tr("The repository of %1 (\"%2\") is not a URL TokenDesk understands.")
                            .arg(package.name, package.repository.url);
    } else if (location->host != remote.host || location->path() != remote.path()) {
        check.problem = tr("The repository of %1 is %2, but the git remote is %3 (case-sensitive).")
                            .arg(package.name, location->httpsUrl(), remote.httpsUrl());
    } else if (!package.relativeDir.isEmpty()
               && package.repository.directory != package.relativeDir) {
        check.problem = tr("%1 lives in %2 but its repository.directory is \"%3\".")
                            .arg(package.name, package.relativeDir, package.repository.directory);
    } else {
        check.matches = true;
    }
    return check;
}

TrustedPublisher TrustPlanner::desiredConfig(const GitRemote &remote, const QString &workflowFile,
                                             const QString &environment, TrustActions actions)
{
    TrustedPublisher c;
    c.environment = environment;
    c.actions = actions;
    if (remote.provider == GitProvider::GitLab) {
        c.type = TrustProvider::GitLab;
        c.projectPath = remote.path();
        c.ciConfigFile = workflowFile.isEmpty() ? QStringLiteral(".gitlab-ci.yml") : workflowFile;
    } else {
        c.type = TrustProvider::GitHub;
        c.repository = remote.path();
        c.workflowFile = workflowFile;
    }
    return c;
}

namespace {
bool sameText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

bool TrustPlanner::isSamePublisher(const TrustedPublisher &a, const TrustedPublisher &b)
{
    if (a.type != b.type)
        return false;
    switch (a.type) {
    case TrustProvider::GitHub:
        return sameText(a.repository, b.repository) && sameText(a.workflowFile, b.workflowFile);
    case TrustProvider::GitLab:
        return sameText(a.projectPath, b.projectPath) && sameText(a.ciConfigFile, b.ciConfigFile);
    case TrustProvider::CircleCi:
        return a.orgId == b.orgId && a.projectId == b.projectId
            && a.pipelineDefinitionId == b.pipelineDefinitionId;
    }
    return false;
}

PackagePlan TrustPlanner::planPackage(const PackageInfo &package, const PackageRegistryState &state,
                                      const TrustedPublisher &desired, const GitRemote &remote)
{
    PackagePlan plan;
    plan.packageName = package.name;
    plan.relativeDir = package.relativeDir;
    if (package.isPrivate || package.name.isEmpty())
        return plan; // Skip
    plan.repository = checkRepository(package, remote);
    if (desired.type == TrustProvider::GitHub) {
        if (const QString problem = workflowFileProblem(desired.workflowFile); !problem.isEmpty())
            plan.problems << problem;
    }
    if (!state.readError.isEmpty()) {
        plan.problems << tr("The registry could not be read for this package (%1). Go back "
                            "to the packages page to read it again.")
                             .arg(state.readError);
        return plan; // Skip: neither "new" nor "unconfigured" is known
    }
    if (!state.exists) {
        plan.action = PackagePlan::Action::Bootstrap;
        return plan;
    }
    plan.verification = TrustVerifier::verify(package.name, desired, state.configs);
    if (plan.verification.matches()) {
        plan.action = PackagePlan::Action::AlreadyConfigured;
        return plan;
    }
    // Up to 10 configs may stand side by side: only one for the same publisher (same
    // repository and CI file, letter case aside) is an old version of this one and replaced;
    // a config for another workflow or repository stays (the audit reports it if it is wrong).
    for (const TrustedPublisher &existing : state.configs) {
        if (isSamePublisher(existing, desired))
            plan.differing << existing;
    }
    // The new config is created before a differing one is removed (never zero configs), so it
    // needs a free slot even when it replaces one.
    if (state.configs.size() >= kMaxTrustConfigsPerPackage) {
        plan.action = PackagePlan::Action::Conflict;
        plan.problems << tr("%1 already has %2 trusted publishers, the most npm allows, and none "
                            "matches this repository. Remove one first (tokendesk-cli trust "
                            "list %1, then trust revoke %1 --id <id>).")
                             .arg(package.name)
                             .arg(state.configs.size());
        return plan;
    }
    plan.action = PackagePlan::Action::Create;
    plan.toCreate << desired;
    return plan;
}

QList<PackagePlan> TrustPlanner::plan(const QList<PackageInfo> &packages,
                                      const QHash<QString, PackageRegistryState> &states,
                                      const TrustedPublisher &desired, const GitRemote &remote)
{
    QList<PackagePlan> plans;
    for (const PackageInfo &p : packages)
        plans << planPackage(p, states.value(p.name), desired, remote);
    return plans;
}

} // namespace td
