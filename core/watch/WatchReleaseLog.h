// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"
#include "core/watch/WatchRelease.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace td::watch {

// The recent judged releases, kept across restarts in a JSON file of their own (no secret is in
// a release; written atomically, mode 0600): the Releases view's list, and what keeps an alarm
// open until the user answers it. The newest `kept` are kept, and every open alarm.
class WatchReleaseLog
{
public:
    WatchReleaseLog(QString path, int kept);
    // "publish-watch-releases.json" in the folder of the watch memory.
    static QString pathBeside(const QString &memoryPath);

    // A missing file is an empty log; a damaged one too, with the problem (translated) returned.
    QString load();
    Result<void> save() const;

    // Adds the judged releases, replacing earlier judgements of the same event (an answer the
    // user gave stays); answers the alarms among them that are new and open.
    QList<WatchRelease> merge(const QList<WatchRelease> &judged);
    // Marks every release of package@version (on `registry`; empty: any) as acknowledged and
    // answers them; none when the log has no such version.
    QList<WatchRelease> acknowledge(const QUrl &registry, const QString &package,
                                    const QString &version);

    const QList<WatchRelease> &releases() const { return m_releases; } // open alarms, then newest
    QList<WatchRelease> openAlarms() const;

private:
    QString m_path;
    int m_kept;
    QList<WatchRelease> m_releases;
};

} // namespace td::watch
