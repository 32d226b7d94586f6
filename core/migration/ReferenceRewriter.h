// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/npmconfig/NpmrcDocument.h"
#include "core/util/Result.h"
#include "core/util/SecretBuffer.h"

namespace td {

// One .npmrc edit of a plan row, prepared but not saved: every _authToken line whose value is
// the old secret (recognised by its SHA-512, the journal never holds the secret) gets the new
// one, or is removed when `newSecret` is null.
struct PreparedRewrite
{
    NpmrcDocument document;
    QString beforeSha256;     // the file as found
    QString afterSha256;      // the file as it will be
    bool alreadyDone = false; // the file already is `expectedAfter` (resuming after a crash)
};

// `expectedBefore`/`expectedAfter` come from the journal when resuming; empty on a first run.
Result<PreparedRewrite> prepareRewrite(const QString &path, const QString &oldSha512,
                                       const SecretBuffer *newSecret, const QString &expectedBefore,
                                       const QString &expectedAfter);

// Puts the backup back, byte for byte, when the file is still what TokenDesk wrote (`after`);
// leaves a file that is still `before` alone; refuses to touch one someone else changed since.
Result<void> restoreFromBackup(const QString &path, const QString &backup, const QString &before,
                               const QString &after);

QString sha256Hex(const QByteArray &bytes);

// The file's permission bits as octal text ("0644"); empty when it cannot be read.
QString unixModeOf(const QString &path);
// Drops every group and other permission bit (a file that holds a token is 0600).
Result<void> makeOwnerOnly(const QString &path);
// The summary's note for a file whose wider mode `wasMode` was tightened to 0600, e.g.
// "~/.npmrc was readable by others (0644); it is now 0600".
QString modeTightenedNote(const QString &path, const QString &wasMode);

} // namespace td
