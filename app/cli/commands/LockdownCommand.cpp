// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockdownCommand.h"

#include "LoginSupport.h"
#include "cli/ArgReader.h"
#include "cli/CliContext.h"
#include "core/lockdown/LockdownJournal.h"
#include "core/lockdown/LockdownRunner.h"
#include "core/watch/WatchMemory.h"
#include "core/watch/WatchReleaseLog.h"
#include "core/watch/WatchVerdict.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace td::cli {

namespace {
constexpr qint64 kMaxTrustRootBytes = 4 * 1024 * 1024;
constexpr int kFailedExit = 1;
constexpr int kUsageExit = 2;
constexpr int kPersistenceExit = 3;

constexpr int kReleasesRead = 10000; // the whole file: nothing is written back

// The open alarms of the publish watch for `package` (its releases file): the bad versions when
// none are named, with their verdicts and reasons for the report.
QList<IncidentVersion> watchAlarms(const QString &package)
{
    watch::WatchReleaseLog log(
        watch::WatchReleaseLog::pathBeside(watch::WatchMemory::defaultPath()), kReleasesRead);
    log.load(); // a missing or damaged file: no alarm known, the user names the versions
    QList<IncidentVersion> out;
    const QList<watch::WatchRelease> open = log.openAlarms();
    for (const watch::WatchRelease &release : open)
        if (release.package == package && !release.version.isEmpty()
            && release.kind == watch::WatchEvent::Kind::NewVersion)
            out.append({release.package, release.version, release.at,
                        watch::levelName(release.level), release.reasons});
    return out;
}

// The folders a worm's workflow files would be in: the current one, when it is a repository.
QStringList repositoryDirs()
{
    const QDir here = QDir::current();
    if (here.exists(QStringLiteral(".git")))
        return {here.absolutePath()};
    return {};
}
} // namespace

LockdownCommand::LockdownCommand(QObject *parent) : Command(parent) { }

LockdownCommand::~LockdownCommand()
{
    delete m_runner; // before the client and the services it uses
    delete m_gather;
}

QString LockdownCommand::summary()
{
    return tr("respond to a compromised release: check this machine, then require 2FA, revoke "
              "tokens, move tags back and deprecate");
}

void LockdownCommand::usageError(CliContext &context, const QString &line)
{
    context.fail(line, QStringLiteral("EUSAGE"));
    Q_EMIT finished(kUsageExit);
}

void LockdownCommand::run(const QStringList &arguments, CliContext &context)
{
    ArgReader reader(QStringLiteral("lockdown"),
                     {{QStringLiteral("--dry-run")},
                      {QStringLiteral("--resume")},
                      {QStringLiteral("--keep-ci-tokens")},
                      {QStringLiteral("--otp"), ArgReader::Value},
                      {QStringLiteral("--skip"), ArgReader::List},
                      {QStringLiteral("--bad"), ArgReader::List},
                      {QStringLiteral("--report"), ArgReader::Value},
                      {QStringLiteral("--trust-root"), ArgReader::Value}});
    if (!reader.read(arguments))
        return usageError(context, reader.error());
    const QStringList packages = reader.positionals() + reader.afterDashes();
    m_otp = reader.value(QStringLiteral("--otp"));
    m_reportPath = reader.value(QStringLiteral("--report"));
    if (reader.isSet(QStringLiteral("--resume")))
        return resume(context, packages);
    if (packages.isEmpty())
        return usageError(context,
                          tr("lockdown needs a package, for example: tokendesk-cli "
                             "lockdown @acme/ui --bad 1.1.1 --dry-run"));
    m_skips = reader.values(QStringLiteral("--skip"));
    for (const QString &id : std::as_const(m_skips))
        if (!lockdownStepFromId(id))
            return usageError(context,
                              tr("--skip: unknown step '%1' (require-2fa, revoke-trust, "
                                 "revoke-tokens, remove-maintainers, reject-staged, move-tags, "
                                 "deprecate, unpublish)")
                                  .arg(id));
    if (const QString file = reader.value(QStringLiteral("--trust-root")); !file.isEmpty()) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly) || in.size() > kMaxTrustRootBytes)
            return usageError(context,
                              tr("lockdown: cannot read the trust data %1 (a "
                                 "trusted_root.json file of at most 4 MiB)")
                                  .arg(file));
    }
    m_dryRun = reader.isSet(QStringLiteral("--dry-run"));
    m_keepCiTokens = reader.isSet(QStringLiteral("--keep-ci-tokens"));
    const QStringList bad = reader.values(QStringLiteral("--bad"));

    signIn(context, [this, &context, packages, bad](const Account &account) {
        m_gather = new LockdownGather(*m_client);
        const auto badOf = [bad](const QString &package) {
            if (bad.isEmpty())
                return watchAlarms(package);
            QList<IncidentVersion> named;
            for (const QString &version : bad)
                named.append({package, version, {}, {}, {}});
            return named;
        };
        m_gather->gather(packages, badOf,
                         [this, &context, account](Result<LockdownGather::Gathered> got) {
                             if (!got) {
                                 m_services->reportFailure(account, got.error());
                                 return Q_EMIT finished(kUsageExit);
                             }
                             planned(context, std::move(got.value()));
                         });
    });
}

void LockdownCommand::planned(CliContext &context, LockdownGather::Gathered gathered)
{
    m_gathered = std::move(gathered);
    m_gathered.facts.keepVerifiedCiTokens = m_keepCiTokens;
    m_gathered.facts.now = m_services->clock().now();
    m_plan = LockdownPlan::build(m_gathered.facts);
    for (const QString &id : std::as_const(m_skips))
        m_plan.skip(id);
    context.out << tr("Lockdown plan:") << '\n' << m_plan.describe() << '\n';
    context.out.flush();
    if (!m_dryRun && m_plan.runnableActions().isEmpty()) {
        context.out << tr("Nothing to change: no ticked step applies.") << '\n';
        context.out.flush();
        return Q_EMIT finished(0);
    }
    if (m_dryRun) {
        context.out << tr("Dry run: nothing was changed.") << '\n';
        context.out.flush();
        return Q_EMIT finished(0);
    }
    runPlan(context);
}

void LockdownCommand::signIn(CliContext &context, std::function<void(const Account &)> then)
{
    m_services = new LoginServices(context, this);
    m_services->withSignedInClient([this, then = std::move(then)](Result<void> authorized,
                                                                  const Account &account,
                                                                  RegistryClient *client) {
        if (!authorized) {
            m_services->reportFailure(account, authorized.error());
            return Q_EMIT finished(kUsageExit);
        }
        m_client = client;
        // A typed code (reused by the batch while accepted) or the browser approval.
        client->setAuthType(m_otp.isEmpty() ? RegistryClient::AuthType::Web
                                            : RegistryClient::AuthType::Legacy);
        then(account);
    });
}

// --resume: the newest unfinished journal (the desktop's or the CLI's), carried on from its first
// action not done; a failed or unanswered write is repeated (every lockdown write is idempotent).
void LockdownCommand::resume(CliContext &context, const QStringList &packages)
{
    if (!packages.isEmpty())
        return usageError(context,
                          tr("--resume carries on the unfinished lockdown: give no package"));
    m_resumed = LockdownJournal::findUnfinished(LockdownJournal::defaultDir());
    if (m_resumed.isEmpty()) {
        context.fail(tr("there is no unfinished lockdown to resume"));
        return Q_EMIT finished(kUsageExit);
    }
    signIn(context, [this, &context](const Account &) { startRunner(context, m_resumed, {}); });
}

void LockdownCommand::runPlan(CliContext &context)
{
    const QString dir = LockdownJournal::defaultDir();
    if (const QString earlier = LockdownJournal::findUnfinished(dir); !earlier.isEmpty()) {
        context.err << tr("Note: an earlier lockdown (%1) stopped before it finished. This one "
                          "plans afresh from the registry's state; 'tokendesk-cli lockdown "
                          "--resume' would carry on the earlier plan instead.")
                           .arg(QFileInfo(earlier).completeBaseName())
                    << '\n';
        context.err.flush();
    }
    const QString runId = m_services->clock().now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    startRunner(context, LockdownJournal::pathFor(dir, runId), runId);
}

// Starts the plan under `runId`, or resumes the journal at `journalPath` when `runId` is empty.
void LockdownCommand::startRunner(CliContext &context, const QString &journalPath,
                                  const QString &runId)
{
    auto catalogue = PersistenceScan::loadCatalogue();
    if (!catalogue) {
        context.fail(catalogue.error());
        return Q_EMIT finished(kUsageExit);
    }
    m_scan = std::make_unique<PersistenceScan>(catalogue.value(), QDir::homePath(),
                                               repositoryDirs(), QDir::tempPath());
    if (!m_otp.isEmpty())
        m_services->prompt().setPresetCode(SecretBuffer::fromString(m_otp));
    m_runner
        = new LockdownRunner(*m_client, &m_services->prompt(), m_services->clock(), journalPath);
    m_runner->setPersistenceScan(m_scan.get());
    connect(m_runner, &LockdownRunner::actionStarted, this,
            [this, &context](int index, int total, const QString &label) {
                if (m_lineOpen) // the same write again (a stale code was asked for once more)
                    context.out << '\n';
                m_lineOpen = true;
                context.out << QStringLiteral("[%1/%2] ").arg(index + 1).arg(total) << label
                            << " … ";
                context.out.flush();
            });
    connect(m_runner, &LockdownRunner::actionFinished, this,
            [this, &context](int, bool ok, const QString &message) {
                m_lineOpen = false;
                if (ok)
                    context.out << tr("done") << '\n';
                else
                    context.out << tr("failed: %1").arg(message) << '\n';
                context.out.flush();
            });
    connect(m_runner, &LockdownRunner::finished, this,
            [this, &context](bool completed) { writeReport(context, completed); });

    const Result<void> started
        = runId.isEmpty() ? m_runner->resume() : m_runner->start(m_plan, runId);
    if (started)
        return;
    const QList<PersistenceFinding> findings = m_runner->blockingFindings();
    if (findings.isEmpty()) {
        context.fail(started.error());
        return Q_EMIT finished(kUsageExit);
    }
    context.err << tr("Stopped before any change: this machine has a worm's persistence. A "
                      "watchdog may wipe your home folder when the stolen token stops working, "
                      "so disarm it first, then run the lockdown again.")
                << "\n\n"
                << PersistenceScan::describe(findings) << '\n';
    context.err.flush();
    Q_EMIT finished(kPersistenceExit);
}

void LockdownCommand::writeReport(CliContext &context, bool completed)
{
    IncidentFacts facts;
    facts.timeline = m_gathered.timeline;
    facts.versions = m_gathered.versions;
    facts.plan = m_resumed.isEmpty() ? &m_plan : nullptr; // a resumed run has its journal only
    facts.journal = &m_runner->journal();
    facts.writtenAt = m_services->clock().now();
    QString path = m_reportPath;
    if (path.isEmpty())
        path = QDir::current().filePath(
            QStringLiteral("lockdown-%1.md")
                .arg(facts.writtenAt.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const QString shown = QFileInfo(path).absoluteFilePath();
    if (const Result<void> written = IncidentReport::write(path, facts); !written)
        context.err << tr("tokendesk-cli: the incident report could not be written to %1: %2")
                           .arg(shown, written.error().message)
                    << '\n';
    else
        context.out << tr("Incident report: %1").arg(shown) << '\n';
    if (!m_gathered.versions.isEmpty()) {
        const IncidentVersion &first = m_gathered.versions.constFirst();
        context.out
            << tr("Report the malware to npm: %1")
                   .arg(IncidentReport::npmReportUrl(first.package, first.version).toString())
            << '\n';
    }
    if (!completed)
        context.err << tr("tokendesk-cli: the lockdown stopped at a failed step; the steps after "
                          "it were not run. Run 'tokendesk-cli lockdown --resume' to retry it "
                          "and carry on.")
                    << '\n';
    context.out.flush();
    context.err.flush();
    Q_EMIT finished(completed ? 0 : kFailedExit);
}

} // namespace td::cli
