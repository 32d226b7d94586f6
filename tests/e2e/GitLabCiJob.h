// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trust/TrustedPublisher.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace td::test {

// A simulated GitLab CI job for the trusted-publishing end-to-end tests: the sandbox issues the
// id token a job of the configured project would get, and the REAL npm CLI publishes with it.

// The id token (NPM_ID_TOKEN) for a job of `config`'s project running its CI file on main.
QString gitLabIdToken(const QUrl &sandbox, const TrustedPublisher &config);

struct NpmPublishRun
{
    bool finished = false;
    int exitCode = -1;
    QString output; // stdout and stderr, --loglevel=verbose
    bool usedOidc() const;
};

// `npm publish` in `packageDir` as GitLab would run it: GITLAB_CI=true, NPM_ID_TOKEN set, no
// token anywhere (an empty userconfig in `home`), nothing inherited from the caller's npm config.
NpmPublishRun npmPublishAsGitLabJob(const QString &packageDir, const QUrl &registry,
                                    const QString &home, const QString &idToken);

// "" when a trust config as the sandbox stores it is exactly a GitLab one for `project` and
// `file`, with no environment and publish permission only; else what differs.
QString gitLabConfigMismatch(const QJsonObject &config, const QString &project,
                             const QString &file);

// The package's record in the sandbox state ({} when it does not exist).
QJsonObject sandboxPackage(const QUrl &sandbox, const QString &name);

} // namespace td::test
