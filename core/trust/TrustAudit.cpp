// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trust/TrustAudit.h"

#include "core/trust/GitRemote.h"
#include "core/trust/WorkflowInspector.h"
#include "core/trust/WorkflowWriter.h"

#include <QRegularExpression>

namespace td {

namespace {

// "owner/repo" (GitHub), "group/sub/project" (GitLab) or the path of a CircleCI VCS origin
// ("github.com/org/repo"); "" when the config names none.
QString repositoryPathOf(const TrustedPublisher &c)
{
    switch (c.type) {
    case TrustProvider::GitHub:
        return c.repository;
    case TrustProvider::GitLab:
        return c.projectPath;
    case TrustProvider::CircleCi:
        return c.vcsOrigin.section(QLatin1Char('/'), 1);
    }
    return {};
}

// The CI file a config names, as a path relative to the repository root; "" for CircleCI,
// whose config does not name one.
QString ciFileOf(const TrustedPublisher &c)
{
    if (c.type == TrustProvider::GitHub)
        return QStringLiteral(".github/workflows/") + c.workflowFile;
    if (c.type == TrustProvider::GitLab)
        return c.ciConfigFile;
    return {};
}

QString configName(const TrustedPublisher &c)
{
    const QString file = c.type == TrustProvider::GitHub ? c.workflowFile : c.ciConfigFile;
    QString name = trustProviderName(c.type) + QLatin1Char(' ') + repositoryPathOf(c);
    if (!file.isEmpty())
        name += QLatin1Char(' ') + file;
    if (!c.id.isEmpty())
        name += QStringLiteral(" (") + c.id + QLatin1Char(')');
    return name;
}

// What the CI file does against what the config allows: npm refuses a direct publish without
// createPackage ("OIDC permission denied for this action") and a stage without
// createStagedPackage; an environment no publish job runs in never matches the OIDC claim.
template<class Add>
void compareWithWorkflow(const TrustedPublisher &c, const QString &name, const QString &file,
                         const QString &text, const Add &add)
{
    static const QRegularExpression staged(QStringLiteral(R"(\bnpm\b[^\n#]*\bstage\s+publish\b)"));
    // patchToStagePublish finds exactly the direct `npm publish` commands it would change.
    const bool publishesDirectly = !WorkflowWriter::patchToStagePublish(file, text).isEmpty();
    const bool stages = staged.match(text).hasMatch();
    if (publishesDirectly && !c.actions.testFlag(TrustAction::Publish))
        add(TrustAuditFinding::Kind::ActionNotAllowed,
            TrustAudit::tr("%1 allows staging only, but %2 runs npm publish: npm will answer "
                           "\"OIDC permission denied for this action\". Change the step to npm "
                           "stage publish (tokendesk-cli trust workflow --apply).")
                .arg(name, file));
    if (stages && !c.actions.testFlag(TrustAction::StagePublish))
        add(TrustAuditFinding::Kind::ActionNotAllowed,
            TrustAudit::tr("%1 does not allow staging, but %2 runs npm stage publish. Allow it "
                           "(--allow-stage-publish) or publish directly.")
                .arg(name, file));
    if (c.environment.isEmpty() || c.type != TrustProvider::GitHub)
        return;
    const WorkflowReport report = WorkflowInspector::inspectGitHub(file, text);
    if (report.publishJobs.isEmpty())
        return; // a caller of a reusable workflow: its jobs publish elsewhere
    for (const PublishJob &job : report.publishJobs)
        if (job.environment == c.environment)
            return;
    add(TrustAuditFinding::Kind::EnvironmentNotUsed,
        TrustAudit::tr("%1 requires the environment \"%2\", but no publish job of %3 runs in "
                       "it, so npm will refuse the job's token. Set environment: %2 on the "
                       "publish job, or recreate the config with the job's environment.")
            .arg(name, c.environment, file));
}

} // namespace

QString TrustAudit::kindId(TrustAuditFinding::Kind kind)
{
    switch (kind) {
    case TrustAuditFinding::Kind::DirectPublishAllowed:
        return QStringLiteral("direct-publish");
    case TrustAuditFinding::Kind::NoEnvironment:
        return QStringLiteral("no-environment");
    case TrustAuditFinding::Kind::WorkflowFileMissing:
        return QStringLiteral("workflow-missing");
    case TrustAuditFinding::Kind::OwnerDiffers:
        return QStringLiteral("owner-differs");
    case TrustAuditFinding::Kind::RepositoryDiffers:
        return QStringLiteral("repository-differs");
    case TrustAuditFinding::Kind::ActionNotAllowed:
        return QStringLiteral("action-not-allowed");
    case TrustAuditFinding::Kind::EnvironmentNotUsed:
        break;
    }
    return QStringLiteral("environment-not-used");
}

bool TrustAudit::isWrong(TrustAuditFinding::Kind kind)
{
    return kind != TrustAuditFinding::Kind::DirectPublishAllowed
        && kind != TrustAuditFinding::Kind::NoEnvironment;
}

QList<TrustAuditFinding> TrustAudit::audit(const PackageInfo &package,
                                           const QList<TrustedPublisher> &configs,
                                           const FileReader &readFile)
{
    QList<TrustAuditFinding> out;
    const std::optional<GitRemote> declared = package.repository.location();
    for (const TrustedPublisher &c : configs) {
        const auto add = [&](TrustAuditFinding::Kind kind, const QString &message) {
            out << TrustAuditFinding{package.name, c.id, kind, message};
        };
        const QString name = configName(c);
        if (c.actions.testFlag(TrustAction::Publish))
            add(TrustAuditFinding::Kind::DirectPublishAllowed,
                tr("%1 allows direct npm publish: a release goes out without anyone approving "
                   "it. Allow only npm stage publish unless you need direct publishing.")
                    .arg(name));
        if (c.environment.isEmpty())
            add(TrustAuditFinding::Kind::NoEnvironment,
                tr("%1 names no environment: any job of the workflow, on any branch, may "
                   "publish. Name a protected environment.")
                    .arg(name));
        // Compared case-sensitively, as npm compares the claims.
        const QString path = repositoryPathOf(c);
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        const bool sameRepository = declared && path == declared->path();
        if (declared && !sameRepository) {
            const bool sameOwner = slash > 0 && path.left(slash) == declared->owner;
            add(sameOwner ? TrustAuditFinding::Kind::RepositoryDiffers
                          : TrustAuditFinding::Kind::OwnerDiffers,
                sameOwner ? tr("%1 trusts the repository %2, but package.json names %3.")
                                .arg(name, path, declared->path())
                          : tr("%1 trusts the owner %2, but package.json names %3.")
                                .arg(name, slash > 0 ? path.left(slash) : path, declared->owner));
        }
        // Only this repository's files are at hand; another repository's cannot be checked.
        const QString file = ciFileOf(c);
        if ((!sameRepository && declared) || file.isEmpty())
            continue;
        const std::optional<QString> text = readFile(file);
        if (!text) {
            add(TrustAuditFinding::Kind::WorkflowFileMissing,
                tr("%1 names %2, which the repository does not have: that config cannot "
                   "publish, or publishes from a file someone may add later. Revoke it or add "
                   "the file.")
                    .arg(name, file));
            continue;
        }
        compareWithWorkflow(c, name, file, *text, add);
    }
    return out;
}

} // namespace td
