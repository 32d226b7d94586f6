// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace td {

// Where a migration keeps its journal and backups: next to the account list, so the desktop app
// and tokendesk-cli find the same interrupted run (and offer resume / roll back).
QString migrationDataDir();     // <account store folder>/migration
QString migrationJournalPath(); // …/migration/journal.json
QString migrationBackupDir();   // …/migration/backups

} // namespace td
