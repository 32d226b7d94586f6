// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expiry/ExpiryThresholds.h"

#include <QString>

#include <chrono>

class QSettings;

namespace td {

// The user's preferences, in QSettings (design.md §9: no secret here): when to warn, and how
// long a copied token stays on the clipboard, how long CI keeps the old token after a rotation.
// "Start at login" is the autostart entry itself.
struct AppSettings
{
    ExpiryThresholds thresholds = ExpiryThresholds::defaults();
    std::chrono::seconds clipboardTimeout{30};
    // How long an old token stays valid after every CI secret holds its replacement: CI runs
    // already queued read the old value (ci-secrets.md). 0 revokes at once.
    std::chrono::seconds ciGracePeriod{600};

    static AppSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    // "14d, 7d, 3d, 1d, 1h" <-> thresholds; unknown parts are ignored, empty = none.
    static QString thresholdsText(const QList<std::chrono::seconds> &points);
    static QList<std::chrono::seconds> parseThresholds(const QString &text, bool *ok = nullptr);
};

} // namespace td
