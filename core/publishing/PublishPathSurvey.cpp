// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/publishing/PublishPathSurvey.h"

#include "core/registry/RegistryClient.h"
#include "core/util/Clock.h"

#include <QDir>
#include <QTimer>

namespace td {

PublishPathSurvey::PublishPathSurvey(const Clock &clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_homeDir(QDir::homePath())
{ }

bool PublishPathSurvey::start(const QList<PublishPathAccount> &accounts)
{
    if (m_running)
        return false;
    m_running = true;
    m_accounts = accounts;
    m_jobs.clear();
    m_queue.clear();
    m_results.clear();
    m_next = 0;
    m_done = 0;
    m_inFlight = 0;
    m_peak = 0;
    const QDateTime now = m_clock.now();
    for (int a = 0; a < m_accounts.size(); ++a) {
        const PublishPathAccount &account = m_accounts.at(a);
        for (const QString &package : account.packages) {
            Job job;
            job.account = a;
            job.facts.account = account.accountId;
            job.facts.registry = account.registry;
            job.facts.package = package;
            job.facts.tokens = account.tokens;
            job.facts.uses = account.uses;
            job.facts.homeDir = m_homeDir;
            job.facts.now = now;
            const int index = int(m_jobs.size());
            m_jobs.append(job);
            m_queue.append({index, Fetch::Trust});
            m_queue.append({index, Fetch::Packument});
        }
    }
    m_results.resize(m_jobs.size());
    if (m_jobs.isEmpty()) {
        QTimer::singleShot(0, this, &PublishPathSurvey::finish);
        return true;
    }
    pump();
    return true;
}

void PublishPathSurvey::pump()
{
    while (m_inFlight < m_maxRequests && m_next < m_queue.size()) {
        const auto [job, what] = m_queue.at(m_next++);
        ++m_inFlight;
        m_peak = std::max(m_peak, m_inFlight);
        launch(job, what);
    }
}

void PublishPathSurvey::launch(int job, Fetch what)
{
    RegistryClient *client = m_accounts.at(m_jobs.at(job).account).client;
    const QString package = m_jobs.at(job).facts.package;
    if (what == Fetch::Trust) {
        client->listTrust(package, this, [this, job](Result<QList<TrustConfig>> configs) {
            PublishPathFacts &facts = m_jobs[job].facts;
            if (configs)
                facts.trust = configs.value();
            else
                facts.fetchProblem = configs.error().oneLine();
            answered(job);
        });
    } else {
        client->packument(package, this, [this, job](Result<Packument> packument) {
            PublishPathFacts &facts = m_jobs[job].facts;
            if (packument)
                facts.packument = packument.value();
            else if (facts.fetchProblem.isEmpty())
                facts.fetchProblem = packument.error().oneLine();
            answered(job);
        });
    }
}

void PublishPathSurvey::answered(int job)
{
    --m_inFlight;
    if (++m_jobs[job].answers == 2) {
        m_results[job] = classifyPublishPath(m_jobs.at(job).facts);
        m_jobs[job].facts = {}; // the tokens and uses are copies; free them early
        ++m_done;
        Q_EMIT progress(m_done, int(m_jobs.size()));
    }
    if (m_done == m_jobs.size())
        return finish();
    pump();
}

void PublishPathSurvey::finish()
{
    m_running = false;
    m_accounts.clear();
    Q_EMIT finished(m_results);
}

} // namespace td
