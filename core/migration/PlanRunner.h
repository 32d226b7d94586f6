// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/migration/CiPushBackend.h"
#include "core/migration/MigrationBackend.h"
#include "core/migration/MigrationJournal.h"
#include "core/registry/DelayTimer.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <map>
#include <memory>

namespace td {

class Clock;
class SecretStore;

// Carries out a plan, row by row: create the replacement -> store it in the keychain -> rewrite
// every .npmrc reference (backup + atomic replace) -> verify with whoami using the new secret ->
// push it into each CI secret of the row and verify it there -> wait the grace period (CI runs
// already queued keep the old value) -> revoke the old token. Shared by migration and rotation.
//
// Every step is journaled before and after it runs, so after a crash a new runner can resume()
// or rollback() from the journal alone. Nothing is revoked before its replacement is verified;
// a row that fails before that point is rolled back (files restored byte for byte from their
// backups, the new token revoked and removed from the keychain). No blocking loops: all steps are
// callbacks.
class PlanRunner : public QObject
{
    Q_OBJECT
public:
    PlanRunner(MigrationBackend &backend, SecretStore &store, QString journalPath,
               QString backupDir, QObject *parent = nullptr);

    Result<void> start(const QString &accountId, const QList<PlanRow> &rows, const QString &runId);
    // Carries on from the journal; an old token whose revoke failed ("revoke-failed") is tried
    // again once.
    Result<void> resume();
    // Rolls back every half-way row. A "revoke-failed" row is not rolled back (see rollback()).
    Result<void> rollback();
    // The user updated the places TokenDesk cannot edit (CI secret, environment variable) for a
    // row waiting in "revoke-deferred" — or asks to retry a row in "revoke-failed": journal the
    // confirmation, then revoke the old token.
    // Refused while another row of the journal is half-way (resume or roll back first).
    Result<void> confirm(int row);

    // The account's user name: a replacement whose whoami answers as anyone else stops the run
    // before anything is revoked.
    void setExpectedUser(const QString &user) { m_expectedUser = user; }

    // Called after every journal write with the stage's journal id (tests use it to crash at each
    // step in turn).
    void setStepHook(std::function<void(int row, const QString &stage)> hook)
    {
        m_hook = std::move(hook);
    }
    // "create:started" records the send time (by this clock; the system clock without one), so
    // a lost answer or a crash finds the replacement the registry made anyway
    // (MigrationBackend::removeOrphans) without touching an older token of the same name.
    void setClock(const Clock *clock) { m_clock = clock; }
    // Where the rows' CI targets are pushed (PlanRow::ciTargets). Without it a row with CI targets
    // waits for the user's confirmation, as for any reference TokenDesk cannot update.
    void setCiBackend(CiPushBackend *backend) { m_ci = backend; }
    // How long the old token stays valid after the last CI target was verified (default 10 min).
    // Kept in the journal by start(): a resumed run waits what the started one chose.
    void setGracePeriod(std::chrono::seconds grace) { m_grace = grace; }
    // The grace period's wait (tests inject one that moves a fake clock).
    void setDelayTimer(DelayTimer *delay) { m_delay = delay; }
    const MigrationJournal &journal() const { return m_journal; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void rowStageChanged(int row, const QString &stage); // the journal id, e.g. "verify:done"
    // The row's old token will be revoked at `revokeAfter` (by the injected clock); emitted when
    // the wait starts, also when a resumed run waits the rest.
    void graceWaiting(int row, const QDateTime &revokeAfter);
    // All rows reached a final stage (true), or the run stopped and can be resumed later (false).
    void finished(bool completed);

private:
    void advance();
    void step(int row);
    void rollbackRow(int row, const QString &reason);
    void createReplacement(int row);
    void afterFailedCreate(int row, const Error &error);
    void removeOrphan(int row);
    void lookForOrphans(int row, std::function<void(Result<int>)> done);
    void stopUnsureAboutOrphan(int row, const QString &createError, const Error &lookUp);
    void storeSecret(int row);
    void rewriteReferences(int row);
    void verify(int row);
    void revokeOld(int row);
    // CI steps (PlanRunnerCi.cpp).
    void continueCi(int row);
    void pushCi(int row, int target);
    void verifyCi(int row, int target);
    void startGrace(int row);
    void waitGrace(int row);
    void restoreCi(int row, std::function<void(QStringList stillNew)> done);
    void restoreCiTarget(int row, int target, std::shared_ptr<const SecretBuffer> old,
                         std::function<void(QStringList)> done, QStringList stillNew);
    void withOldSecret(int row, std::function<void(std::shared_ptr<const SecretBuffer>)> next);
    CiPushValue newValue(int row) const;
    QDateTime now() const;
    void discardNewToken(int row, MigrationStage nextStage, const QString &reason);
    void withSecret(int row, std::function<void()> next);
    bool record(int row, MigrationStage stage, const QJsonObject &fields = {});
    void stop(const QString &error);
    QString keychainKey(int row) const;

    MigrationBackend &m_backend;
    SecretStore &m_store;
    QString m_journalPath;
    QString m_backupDir;
    MigrationJournal m_journal;
    std::map<int, SecretBuffer> m_secrets; // new secrets of this process, by row
    // Old secrets the plan's references carried (start() only): what an undo puts back into CI.
    std::map<int, std::shared_ptr<const SecretBuffer>> m_oldSecrets;
    CiPushBackend *m_ci = nullptr;
    std::chrono::seconds m_grace{600};
    QtDelayTimer m_ownDelay;
    DelayTimer *m_delay = &m_ownDelay;
    std::function<void(int, const QString &)> m_hook;
    const Clock *m_clock = nullptr;
    QString m_lastError;
    bool m_rollingBack = false;
    bool m_stopped = false;
    QString m_expectedUser;
    QString m_haltReason;       // set when a row's failure must stop the whole run
    QList<int> m_revokeRetries; // "revoke-failed" rows resume() tries once more
};

} // namespace td
