// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/migration/ProjectFolders.h"

#include <QSettings>

namespace td {

namespace {
const QString kKey = QStringLiteral("migration/projectFolders");
}

QStringList loadProjectFolders()
{
    return QSettings().value(kKey).toStringList();
}

void saveProjectFolders(const QStringList &folders)
{
    QSettings().setValue(kKey, folders);
}

} // namespace td
