// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/npmconfig/CredentialFinding.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QStringList>

namespace td {

// What removing a revoked token's lines did: the files changed and where each was backed up.
struct RemovedReferences
{
    QStringList files;
    QStringList backups;
    int lines = 0;
};

// The lines a revoked token leaves behind on this computer: removes every literal _authToken
// line holding its secret (recognised by SHA-512, as the migration's RemoveLine rows do) from the
// .npmrc files among `places`, each file backed up first into `backupDir`. Places TokenDesk cannot
// edit itself (environment, CI secrets) are skipped. Stops at the first file that fails (the
// error names it); files changed before it stay changed, their backups kept.
Result<RemovedReferences> removeTokenLines(const QList<CredentialFinding> &places,
                                           const QString &backupDir, const QDateTime &now);

// The places among `places` removeTokenLines() can edit.
QList<CredentialFinding> removablePlaces(const QList<CredentialFinding> &places);

} // namespace td
