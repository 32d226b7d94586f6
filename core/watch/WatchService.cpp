// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchService.h"

#include "core/provenance/LastReleaseCheck.h"
#include "core/provenance/PackumentReleases.h"
#include "core/registry/DelayTimer.h"
#include "core/registry/RegistryClient.h"
#include "core/util/Clock.h"
#include "core/watch/LateBursts.h"
#include "core/watch/ReadTokenSource.h"
#include "core/watch/StagedActors.h"
#include "core/watch/StagedReader.h"
#include "core/watch/WatchJudge.h"
#include "core/watch/WatchTargets.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace td::watch {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::watch::WatchService)
};

QString registryKey(const QUrl &registry)
{
    return registry.adjusted(QUrl::StripTrailingSlash).toString();
}

} // namespace

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

void WatchService::collectTargets(std::function<void()> then)
{
    QList<WatchAccount> accounts;
    for (const Account &account : std::as_const(m_accounts))
        accounts.append({account, clientFor(account.registry)});
    if (!m_readTokens || accounts.isEmpty())
        return collectTargetsWith(accounts, std::move(then));
    // The registry lists an account's private packages only to a caller that may read them:
    // an account with a read token lists with it (no second factor), the others anonymously.
    m_collecting = true;
    auto listing = std::make_shared<QList<WatchAccount>>(accounts);
    auto pending = std::make_shared<qsizetype>(accounts.size());
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const Account account = accounts.at(i).account;
        m_readTokens->readToken(
            account.registry, {account.id}, this,
            [this, listing, pending, i, account, then](std::optional<SecretBuffer> token) {
                if (token) {
                    RegistryClient *&client = m_listClients[account.id];
                    if (!client)
                        client = m_factory(account.registry, this);
                    client->setAuthToken(std::move(*token),
                                         RegistryClient::Credential::AccessToken);
                    (*listing)[i].client = client;
                }
                if (--*pending == 0)
                    collectTargetsWith(*listing, then);
            });
    }
}

void WatchService::collectTargetsWith(const QList<WatchAccount> &accounts,
                                      std::function<void()> then)
{
    const QList<WatchPin> pins = m_memory.pins();
    if (accounts.isEmpty() && pins.isEmpty()) {
        addProblem(Tr::tr("Nothing to watch: no account is signed in and no package is pinned. "
                          "Sign in with 'tokendesk-cli login' or in TokenDesk first."));
        m_targets.clear();
        m_collecting = false;
        m_poller->setTargets(m_targets);
        then();
        Q_EMIT targetsChanged();
        return;
    }
    m_collecting = true;
    collectWatchTargets(accounts, pins, this, [this, then](WatchTargetList list) {
        m_collecting = false;
        for (const QString &problem : std::as_const(list.problems))
            addProblem(problem);
        // A refresh that could read nothing (the registry down) keeps what was watched.
        if (list.targets.isEmpty() && !list.problems.isEmpty() && !m_targets.isEmpty())
            return then();
        m_targets = list.targets;
        m_poller->setTargets(m_targets);
        for (const WatchTarget &target : std::as_const(m_targets))
            if (m_memory.hasBaseline(target.registry, target.package)) {
                const PackageMemory known = m_memory.package(target.registry, target.package);
                m_poller->setBaseline(target.registry, target.package, known.etag, known.summary);
            }
        then();
    });
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

void WatchService::readStaged()
{
    if (!m_readTokens || m_accounts.isEmpty())
        return;
    ++m_judging;
    m_staged->read(m_accounts, [this](const QList<StagedListing> &listings) {
        for (const StagedListing &listing : listings)
            judgeStaged(listing);
        --m_judging;
    });
}

void WatchService::judgeStaged(const StagedListing &listing)
{
    if (!listing.problem.isEmpty())
        addProblem(listing.problem);
    if (!listing.read)
        return;
    const QUrl registry = listing.account.registry;
    const QList<WatchEvent> events
        = stagedByNewActors(listing.staged, m_memory.knownStagers(registry));
    // The first list read is the baseline of every package the account writes: from then on a
    // stager not seen before is new, also on a package nobody staged yet.
    for (const WatchTarget &target : std::as_const(m_targets))
        if (target.writers.contains(listing.account.id)
            && registryKey(target.registry) == registryKey(registry))
            m_memory.rememberStagers(registry, target.package, {});
    for (const StagedRelease &item : listing.staged)
        if (!item.isPlaceholder())
            m_memory.rememberStagers(registry, item.packageName, {item.actor});
    recordJudged(
        WatchJudge::judgeStaged(registry, events, m_memory.marks(registry), m_clock.now()));
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

void WatchService::withTrustRoot(const QUrl &registry, std::function<void(const QByteArray &)> then)
{
    if (!m_settings.trustRootJson.isEmpty())
        return then(m_settings.trustRootJson);
    const QString key = registryKey(registry);
    if (provenance::trustDataSourceFor(registry) == provenance::TrustDataSource::Shipped)
        return then({});
    if (const auto known = m_trustRoots.constFind(key); known != m_trustRoots.cend())
        return then(*known);
    clientFor(registry)->sandboxTrustedRoot(this, [this, key, then](Result<QByteArray> root) {
        // A loopback registry that is not the sandbox has none: the shipped data then.
        const QByteArray data = root ? root.value() : QByteArray();
        if (root)
            m_trustRoots.insert(key, data);
        then(data);
    });
}

void WatchService::onChanged(const QUrl &registry, const QString &package,
                             const QJsonObject &before, const QJsonObject &after,
                             const QByteArray &etag)
{
    ++m_judging;
    withTrustRoot(
        registry, [this, registry, package, before, after, etag](const QByteArray &trustRoot) {
            JudgeRequest request;
            request.registry = registry;
            request.package = package;
            request.before = before;
            request.after = after;
            request.marks = m_memory.marks(registry);
            request.trustRootJson = trustRoot;
            request.seenAt = m_clock.now();
            for (const WatchTarget &target : std::as_const(m_targets))
                if (target.package == package
                    && registryKey(target.registry) == registryKey(registry))
                    request.account = target.writers.value(0);
            if (const auto remembered = provenance::TrustConfigMemory(m_settings.trustConfigPath)
                                            .recall(registry, package))
                request.trustConfigs = remembered->configs;
            WatchJudge *&judge = m_judges[registryKey(registry)];
            if (!judge)
                judge = new WatchJudge(clientFor(registry), m_bursts, m_settings.checks, this);
            judge->judge(request,
                         [this, registry, package, etag, after](QList<WatchRelease> judged) {
                             record(registry, package, etag, after, judged);
                             --m_judging;
                         });
        });
}

void WatchService::record(const QUrl &registry, const QString &package, const QByteArray &etag,
                          const QJsonObject &after, const QList<WatchRelease> &judged)
{
    m_memory.rememberSeen(registry, package, etag, packumentSummary(after));
    for (const WatchRelease &release : judged)
        if (!release.version.isEmpty() && release.kind == WatchEvent::Kind::NewVersion)
            m_memory.rememberVerdict(registry, package, release.version,
                                     RememberedLevel(int(release.level)));
    recordJudged(judged);
}

void WatchService::recordJudged(const QList<WatchRelease> &judged)
{
    QList<WatchRelease> raised = m_log.merge(judged);
    const LateBurstUpdate late = lateBurstReasons(m_log.releases(), m_bursts, m_memory);
    m_log.merge(late.updated);
    raised += late.raised;
    if (const auto saved = m_memory.save(); !saved)
        addProblem(saved.error().oneLine());
    saveReleases();
    Q_EMIT releasesChanged();
    for (const WatchRelease &release : std::as_const(raised))
        Q_EMIT alarmRaised(release);
}

void WatchService::saveReleases()
{
    if (const auto saved = m_log.save(); !saved)
        addProblem(saved.error().oneLine());
}

QList<WatchRelease> WatchService::releases() const
{
    return m_log.releases();
}

QList<WatchRelease> WatchService::openAlarms() const
{
    return m_log.openAlarms();
}

Result<void> WatchService::acknowledge(const QUrl &registry, const QString &package,
                                       const QString &version, bool itWasMe)
{
    const QList<WatchRelease> matched = m_log.acknowledge(registry, package, version);
    const bool found = !matched.isEmpty();
    if (itWasMe)
        for (const WatchRelease &release : matched)
            m_memory.markItWasMe(release.registry, package, version);
    if (!found)
        return Error{ErrorCode::NotFound,
                     Tr::tr("The watch has not seen %1@%2.").arg(package, version),
                     Tr::tr("Check the name and version with 'tokendesk-cli watch --once'.")};
    if (const auto saved = m_memory.save(); !saved)
        return saved.error();
    saveReleases();
    Q_EMIT releasesChanged();
    return {};
}

Result<void> WatchService::expectManualPublish(const QUrl &registry, const QString &package,
                                               const QDateTime &until)
{
    return forEachKnown(registry, package, [this, &package, &until](const QUrl &known) {
        m_memory.expectManualPublish(known, package, until);
    });
}

Result<void> WatchService::setExcluded(const QUrl &registry, const QString &package, bool excluded)
{
    return forEachKnown(registry, package, [this, &package, excluded](const QUrl &known) {
        m_memory.setExcluded(known, package, excluded);
    });
}

bool WatchService::isExcluded(const QUrl &registry, const QString &package) const
{
    return m_memory.package(registry, package).excluded;
}

void WatchService::setInterval(std::chrono::seconds interval)
{
    m_poller->setInterval(interval);
    // The staged reads take the poller's (clamped) interval from their next turn on; they wait
    // on the injected delay timer, which has no interval to change.
    m_settings.interval = m_poller->interval();
}

Result<void> WatchService::forEachKnown(const QUrl &registry, const QString &package,
                                        const std::function<void(const QUrl &)> &change)
{
    bool found = false;
    const QList<QPair<QUrl, QString>> known = m_memory.packages();
    for (const auto &[knownRegistry, knownPackage] : known) {
        if (knownPackage != package
            || (!registry.isEmpty() && registryKey(knownRegistry) != registryKey(registry)))
            continue;
        found = true;
        change(knownRegistry);
    }
    if (!found)
        return Error{ErrorCode::NotFound, Tr::tr("The watch does not know %1 yet.").arg(package),
                     Tr::tr("Run 'tokendesk-cli watch --once' first.")};
    return m_memory.save();
}

} // namespace td::watch
