// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trust/WorkflowReport.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace td {

// A proposed CI file change: shown as a diff, written only by apply().
struct WorkflowProposal
{
    QString path; // relative to the repository root
    bool isNewFile = false;
    QString oldText; // what the file held when the proposal was made ("" for a new file)
    QString newText;
    QStringList changes; // translated, one line per edit ("Added id-token: write to job publish")
    QString diff;        // unified diff of oldText → newText
    // Translated; set when the edits were refused because they would have broken the file's
    // YAML. The proposal is then empty (newText == oldText) and the file is left to the user.
    QString error;
    // Translated; what could not be changed and must be done by hand (a release tool with no
    // staged publish). Not edits: the file is left as it is for these lines.
    QList<WorkflowFinding> findings;

    bool isEmpty() const { return oldText == newText; }
};

// Writes trusted-publishing CI configuration. Existing files are edited line by line (yaml-cpp
// only locates the lines), so comments and formatting outside the changed lines survive.
class WorkflowWriter
{
    Q_DECLARE_TR_FUNCTIONS(td::WorkflowWriter)
public:
    struct Options
    {
        QString fileName = QStringLiteral("publish.yml"); // GitHub workflow file name
        QString environment;                              // optional deployment environment
        QString packageManager = QStringLiteral("npm");   // how dependencies are installed
        bool workspaces = false;                          // publish every workspace package
    };

    // A new .github/workflows/<fileName> that publishes on a GitHub release through OIDC.
    static WorkflowProposal proposeGitHubWorkflow(const Options &options);
    // A minimal patch to an existing GitHub workflow's publish jobs: id-token permission,
    // setup-node registry-url removed, Node 24, an npm upgrade step, token env lines removed.
    static WorkflowProposal patchGitHubWorkflow(const QString &path, const QString &text);
    // `npm publish` → `npm stage publish` in any CI file (GitHub, GitLab, CircleCI): run
    // steps, script lines and block scalars alike, flags kept. Release tools that publish
    // through their own code (changesets, semantic-release, lerna, pnpm, yarn) have no staged
    // publish: each such line becomes a finding, never an edit.
    static WorkflowProposal patchToStagePublish(const QString &path, const QString &text);
    // `proposal` with patchToStagePublish applied on top of its new text: for a trust config
    // that allows staging only, where a plain npm publish would be refused.
    static WorkflowProposal withStagePublish(const WorkflowProposal &proposal);
    // A `publish` job for .gitlab-ci.yml with NPM_ID_TOKEN / SIGSTORE_ID_TOKEN, appended to
    // `existingText` (empty for a new file).
    static WorkflowProposal proposeGitLabJob(const QString &existingText, const Options &options);

    // Writes newText atomically. Refuses (InvalidInput) when the file on disk no longer holds
    // oldText, so a change made meanwhile is never overwritten. Keeps an existing file's mode.
    static Result<void> apply(const QString &repoRoot, const WorkflowProposal &proposal);
};

} // namespace td
