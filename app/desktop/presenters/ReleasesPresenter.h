// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/watch/WatchRelease.h"
#include "core/watch/WatchService.h"

#include <QObject>
#include <QSet>

namespace td {

class Clock;
class ReleasesView;
class TrayController;
namespace watch {
class WatchReleaseModel;
} // namespace watch

// The desktop side of the publish watch (issue 22): WatchService's releases into the Releases
// view, each new alarm as a critical desktop notification ("@acme/ui 1.1.1 was published with a
// token — …", with or without a tray), the tray red while any alarm is open, and the view's
// answers back to the service. Open alarms are announced again at start (announceOpenAlarms())
// and when a notice found no way to the user, until they are answered.
class ReleasesPresenter : public QObject
{
    Q_OBJECT
public:
    ReleasesPresenter(watch::WatchService &service, ReleasesView &view, TrayController &tray,
                      const Clock &clock, QObject *parent = nullptr);

    // Where the desktop keeps the watch's memory: the CLI's files (so "it was me" said in either
    // counts in both), or `dataDir` when the app runs on a data folder of its own (tests).
    static watch::WatchServiceSettings settingsFor(const QString &dataDir);

    // Shows what the service remembers and notifies each alarm still open (after a restart).
    void announceOpenAlarms();
    watch::WatchReleaseModel *model() const { return m_model; }

Q_SIGNALS:
    // "Respond" on a release: the lead connects it to the Lockdown dialog.
    void respondRequested(const td::watch::WatchRelease &release);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void notifyAlarm(const watch::WatchRelease &release);
    void retryUnsent();
    void itWasMe(const watch::WatchRelease &release);
    void expectManualPublish(const watch::WatchRelease &release);
    void setExcluded(const watch::WatchRelease &release, bool excluded);

    watch::WatchService &m_service;
    ReleasesView &m_view;
    TrayController &m_tray;
    const Clock &m_clock;
    watch::WatchReleaseModel *m_model;
    QSet<QString> m_unsent;   // keys of open alarms whose notice reached nobody yet
    bool m_rowsStale = false; // releases changed while the view was hidden
};

} // namespace td
