// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/migration/ReplacementPlanner.h"
#include "core/publishing/PublishPath.h"
#include "core/publishing/PublishPathClassifier.h"

#include <QObject>

namespace td {

class Clock;
class RegistryClient;

// One account's part of the survey. The client must be signed in with a session: npm lists a
// package's trust configs only to a session.
struct PublishPathAccount
{
    QString accountId;
    QString registry;
    RegistryClient *client = nullptr; // not owned; must outlive the survey's run
    QStringList packages;             // the packages to classify (the account's, with write)
    QList<Token> tokens;              // the account's listed tokens
    QList<TokenUse> uses;             // where credentials are used here (a migration Survey's)
};

// For every package of every account: reads its trust configs and its packument, a bounded
// number of requests at a time, classifies each package as soon as both answers are in
// (classifyPublishPath), reports progress, then finished() with one row per package in the
// accounts' and packages' order. A failed read (offline, 401, …) makes that package Unknown;
// the survey still finishes.
class PublishPathSurvey : public QObject
{
    Q_OBJECT
public:
    explicit PublishPathSurvey(const Clock &clock, QObject *parent = nullptr);

    void setHomeDir(const QString &homeDir) { m_homeDir = homeDir; } // default: QDir::homePath()
    void setMaxRequests(int count) { m_maxRequests = std::max(1, count); } // default 4
    int maxRequests() const { return m_maxRequests; }
    // The most requests that were in flight at once during the last run (for tests).
    int peakRequests() const { return m_peak; }

    // false (and nothing happens) while a run is going on. finished() is always emitted, also
    // for no packages at all (then from the event loop).
    bool start(const QList<PublishPathAccount> &accounts);
    bool isRunning() const { return m_running; }
    const QList<PackagePublishPath> &results() const { return m_results; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const QList<td::PackagePublishPath> &paths);

private:
    struct Job
    {
        int account = 0;
        PublishPathFacts facts;
        int answers = 0; // of 2: trust configs and packument
    };
    enum class Fetch { Trust, Packument };

    void pump();
    void launch(int job, Fetch what);
    void answered(int job);
    void finish();

    const Clock &m_clock;
    QString m_homeDir;
    int m_maxRequests = 4;
    int m_inFlight = 0;
    int m_peak = 0;
    bool m_running = false;
    QList<PublishPathAccount> m_accounts;
    QList<Job> m_jobs;
    QList<QPair<int, Fetch>> m_queue;
    qsizetype m_next = 0;
    int m_done = 0;
    QList<PackagePublishPath> m_results;
};

} // namespace td
