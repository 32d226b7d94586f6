// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace td {

// The worst state among all tokens, shown by the tray icon's colour.
enum class TrayState { Ok, Warning, Critical };

QIcon appIcon();
QIcon trayIcon(TrayState state);

} // namespace td
