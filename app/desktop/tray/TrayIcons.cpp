// SPDX-License-Identifier: GPL-3.0-or-later
#include "tray/TrayIcons.h"

namespace td {

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/icons/tokendesk.svg"));
}

QIcon trayIcon(TrayState state)
{
    switch (state) {
    case TrayState::Ok:
        return QIcon(QStringLiteral(":/icons/tray-ok.svg"));
    case TrayState::Warning:
        return QIcon(QStringLiteral(":/icons/tray-warning.svg"));
    case TrayState::Critical:
        return QIcon(QStringLiteral(":/icons/tray-critical.svg"));
    }
    return appIcon();
}

} // namespace td
