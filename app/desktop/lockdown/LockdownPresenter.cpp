// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/lockdown/LockdownPresenter.h"

#include "core/lockdown/LockdownJournal.h"
#include "core/lockdown/LockdownRunner.h"
#include "core/util/Clock.h"

#include <QDir>

namespace td {

LockdownPresenter::LockdownPresenter(RegistryClient &client, TwoFactorPrompt *prompt,
                                     const Clock &clock, Paths paths, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_prompt(prompt),
      m_clock(clock),
      m_paths(std::move(paths)),
      m_gather(client)
{ }

LockdownPresenter::~LockdownPresenter()
{
    delete m_runner; // before the scan it points at
}

void LockdownPresenter::prepare(const QStringList &packages,
                                const QList<IncidentVersion> &badVersions)
{
    m_badVersions = badVersions;
    m_gather.gather(
        packages,
        [this](const QString &package) {
            QList<IncidentVersion> of;
            for (const IncidentVersion &v : std::as_const(m_badVersions))
                if (v.package == package)
                    of.append(v);
            return of;
        },
        [this](Result<LockdownGather::Gathered> got) {
            if (!got)
                return Q_EMIT failed(got.error().message);
            m_gathered = std::move(got.value());
            m_gathered.facts.now = m_clock.now();
            m_plan = LockdownPlan::build(m_gathered.facts);
            // A lockdown this app or the CLI left unfinished (a crash, a failed write) can be
            // carried on instead of planned afresh.
            m_earlierJournal = LockdownJournal::findUnfinished(m_paths.journalDir);
            m_canRetry = !m_earlierJournal.isEmpty();
            Q_EMIT planReady();
        });
}

void LockdownPresenter::setTicked(LockdownStepKind kind, bool ticked)
{
    m_plan.setTicked(kind, ticked);
}

bool LockdownPresenter::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

QUrl LockdownPresenter::npmReportUrl() const
{
    if (m_gathered.versions.isEmpty())
        return {};
    const IncidentVersion &first = m_gathered.versions.constFirst();
    return IncidentReport::npmReportUrl(first.package, first.version);
}

QDateTime LockdownPresenter::earlierStartedAt() const
{
    const Result<LockdownJournal> journal = LockdownJournal::load(m_earlierJournal);
    return journal ? journal.value().startedAt() : QDateTime();
}

void LockdownPresenter::ensureRunner(const QString &journalPath)
{
    if (!m_scan) {
        const auto catalogue = PersistenceScan::loadCatalogue();
        m_scan = std::make_unique<PersistenceScan>(catalogue ? catalogue.value()
                                                             : QList<PersistenceEntry>(),
                                                   m_paths.homeDir, QStringList(), m_paths.tempDir);
    }
    if (m_runner)
        return;
    QDir().mkpath(m_paths.journalDir);
    m_runner = new LockdownRunner(m_client, m_prompt, m_clock, journalPath);
    m_runner->setPersistenceScan(m_scan.get());
    connect(m_runner, &LockdownRunner::actionStarted, this, &LockdownPresenter::actionStarted);
    connect(m_runner, &LockdownRunner::actionFinished, this, &LockdownPresenter::actionFinished);
    connect(m_runner, &LockdownRunner::finished, this, &LockdownPresenter::ended);
}

void LockdownPresenter::run()
{
    const QString runId = m_clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    ensureRunner(LockdownJournal::pathFor(m_paths.journalDir, runId));
    m_canRetry = false;
    m_earlierJournal.clear();
    const Result<void> started = m_runner->start(m_plan, runId);
    m_findings = m_runner->blockingFindings();
    if (started)
        return;
    if (!m_findings.isEmpty())
        return Q_EMIT blocked(PersistenceScan::describe(m_findings));
    Q_EMIT failed(started.error().message);
}

void LockdownPresenter::retry()
{
    if (!m_runner && m_earlierJournal.isEmpty())
        return run();
    if (!m_runner)
        ensureRunner(m_earlierJournal);
    m_canRetry = false;
    const Result<void> resumed = m_runner->resume();
    m_findings = m_runner->blockingFindings();
    if (resumed)
        return;
    if (!m_findings.isEmpty())
        return Q_EMIT blocked(PersistenceScan::describe(m_findings));
    Q_EMIT failed(resumed.error().message);
}

void LockdownPresenter::ended(bool completed)
{
    m_canRetry = !completed;
    IncidentFacts facts;
    facts.timeline = m_gathered.timeline;
    facts.versions = m_gathered.versions;
    facts.findings = m_findings;
    facts.plan = m_earlierJournal.isEmpty() ? &m_plan : nullptr; // an earlier run: its journal
    facts.journal = &m_runner->journal();
    facts.writtenAt = m_clock.now();
    const QString path
        = QDir(m_paths.reportDir)
              .filePath(QStringLiteral("lockdown-%1.md")
                            .arg(facts.writtenAt.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QDir().mkpath(m_paths.reportDir);
    if (const Result<void> written = IncidentReport::write(path, facts); !written) {
        Q_EMIT failed(written.error().message);
        m_reportPath.clear();
    } else {
        m_reportPath = path;
    }
    Q_EMIT finished(completed, m_reportPath);
}

} // namespace td
