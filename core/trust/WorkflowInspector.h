// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trust/RepoInspector.h"
#include "core/trust/WorkflowReport.h"

#include <QCoreApplication>
#include <QList>

namespace td {

// Reads CI files (with yaml-cpp, never regular expressions over YAML) and reports what stands
// between them and trusted publishing: id-token permission, the setup-node placeholder token,
// Node and npm versions, long-lived token secrets, self-hosted runners, release tool versions;
// GitLab id_tokens; the CircleCI OIDC context.
class WorkflowInspector
{
    Q_DECLARE_TR_FUNCTIONS(td::WorkflowInspector)
public:
    struct Source
    {
        QString file; // relative path, e.g. ".github/workflows/release.yml"
        QString text;
    };

    static WorkflowReport inspectGitHub(const QString &file, const QString &text);
    static WorkflowReport inspectGitLab(const QString &file, const QString &text);
    static WorkflowReport inspectCircleCi(const QString &file, const QString &text);

    // Inspects all GitHub workflows together so that reusable workflows (`workflow_call`) are
    // checked against their callers: the caller must grant id-token: write too, and the trust
    // config must name the caller's file.
    static QList<WorkflowReport> inspectGitHubSet(const QList<Source> &workflows);

    // Every CI file RepoInspector found, by provider.
    static QList<WorkflowReport> inspectRepository(const RepoFacts &facts);
};

} // namespace td
