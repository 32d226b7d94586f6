// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace td {

// The worst state among all tokens, shown by the tray icon's colour.
enum class TrayState { Ok, Warning, Critical };

QIcon appIcon();
QIcon trayIcon(TrayState state);
// `icon` with a round badge holding `count` in its corner (count 0: the icon as it is).
QIcon withBadge(const QIcon &icon, int count);

} // namespace td
