// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/ReferenceRemoval.h"

#include "core/migration/ReferenceRewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace td {

QList<CredentialFinding> removablePlaces(const QList<CredentialFinding> &places)
{
    QList<CredentialFinding> out;
    for (const CredentialFinding &place : places)
        if (place.isRewritable() && !place.file.isEmpty() && !place.identity.sha512Key.isEmpty())
            out.append(place);
    return out;
}

Result<RemovedReferences> removeTokenLines(const QList<CredentialFinding> &places,
                                           const QString &backupDir, const QDateTime &now)
{
    RemovedReferences done;
    if (!QDir().mkpath(backupDir))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("td::ReferenceRemoval",
                                                     "The backup folder %1 could not be created.")
                             .arg(backupDir),
                         QCoreApplication::translate("td::ReferenceRemoval",
                                                     "Check its permissions, then try again."));
    QSet<QString> seen;
    for (const CredentialFinding &place : removablePlaces(places)) {
        const QString key = place.file + QLatin1Char('\n') + place.identity.sha512Key;
        if (seen.contains(key))
            continue; // one pass per file removes every line of that token
        seen.insert(key);
        auto prepared = prepareRewrite(place.file, place.identity.sha512Key, nullptr, {}, {});
        if (!prepared)
            return prepared.error();
        const int before = prepared.value().document.lineCount();
        const QString backup = QDir(backupDir).filePath(
            QStringLiteral("%1-%2-%3.npmrc")
                .arg(QFileInfo(place.file).fileName().remove(QLatin1Char('.')),
                     now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                .arg(done.files.size()));
        if (auto saved = prepared.value().document.save(backup); !saved)
            return saved.error();
        done.files.append(place.file);
        done.backups.append(backup);
        done.lines += before - prepared.value().document.lineCount();
    }
    return done;
}

} // namespace td
