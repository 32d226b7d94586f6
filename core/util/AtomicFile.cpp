// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/AtomicFile.h"

#include "core/util/LocalFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace td {

Result<void> writeFileAtomically(const QString &path, const QByteArray &data,
                                 QFileDevice::Permissions permissions)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("td::AtomicFile", "Cannot create the folder %1.")
                .arg(info.absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("td::AtomicFile", "Cannot write %1: %2")
                             .arg(path, file.errorString()));
    // Set the mode on the temporary file before any byte lands, so the data is never readable
    // by others, not even for a moment.
    file.setPermissions(permissions);
    if (file.write(data) != data.size() || !file.commit())
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("td::AtomicFile", "Cannot write %1: %2")
                             .arg(path, file.errorString()));
    return {};
}

Result<QByteArray> readWholeFile(const QString &path)
{
    return readLocalFile(path, kStateFileCap);
}

} // namespace td
