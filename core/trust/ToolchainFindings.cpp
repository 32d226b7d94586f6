// SPDX-License-Identifier: GPL-3.0-or-later
// Findings about the tools a publish job runs, shared by every CI provider.
#include "core/trust/CiChecks.h"

namespace td {

namespace {

// Known first versions that do the OIDC exchange (npm-landscape.md §2.7, §1.11).
struct ToolMinimum
{
    const char *tool;
    int major;
    int minor;
    const char *what;
};
constexpr ToolMinimum kToolMinimums[] = {
    {"semantic-release", 25, 0, "semantic-release 25 (with @semantic-release/npm 13)"},
    {"changesets", 1, 7, "changesets/action 1.7"},
};

WorkflowFinding make(const QString &id, Severity severity, QString message, QString fix,
                     const QString &file, const PublishJob &job)
{
    return WorkflowFinding{id,        severity, std::move(message), std::move(fix), file,
                           job.jobId, job.line};
}

void addNodeAndNpmFindings(const PublishJob &job, const QString &file, bool nodeKnown,
                           QList<WorkflowFinding> &out)
{
    const auto node = CiChecks::resolveNodeVersion(job.nodeVersion);
    if (!nodeKnown) {
        out << make(
            QStringLiteral("node-version-unknown"), Severity::Warning,
            CiChecks::tr("Job \"%1\" does not choose a Node version, so it gets the runner's "
                         "default, which may be older than Node %2 that trusted publishing needs.")
                .arg(job.jobId, CiChecks::minimumNode().toString()),
            CiChecks::tr("Set up Node 24 explicitly (for example actions/setup-node with "
                         "node-version: 24)."),
            file, job);
    } else if (node && *node < CiChecks::minimumNode()) {
        out << make(
            QStringLiteral("node-too-old"), Severity::Error,
            CiChecks::tr("Job \"%1\" uses Node %2; trusted publishing needs Node %3 or newer.")
                .arg(job.jobId, job.nodeVersion, CiChecks::minimumNode().toString()),
            CiChecks::tr("Use Node 24 for the publish job."), file, job);
    }

    const QString npmStep = QStringLiteral("npm install -g npm@latest");
    if (job.upgradesNpm) {
        if (!CiChecks::npmSpecIsRecentEnough(job.npmVersionSpec)) {
            out << make(QStringLiteral("npm-too-old"), Severity::Error,
                        CiChecks::tr(
                            "Job \"%1\" installs npm %2; trusted publishing needs npm %3 or newer.")
                            .arg(job.jobId, job.npmVersionSpec, CiChecks::minimumNpm().toString()),
                        CiChecks::tr("Install a recent npm before publishing: %1").arg(npmStep),
                        file, job);
        }
        return;
    }
    // Node 20 and 22 bundle npm 10; Node 24 bundles npm 11, but early 24.x releases shipped an
    // npm older than 11.5.1.
    // Unknown Node: the bundled npm may or may not be recent enough.
    if (!node || node->majorVersion() >= 24) {
        out << make(QStringLiteral("npm-upgrade-recommended"), Severity::Warning,
                    CiChecks::tr("Job \"%1\" publishes with the npm bundled with its Node version "
                                 "(%2), which may be older than npm %3.")
                        .arg(job.jobId,
                             job.nodeVersion.isEmpty() ? CiChecks::tr("unknown") : job.nodeVersion,
                             CiChecks::minimumNpm().toString()),
                    CiChecks::tr("Add a step before publishing: %1").arg(npmStep), file, job);
    } else {
        out << make(
            QStringLiteral("npm-too-old"), Severity::Error,
            CiChecks::tr("Job \"%1\" publishes with the npm bundled with its Node version, which "
                         "is older than npm %2 (Node 20 and 22 bundle npm 10).")
                .arg(job.jobId, CiChecks::minimumNpm().toString()),
            CiChecks::tr("Add a step before publishing: %1").arg(npmStep), file, job);
    }
}

void addReleaseToolFindings(const PublishJob &job, const QString &file, QList<WorkflowFinding> &out)
{
    if (job.tools.contains(u"yarn")) {
        out << make(
            QStringLiteral("yarn-no-oidc"), Severity::Error,
            CiChecks::tr("Job \"%1\" publishes with Yarn, which does not perform npm's OIDC "
                         "exchange; the publish fails with \"No authentication configured\".")
                .arg(job.jobId),
            CiChecks::tr("Build the tarball with Yarn if you like (yarn pack), but publish it "
                         "with npm: npm publish package.tgz"),
            file, job);
    }
    if (job.tools.contains(u"pnpm")) {
        out << make(
            QStringLiteral("pnpm-oidc"), Severity::Warning,
            CiChecks::tr("Job \"%1\" publishes with pnpm. Only pnpm versions with trusted-"
                         "publishing support perform the OIDC exchange (pnpm/pnpm#9812); older "
                         "ones fall back to a token and fail with E404 or ENEEDAUTH.")
                .arg(job.jobId),
            CiChecks::tr("Use a pnpm version that supports trusted publishing, or publish the "
                         "packed tarball with npm publish."),
            file, job);
    }
    for (const ToolMinimum &m : kToolMinimums) {
        const QString tool = QString::fromLatin1(m.tool);
        if (!job.tools.contains(tool))
            continue;
        const QString written = job.toolVersions.value(tool);
        const auto version = QVersionNumber::fromString(
            written.startsWith(QLatin1Char('v')) ? written.mid(1) : written);
        if (written.isEmpty() || version.isNull()) {
            out << make(
                QStringLiteral("release-tool-version"), Severity::Info,
                CiChecks::tr("Job \"%1\" publishes with %2; trusted publishing needs %3 or newer.")
                    .arg(job.jobId, tool, QString::fromLatin1(m.what)),
                CiChecks::tr("Check that the version you run is at least %1.")
                    .arg(QString::fromLatin1(m.what)),
                file, job);
        } else if (version < QVersionNumber(m.major, m.minor)
                   && !(version.segmentCount() == 1 && version.majorVersion() == m.major)) {
            out << make(
                QStringLiteral("release-tool-too-old"), Severity::Error,
                CiChecks::tr("Job \"%1\" runs %2 %3, which does not support trusted publishing; "
                             "%4 or newer is needed.")
                    .arg(job.jobId, tool, written, QString::fromLatin1(m.what)),
                CiChecks::tr("Upgrade to %1.").arg(QString::fromLatin1(m.what)), file, job);
        }
    }
}

} // namespace

void CiChecks::addToolchainFindings(const PublishJob &job, const QString &file, bool nodeKnown,
                                    QList<WorkflowFinding> &out)
{
    if (job.selfHosted) {
        out << make(
            QStringLiteral("self-hosted-runner"), Severity::Error,
            tr("Job \"%1\" runs on \"%2\". npm accepts trusted publishing only from cloud "
               "runners (GitHub-hosted, GitLab.com shared, CircleCI cloud); provenance fails "
               "with E422 and the OIDC exchange is refused.")
                .arg(job.jobId, job.runner),
            tr("Move only the publish job to a cloud-hosted runner (for example "
               "runs-on: ubuntu-latest)."),
            file, job);
    }
    addNodeAndNpmFindings(job, file, nodeKnown, out);
    addReleaseToolFindings(job, file, out);
}

WorkflowFinding CiChecks::tokenSecretFinding(const QString &variable, const QString &file,
                                             const QString &job, int line)
{
    return WorkflowFinding{
        QStringLiteral("token-secret"),
        Severity::Warning,
        tr("%1 still passes a long-lived npm token to job \"%2\". When a token is configured npm "
           "uses it instead of trusted publishing, and it will expire or stop publishing.")
            .arg(variable, job),
        tr("Remove %1 from the publish job, and delete the secret once a release has gone through "
           "trusted publishing.")
            .arg(variable),
        file,
        job,
        line};
}

} // namespace td
