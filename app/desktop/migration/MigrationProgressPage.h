// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/migration/MigrationJournal.h"

#include <QDateTime>
#include <QWidget>

#include <map>

class QTableWidget;
class QTimer;

namespace td {

class Clock;

// The migration dialog's progress page: one line per journal row with its step, and its CI
// secrets with how far each got (pushing, verified); a row waiting out the grace period counts
// down to the old token's revoke ("old token revoked in 9 min 12 s") once a second, by the
// injected clock.
class MigrationProgressPage : public QWidget
{
    Q_OBJECT
public:
    explicit MigrationProgressPage(const Clock *clock, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

    void clear(); // a new run begins
    void showStage(const MigrationJournal &journal, int row, const QString &stage);
    void showGrace(const MigrationJournal &journal, int row, const QDateTime &revokeAfter);
    void stopCountdown(); // the run is over

Q_SIGNALS:
    void changed(); // a step, a CI push, the countdown's second

private:
    void fillRows(const MigrationJournal &journal, int row);
    void tick();

    const Clock *m_clock;
    QTableWidget *m_table = nullptr;
    std::map<int, QDateTime> m_graceUntil; // rows waiting out the grace period
    QTimer *m_ticker = nullptr;
};

} // namespace td
