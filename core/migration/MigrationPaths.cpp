// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/MigrationPaths.h"

#include "core/account/AccountStore.h"

#include <QFileInfo>

namespace td {

QString migrationDataDir()
{
    return QFileInfo(AccountStore::defaultPath()).absolutePath() + QStringLiteral("/migration");
}

QString migrationJournalPath()
{
    return migrationDataDir() + QStringLiteral("/journal.json");
}

QString migrationBackupDir()
{
    return migrationDataDir() + QStringLiteral("/backups");
}

} // namespace td
