// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trust/WorkflowReport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

#include <optional>

namespace td {

// Provider-neutral knowledge shared by the GitHub, GitLab and CircleCI inspectors.
class CiChecks
{
    Q_DECLARE_TR_FUNCTIONS(td::CiChecks)
public:
    static QVersionNumber minimumNode() { return QVersionNumber(22, 14, 0); }
    static QVersionNumber minimumNpm() { return QVersionNumber(11, 5, 1); }

    // The release tools a shell script publishes with, most specific first ("changesets" for
    // `pnpm changeset publish`, not "pnpm"). Empty when the script does not publish.
    static QStringList publishToolsIn(const QString &script);

    // The Node version a setup-node `node-version` (or a docker image tag) would give, as the
    // highest version the spec can resolve to: "22" → 22.999, "22.12" → 22.12.999, "lts/*" → 24.
    // nullopt for expressions and unknown aliases.
    static std::optional<QVersionNumber> resolveNodeVersion(const QString &spec);
    // The version of a docker image such as "node:20-alpine" or "cimg/node:22.14"; nullopt when
    // the image is not a Node image.
    static std::optional<QString> nodeVersionOfImage(const QString &image);

    // True when the script upgrades npm; `version` receives the requested spec ("latest",
    // "11.6.0").
    static bool upgradesNpm(const QString &script, QString *version = nullptr);
    // False only for an explicit version below minimumNpm() ("latest", "11", "^11" are fine).
    static bool npmSpecIsRecentEnough(const QString &spec);

    // An environment variable that carries an npm token from a CI secret.
    static bool isNpmTokenVariable(const QString &name);
    static bool referencesSecret(const QString &value);
    // GitHub-hosted runner labels; everything else (self-hosted, third-party) is unsupported.
    static bool isGitHubHostedLabel(const QString &label);

    // Findings every provider shares for a publish job: Node and npm versions (when
    // `nodeKnown`, i.e. the file pins Node somewhere), self-hosted runners and release tools.
    static void addToolchainFindings(const PublishJob &job, const QString &file, bool nodeKnown,
                                     QList<WorkflowFinding> &out);
    static WorkflowFinding tokenSecretFinding(const QString &variable, const QString &file,
                                              const QString &job, int line);
};

} // namespace td
