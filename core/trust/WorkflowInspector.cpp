// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trust/WorkflowInspector.h"

#include "core/util/LocalFile.h"

#include <QDir>
#include <QFileInfo>

namespace td {

QList<WorkflowReport> WorkflowInspector::inspectGitHubSet(const QList<Source> &workflows)
{
    QList<WorkflowReport> reports;
    for (const Source &s : workflows)
        reports << inspectGitHub(s.file, s.text);

    for (WorkflowReport &caller : reports) {
        for (const WorkflowCall &call : std::as_const(caller.calls)) {
            for (WorkflowReport &callee : reports) {
                if (!callee.isReusable || callee.publishJobs.isEmpty()
                    || QFileInfo(callee.file).fileName() != call.targetFile)
                    continue;
                const QString callerName = QFileInfo(caller.file).fileName();
                if (!callee.callers.contains(callerName))
                    callee.callers << callerName;
                if (!call.grantsIdToken) {
                    caller.findings << WorkflowFinding{
                        QStringLiteral("caller-missing-id-token"),
                        Severity::Error,
                        tr("Job \"%1\" calls the publishing workflow %2 without granting "
                           "\"id-token: write\"; a called workflow cannot have more permissions "
                           "than its caller.")
                            .arg(call.callerJob, call.targetFile),
                        tr("Add to job \"%1\":\n  permissions:\n    contents: read\n    id-token: "
                           "write")
                            .arg(call.callerJob),
                        caller.file,
                        call.callerJob,
                        call.line};
                }
            }
        }
    }
    for (WorkflowReport &callee : reports) {
        if (callee.callers.isEmpty())
            continue;
        callee.findings << WorkflowFinding{
            QStringLiteral("reusable-workflow-caller"),
            Severity::Info,
            tr("%1 is a reusable workflow. npm checks the name of the calling workflow, so the "
               "trusted publisher must name %2, not %1.")
                .arg(QFileInfo(callee.file).fileName(),
                     callee.callers.join(QStringLiteral(" or "))),
            tr("Use %1 as the workflow file name in the trust configuration.")
                .arg(callee.callers.first()),
            callee.file,
            QString(),
            0};
    }
    return reports;
}

QList<WorkflowReport> WorkflowInspector::inspectRepository(const RepoFacts &facts)
{
    const QDir root(facts.root);
    QList<Source> github;
    QList<WorkflowReport> reports;
    for (const QString &rel : facts.ciFiles) {
        auto bytes = readLocalFile(root.filePath(rel), kConfigFileCap);
        if (!bytes) {
            // Not silently skipped: a workflow that cannot be read cannot be checked.
            WorkflowReport unreadable;
            unreadable.file = rel;
            unreadable.provider = rel.startsWith(u".github/") ? GitProvider::GitHub
                : rel.startsWith(u".gitlab-ci")               ? GitProvider::GitLab
                                                              : GitProvider::Other;
            unreadable.isCircleCi = rel.startsWith(u".circleci/");
            unreadable.parseError = bytes.error().oneLine();
            reports << unreadable;
            continue;
        }
        const QString text = QString::fromUtf8(bytes.value());
        if (rel.startsWith(u".github/"))
            github << Source{rel, text};
        else if (rel.startsWith(u".gitlab-ci"))
            reports << inspectGitLab(rel, text);
        else if (rel.startsWith(u".circleci/"))
            reports << inspectCircleCi(rel, text);
    }
    return inspectGitHubSet(github) + reports;
}

} // namespace td
