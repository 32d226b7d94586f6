// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace td {

class SecretBuffer;

// The "use it" choices offered once a token exists: a line in an .npmrc the user picks, a
// tokendesk-cli command that injects the token per process, or the CI secret to set. Pure text
// and one file edit; the result page only shows them.

// "//registry.npmjs.org/:_authToken" for the registry the token belongs to.
QString npmrcTokenKey(const QUrl &registry);
// The exact line added to the file, with `value` as the token text (the secret or a mask).
QString npmrcTokenLine(const QUrl &registry, const QString &value);

// What adding the token to `path` would do, before anything is written.
struct NpmrcTokenPlan
{
    QString path;
    bool fileExists = false;
    int replacesLine = -1; // 1-based line of an existing token for this registry, or -1 (append)
};
Result<NpmrcTokenPlan> planNpmrcToken(const QString &path, const QUrl &registry);

struct NpmrcTokenWritten
{
    QString backupPath; // empty when the file did not exist before
    int line = 0;       // 1-based line that now holds the token
};
// Adds (or replaces) the registry's _authToken line: one line changes, every other byte stays,
// the file is backed up first and replaced atomically with its mode kept (owner-only bits only,
// as npm config files with a secret must be).
Result<NpmrcTokenWritten> writeNpmrcToken(const QString &path, const QUrl &registry,
                                          const SecretBuffer &secret, const QDateTime &now);

// "<file>.tokendesk-backup-20261128-120000".
QString npmrcBackupPath(const QString &path, const QDateTime &now);

// "tokendesk-cli run -- npm publish" (with --registry when it is not npmjs).
QString runWithTokenCommand(const QUrl &registry);
// The repository secret a GitHub Actions workflow reads the token from.
QString githubActionsSecretName();
// The workflow line that hands the secret to npm.
QString githubActionsEnvLine();

} // namespace td
