// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

namespace td::watch {

// What the user told the watch (publish-watch.md §4's answers to its false positives), for one
// registry: "it was me" per version, "expect a manual publish of <pkg> until <time>", and
// packages not to judge at all. A plain value: WatchMemory keeps it across restarts and hands it
// to the verdict.
struct WatchMarks
{
    QSet<QString> itWasMe;                       // "<package>@<version>"
    QHash<QString, QDateTime> expectManualUntil; // package → until (UTC)
    QSet<QString> excluded;                      // packages

    static QString versionKey(const QString &package, const QString &version)
    {
        return package + QLatin1Char('@') + version;
    }
    bool wasMe(const QString &package, const QString &version) const
    {
        return itWasMe.contains(versionKey(package, version));
    }
    // A publish at `at` falls within the user's "expect a manual publish" window.
    bool expectsManualPublish(const QString &package, const QDateTime &at) const
    {
        const auto until = expectManualUntil.constFind(package);
        return until != expectManualUntil.cend() && at.isValid() && at <= *until;
    }
    bool isExcluded(const QString &package) const { return excluded.contains(package); }
};

} // namespace td::watch
