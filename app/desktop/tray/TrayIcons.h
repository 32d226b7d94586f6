// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace td {

// The worst state among all tokens, shown by the tray icon's colour.
enum class TrayState { Ok, Warning, Critical };

QIcon appIcon();
// Monochrome tray icons, told apart by shape (a key; with a clock; with an exclamation badge),
// under freedesktop theme names so an icon theme can replace them
// ("tokendesk-tray-warning-symbolic"); without one, our own SVG tinted with `colour` (by default
// the palette's window text colour, so it follows light and dark themes).
QString trayIconThemeName(TrayState state);
QIcon trayIcon(TrayState state);
QIcon trayIcon(TrayState state, const QColor &colour);
// `icon` with a round badge holding `count` in its corner (count 0: the icon as it is).
QIcon withBadge(const QIcon &icon, int count);

} // namespace td
