// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QString>

namespace td {

// "Start at login": an XDG autostart entry (~/.config/autostart/<app id>.desktop) that starts
// TokenDesk hidden in the tray.
class Autostart
{
public:
    // `configHome` defaults to $XDG_CONFIG_HOME (or ~/.config).
    explicit Autostart(QString configHome = {});

    QString entryPath() const;
    bool isEnabled() const;
    Result<void> setEnabled(bool enabled, const QString &executable);

private:
    QString m_configHome;
};

} // namespace td
