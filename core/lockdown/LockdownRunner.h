// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lockdown/LockdownJournal.h"
#include "core/lockdown/PersistenceScan.h"
#include "core/registry/BatchTwoFactorPrompt.h"
#include "core/registry/PackageWrites.h"

#include <QObject>

#include <functional>

namespace td {

class Clock;
class RegistryClient;

// Carries out a LockdownPlan's writes in the plan's order (publish-watch.md §5), one at a time:
// - first it checks this machine (PersistenceScan): a known worm's watchdog found stops the run
//   before anything is revoked, with what was found and how to disarm it (blockingFindings());
// - one 2FA approach for the whole batch (BatchTwoFactorPrompt, as StageBatch and the migration
//   use it): a typed code is reused while the registry accepts it, a stale one is asked for once
//   more; the first browser approval asks the user to tick "skip 2FA for 5 minutes";
// - every write is journaled before and after (LockdownJournal), so a crash or a failure leaves
//   a file that says exactly what is done; resume() carries on from the first action not done,
//   repeating a failed or unanswered one and never one that is done;
// - it stops at the first failure (never silently half-done): finished(false), the failed
//   action's error in the journal, the rest pending until resume().
// Writes go through the client given (signed in, with the session's credential).
class LockdownRunner : public QObject
{
    Q_OBJECT
public:
    LockdownRunner(RegistryClient &client, TwoFactorPrompt *userPrompt, const Clock &clock,
                   QString journalPath, QObject *parent = nullptr);

    // Checked before the first write of start() and resume(). Without one, nothing is checked
    // (tests of the writes alone); the desktop and CLI always set it.
    void setPersistenceScan(const PersistenceScan *scan) { m_scan = scan; }

    // Journals the plan's runnable actions and starts. An error (nothing written) when the
    // machine check finds persistence, when the plan has nothing to do, or the journal cannot be
    // written.
    Result<void> start(const LockdownPlan &plan, const QString &runId);
    // Loads the journal and carries on: after a crash, or to retry a failed action.
    Result<void> resume();

    const LockdownJournal &journal() const { return m_journal; }
    const QList<PersistenceFinding> &blockingFindings() const { return m_findings; }
    const BatchTwoFactorPrompt &twoFactor() const { return m_batch; }
    bool isRunning() const { return m_running; }

    // Called after every journal write (tests use it to keep the file as a crash would leave it).
    void setStepHook(std::function<void(int action, LockdownJournal::State state)> hook)
    {
        m_hook = std::move(hook);
    }

Q_SIGNALS:
    void actionStarted(int index, int total, const QString &label);
    void actionFinished(int index, bool ok, const QString &message);
    // All actions done (true), or stopped at a failure and resumable (false).
    void finished(bool completed);

private:
    Result<void> checkMachine();
    void next();
    void perform(const LockdownAction &action, RegistryClient::Callback<void> done);
    void settle(int index, bool repeated, Result<void> result);
    bool record(int index, LockdownJournal::State state, const QString &error = {});
    void stop();

    RegistryClient &m_client;
    PackageWrites m_writes;
    const Clock &m_clock;
    BatchTwoFactorPrompt m_batch;
    QString m_journalPath;
    LockdownJournal m_journal;
    const PersistenceScan *m_scan = nullptr;
    QList<PersistenceFinding> m_findings;
    std::function<void(int, LockdownJournal::State)> m_hook;
    bool m_running = false;
    bool m_retriedStaleCode = false;
};

} // namespace td
