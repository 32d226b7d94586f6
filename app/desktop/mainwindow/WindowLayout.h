// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QHeaderView;
class QMainWindow;
class QSettings;

namespace td {

// The main window's look as the user left it: its geometry, and the token table's sort order,
// column order and widths (QHeaderView::saveState). No secret and no preference lives here; the
// group is "mainWindow" in the application's QSettings.
void saveWindowLayout(const QMainWindow &window, const QHeaderView &tokenHeader,
                      QSettings &settings);
// False when nothing was saved yet (or it was saved by an incompatible version).
bool restoreWindowGeometry(QMainWindow &window, QSettings &settings);
bool restoreTokenHeader(QHeaderView &tokenHeader, QSettings &settings);

} // namespace td
