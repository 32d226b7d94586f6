// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace td::watch {

// Publishes across one account's packages close together (publish-watch.md §4: 18 packages of
// one account within minutes in 2025-09; 84 versions in 6 minutes in 2026-05). Judged by the
// publish times the packuments give, not by when the poll saw them (a poll spreads its requests
// over ten minutes), so publishes may be recorded in any order.
class BurstDetector
{
public:
    struct Settings
    {
        int packages = 5;        // this many different packages …
        int windowSeconds = 180; // … within this many seconds is a burst (5 in 3 minutes)
    };

    struct Burst
    {
        QStringList packages; // sorted, distinct
        QDateTime first;
        QDateTime last;
        int windowSeconds = 0;
    };

    BurstDetector();
    explicit BurstDetector(Settings settings);

    // Records one publish of `package` by `account` (registry origin + account name, any stable
    // key) at `at`; answers the burst this publish belongs to, if any. Publishes more than a
    // day older than the newest of the account are forgotten.
    std::optional<Burst> record(const QString &account, const QString &package,
                                const QDateTime &at);
    // The burst a publish at `at` already recorded for `account` belongs to now, if any: a
    // publish judged before the rest of its burst arrived learns it here (nothing is recorded).
    std::optional<Burst> burstAt(const QString &account, const QDateTime &at) const;

    const Settings &settings() const { return m_settings; }

private:
    struct Publish
    {
        QString package;
        QDateTime at;
    };
    Settings m_settings;
    QHash<QString, QList<Publish>> m_publishes; // by account, sorted by time
};

} // namespace td::watch
