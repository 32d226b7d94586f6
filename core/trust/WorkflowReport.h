// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trust/GitRemote.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace td {

enum class Severity { Info, Warning, Error };

// One thing found in a CI file, with what to do about it. `id` is stable (tests and the GUI key
// on it); message and fix are translated plain sentences.
struct WorkflowFinding
{
    QString id;
    Severity severity = Severity::Info;
    QString message;
    QString fix;
    QString file; // path relative to the repository root
    QString job;  // job id, empty for file-level findings
    int line = 0; // 1-based; 0 when not tied to a line
};

// A CI job that publishes to npm, and the facts trusted publishing depends on.
struct PublishJob
{
    QString jobId;
    int line = 0;
    QStringList tools; // "npm", "pnpm", "yarn", "changesets", "semantic-release", "lerna"
    bool hasIdToken
        = false; // GitHub id-token: write / GitLab+CircleCI NPM_ID_TOKEN with npm audience
    bool selfHosted = false;
    QString runner;      // runs-on label(s), GitLab tags, CircleCI executor
    QString nodeVersion; // as written ("24", "lts/*", "node:20"); empty when unknown
    bool upgradesNpm = false;
    QString npmVersionSpec;               // what the upgrade step installs ("latest", "11.6.0")
    QHash<QString, QString> toolVersions; // tool → version as written ("semantic-release" → "24")
    QString environment;                  // GitHub/GitLab environment name, empty if none
};

// A reusable-workflow call: `jobs.<id>.uses: ./.github/workflows/<file>`.
struct WorkflowCall
{
    QString callerJob;
    QString targetFile; // bare file name of the called workflow
    bool grantsIdToken = false;
    int line = 0;
};

struct WorkflowReport
{
    QString file;                              // relative path
    GitProvider provider = GitProvider::Other; // GitHub, GitLab, or Other for CircleCI
    bool isCircleCi = false;
    bool parsed = false;
    QString parseError;      // translated, when !parsed
    bool isReusable = false; // GitHub `on: workflow_call`
    // For a reusable workflow: the files that call it. npm checks the CALLER's file name, so this
    // is what the trust config must name.
    QStringList callers;
    QList<PublishJob> publishJobs;
    QList<WorkflowCall> calls;
    QList<WorkflowFinding> findings;

    bool hasFinding(const QString &id) const;
    const WorkflowFinding *finding(const QString &id) const;
};

} // namespace td
