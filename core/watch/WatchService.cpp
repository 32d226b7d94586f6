// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchService.h"

#include "core/provenance/PackumentReleases.h"
#include "core/registry/DelayTimer.h"
#include "core/registry/RegistryClient.h"
#include "core/util/Clock.h"
#include "core/watch/LateBursts.h"
#include "core/watch/ReadTokenSource.h"
#include "core/watch/StagedReader.h"
#include "core/watch/WatchServiceSupport.h"

namespace td::watch {

using detail::registryKey;
using detail::Tr;

WatchService::WatchService(QNetworkAccessManager *nam, const Clock &clock, SecretStore *secrets,
                           WatchServiceSettings settings, QObject *parent)
    : QObject(parent),
      m_nam(nam),
      m_clock(clock),
      m_settings(std::move(settings)),
      m_ownTimer(std::make_unique<QtDelayTimer>()),
      m_delay(m_ownTimer.get()),
      m_poller(std::make_unique<PackumentPoller>(nam, clock)),
      m_memory(m_settings.memoryPath),
      m_log(m_settings.releasesPath.isEmpty() ? WatchReleaseLog::pathBeside(m_settings.memoryPath)
                                              : m_settings.releasesPath,
            m_settings.keptReleases)
{
    m_factory = [this](const QUrl &registry, QObject *owner) {
        auto *client = new RegistryClient(m_nam, registry, m_clock, owner);
        TransportOptions options = m_options;
        options.maxResponseBytes = provenance::kMaxPackumentBytes;
        client->setTransportOptions(options);
        return client;
    };
    if (secrets) {
        m_readTokens = std::make_unique<KeychainReadTokens>(*secrets);
        m_poller->setReadTokens(m_readTokens.get());
    }
    m_staged = std::make_unique<StagedReader>(nam, clock, m_readTokens.get());
    m_poller->setInterval(m_settings.interval);
    connect(m_poller.get(), &PackumentPoller::packumentChanged, this, &WatchService::onChanged);
    connect(m_poller.get(), &PackumentPoller::pollFailed, this,
            [this](const QUrl &, const QString &package, const td::Error &error) {
                addProblem(Tr::tr("%1 could not be read: %2").arg(package, error.oneLine()));
            });
    m_passCheck.setInterval(100);
    connect(&m_passCheck, &QTimer::timeout, this, &WatchService::checkPassDone);
}

WatchService::~WatchService() = default;

void WatchService::setDelayTimer(DelayTimer *timer)
{
    m_delay = timer ? timer : m_ownTimer.get();
    m_poller->setDelayTimer(timer);
}

void WatchService::setTransportOptions(const TransportOptions &options)
{
    m_options = options;
    m_poller->setTransportOptions(options);
    m_staged->setTransportOptions(options);
}

void WatchService::setAccounts(const QList<Account> &accounts)
{
    m_accounts = accounts;
}

void WatchService::setReadTokenKey(const QUrl &registry, const QString &accountId,
                                   const QString &key)
{
    if (!m_readTokens || m_readTokens->tokenKey(registry, accountId) == key)
        return;
    m_readTokens->setTokenKey(registry, accountId, key);
    // A running watch lists the packages again now: a new read token's private packages are
    // watched at once, not at the next hourly re-read.
    if (m_refreshContext && !m_collecting)
        collectTargets([] {});
}

void WatchService::load()
{
    m_problems.clear();
    m_memory.load();
    if (!m_memory.loadProblem().isEmpty())
        addProblem(m_memory.loadProblem());
    if (const QString problem = m_log.load(); !problem.isEmpty())
        addProblem(problem);
    if (m_burstsSeeded)
        return;
    // Publishes judged by an earlier run count towards a burst too (`watch --once` from cron).
    m_burstsSeeded = true;
    for (const WatchRelease &release : m_log.releases())
        if (release.kind == WatchEvent::Kind::NewVersion && !release.baseline
            && !m_memory.marks(release.registry).isExcluded(release.package))
            m_bursts.record(burstAccountKey(release.registry, release.account), release.package,
                            release.at);
}

RegistryClient *WatchService::clientFor(const QUrl &registry)
{
    RegistryClient *&client = m_clients[registryKey(registry)];
    if (!client)
        client = m_factory(registry, this);
    return client;
}

void WatchService::start()
{
    m_once = false;
    load();
    collectTargets([this] {
        m_poller->start();
        readStaged();
    });
    delete m_refreshContext; // a second start() plans its refreshes afresh
    m_refreshContext = new QObject(this);
    planTargetRefresh();
    planStagedRefresh();
}

void WatchService::planTargetRefresh()
{
    m_delay->start(kTargetRefresh, m_refreshContext, [this] {
        collectTargets([] {});
        planTargetRefresh();
    });
}

void WatchService::planStagedRefresh()
{
    m_delay->start(m_settings.interval, m_refreshContext, [this] {
        readStaged();
        planStagedRefresh();
    });
}

void WatchService::runOnce()
{
    m_once = true;
    load();
    m_collecting = true;
    m_passCheck.start();
    collectTargets([this] {
        m_poller->start();
        m_poller->pollAllNow();
        readStaged();
    });
}

void WatchService::stop()
{
    m_poller->stop();
    m_passCheck.stop();
    delete m_refreshContext; // cancels the planned refreshes
    m_refreshContext = nullptr;
}

void WatchService::setInterval(std::chrono::seconds interval)
{
    m_poller->setInterval(interval);
    // The staged reads take the poller's (clamped) interval from their next turn on; they wait
    // on the injected delay timer, which has no interval to change.
    m_settings.interval = m_poller->interval();
}

void WatchService::checkPassDone()
{
    if (!m_once || m_collecting || m_judging > 0 || !m_poller->isIdle())
        return;
    m_passCheck.stop();
    m_poller->stop();
    m_once = false;
    Q_EMIT passFinished();
}

void WatchService::addProblem(const QString &problem)
{
    if (m_problems.contains(problem))
        return;
    m_problems.append(problem);
    Q_EMIT problemsChanged();
}

} // namespace td::watch
