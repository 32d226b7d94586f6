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
    // How often the publish watch reads each package (issue 22): default 10 minutes, never
    // below 5 (the registry's own cache time), as `tokendesk-cli watch --interval`.
    std::chrono::minutes watchInterval{10};
    static constexpr std::chrono::minutes kMinimumWatchInterval{5};
    static constexpr std::chrono::minutes kMaximumWatchInterval{24 * 60};
    static std::chrono::minutes clampedWatchInterval(std::chrono::minutes wanted);

    static AppSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    // "14d, 7d, 3d, 1d, 1h" <-> thresholds; unknown parts are ignored, empty = none.
    static QString thresholdsText(const QList<std::chrono::seconds> &points);
    static QList<std::chrono::seconds> parseThresholds(const QString &text, bool *ok = nullptr);
};

} // namespace td
