// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expiry/PublishCutoffNotices.h"
#include "core/migration/ReplacementPlanner.h"

#include <QObject>
#include <QSet>

namespace td {

class Clock;
class TrayController;

// Sends the January 2027 notices (PublishCutoffNotices decides which are due) for the tokens
// that publish directly and are used in CI according to the last usage scan; the notice's
// button opens the migration (TrayController::publishMigrationRequested). A notice counts as
// shown only when it reached the user, so one that found no way out is tried at the next check.
class CutoffNoticePresenter : public QObject
{
    Q_OBJECT
public:
    CutoffNoticePresenter(TrayController &tray, const Clock &clock, const QString &memoryPath,
                          QObject *parent = nullptr);

    // The candidates: every token with the CI places the scan links to it (workflow files that
    // hold it, CI secrets named like a variable that holds it here).
    static QList<CutoffCandidate> candidates(const QList<Token> &tokens,
                                             const QList<TokenUse> &uses, const QString &homeDir);

    void check(const QList<Token> &tokens, const QList<TokenUse> &uses, const QString &homeDir);
    QString memoryProblem() const { return m_memoryProblem; }

private:
    TrayController &m_tray;
    PublishCutoffNotices m_notices;
    QSet<QString> m_inFlight;
    QString m_memoryProblem;
};

} // namespace td
