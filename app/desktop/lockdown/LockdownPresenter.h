// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lockdown/IncidentReport.h"
#include "core/lockdown/LockdownGather.h"
#include "core/lockdown/LockdownPlan.h"
#include "core/lockdown/PersistenceScan.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace td {

class Clock;
class LockdownRunner;
class RegistryClient;
class TwoFactorPrompt;

// The Lockdown dialog's logic (the dialog only shows it): reads the facts (LockdownGather), holds
// the plan the user ticks, checks this machine for a worm's persistence before the first write,
// runs the plan under one 2FA approach (LockdownRunner over the account's client and the
// desktop's prompt), retries a failed write (resume), and writes the incident report.
class LockdownPresenter : public QObject
{
    Q_OBJECT
public:
    struct Paths
    {
        QString homeDir;    // where a watchdog would be (the user's home)
        QString tempDir;    // the temporary folder
        QString journalDir; // the runner's journal
        QString reportDir;  // the incident report's folder
    };
    LockdownPresenter(RegistryClient &client, TwoFactorPrompt *prompt, const Clock &clock,
                      Paths paths, QObject *parent = nullptr);
    ~LockdownPresenter() override;

    // Reads the facts of `packages` with their bad versions; planReady() or failed().
    void prepare(const QStringList &packages, const QList<IncidentVersion> &badVersions);

    const LockdownPlan &plan() const { return m_plan; }
    void setTicked(LockdownStepKind kind, bool ticked);
    const QList<PersistenceFinding> &findings() const { return m_findings; }
    bool isRunning() const;
    bool canRetry() const { return m_canRetry; }
    QString reportPath() const { return m_reportPath; }
    QUrl npmReportUrl() const;

    // Checks the machine, then runs every ticked step; blocked() when persistence is found.
    void run();
    // After finished(false), or when an earlier lockdown was left unfinished (earlierJournal()):
    // carries on from the first write not done.
    void retry();
    // The newest journal of a lockdown not finished (by this app or the CLI), found when the
    // plan is ready; cleared when run() starts a new one.
    QString earlierJournal() const { return m_earlierJournal; }
    QDateTime earlierStartedAt() const;

Q_SIGNALS:
    void planReady();
    void failed(const QString &message);
    void blocked(const QString &findings); // what was found, where and how to disarm it
    void actionStarted(int index, int total, const QString &label);
    void actionFinished(int index, bool ok, const QString &message);
    void finished(bool completed, const QString &reportPath);

private:
    void ensureRunner(const QString &journalPath);
    void ended(bool completed);

    RegistryClient &m_client;
    TwoFactorPrompt *m_prompt;
    const Clock &m_clock;
    Paths m_paths;
    LockdownGather m_gather;
    QList<IncidentVersion> m_badVersions;
    LockdownGather::Gathered m_gathered;
    LockdownPlan m_plan;
    std::unique_ptr<PersistenceScan> m_scan;
    QList<PersistenceFinding> m_findings;
    LockdownRunner *m_runner = nullptr;
    bool m_canRetry = false;
    QString m_earlierJournal;
    QString m_reportPath;
};

} // namespace td
