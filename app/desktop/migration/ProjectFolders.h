// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace td {

// The project folders the user added in the migration dialog. The dashboard's usage scan and
// the next migration scan walk them too, so they are remembered across runs (QSettings).
QStringList loadProjectFolders();
void saveProjectFolders(const QStringList &folders);

} // namespace td
