// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/Account.h"
#include "core/provenance/TrustConfigMemory.h"
#include "core/provenance/VersionVerifier.h"
#include "core/registry/HttpExchange.h"
#include "core/util/Result.h"
#include "core/watch/BurstDetector.h"
#include "core/watch/PackumentPoller.h"
#include "core/watch/WatchMemory.h"
#include "core/watch/WatchRelease.h"
#include "core/watch/WatchReleaseLog.h"
#include "core/watch/WatchTargets.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace td {
class Clock;
class RegistryClient;
class SecretStore;
} // namespace td

namespace td::watch {

class KeychainReadTokens;
class StagedReader;
struct StagedListing;
class WatchJudge;

struct WatchServiceSettings
{
    QString memoryPath = WatchMemory::defaultPath();
    QString releasesPath; // the recent releases; empty: "publish-watch-releases.json" beside it
    QString trustConfigPath = provenance::TrustConfigMemory::defaultPath();
    // `--trust-root FILE`'s bytes. Empty: the sandbox's own trust data for a loopback registry
    // that serves it (GET /-/sandbox/trusted-root, as LastReleaseCheck picks it), else the
    // shipped data.
    QByteArray trustRootJson;
    std::chrono::seconds interval = PackumentPoller::kDefaultInterval;
    int keptReleases = 500; // the newest this many are kept (open alarms always)
    provenance::ProvenanceChecks checks = provenance::ProvenanceChecks::real();
};

// The publish watch, assembled (issue 22), for both the desktop and `tokendesk-cli watch`: what
// each account can write plus the pins (WatchTargets), polled (PackumentPoller), each change
// judged (WatchJudge: events, provenance, signals, bursts, the verdict with the user's marks)
// and remembered (WatchMemory, and the recent releases in a file of their own). The first sight
// of a package is its baseline: shown, never an alarm. An alarm stays open until the user says
// "it was me" or acknowledges it, across restarts.
class WatchService : public QObject
{
    Q_OBJECT
public:
    // A client for a registry (anonymous; the watch never needs a session or a second factor).
    using ClientFactory = std::function<RegistryClient *(const QUrl &registry, QObject *parent)>;
    // How often a running watch reads again what the accounts can write (new packages).
    static constexpr std::chrono::hours kTargetRefresh{1};

    // `nam` and `clock` are not owned; `secrets` (may be null) holds the read tokens for
    // private packages (setReadTokenKey).
    WatchService(QNetworkAccessManager *nam, const Clock &clock, SecretStore *secrets,
                 WatchServiceSettings settings = {}, QObject *parent = nullptr);
    ~WatchService() override;

    void setClientFactory(ClientFactory factory) { m_factory = std::move(factory); }
    // What the running watch waits with: the poller's turns, the hourly re-read of the targets
    // and the staged-list reads. Not owned; null = Qt timers of its own (the CLI). The desktop
    // passes its minute tick, so a hidden TokenDesk wakes no more often for the watch (issue 18).
    void setDelayTimer(DelayTimer *timer);
    void setTransportOptions(const TransportOptions &options);
    void setAccounts(const QList<Account> &accounts);
    // The stored token (SecretStore key) an account reads private packages with.
    void setReadTokenKey(const QUrl &registry, const QString &accountId, const QString &key);

    // Reads the memory and the recent releases (also done by start() and runOnce()); never
    // fails: problems() says what was wrong and the watch starts afresh.
    void load();
    // Keeps watching: targets, then each package once per interval.
    void start();
    // One pass over every target now; passFinished() when every read and judgement is done.
    void runOnce();
    void stop();

    // Newest first, open alarms on top.
    QList<WatchRelease> releases() const;
    QList<WatchRelease> openAlarms() const;
    QStringList problems() const { return m_problems; }
    QList<UnwatchedPackage> unwatched() const { return m_poller->unwatched(); }
    WatchBudget budget() const { return m_poller->budget(); }
    int targetCount() const { return int(m_targets.size()); }
    PackumentPoller &poller() { return *m_poller; }

    // "It was me" (remembered for the version: later judgements of it are expected) or a plain
    // acknowledgement (the user responds otherwise). Closes every open alarm of that version on
    // that registry (an empty registry: any). NotFound when the watch knows no such version.
    Result<void> acknowledge(const QUrl &registry, const QString &package, const QString &version,
                             bool itWasMe);
    // "Expect a manual publish of <package> until <until>": such a publish is not an alarm.
    // NotFound when the watch knows no such package.
    Result<void> expectManualPublish(const QUrl &registry, const QString &package,
                                     const QDateTime &until);
    // Excludes <package> from the watch (its changes are shown, never judged or alarmed) or
    // includes it again; remembered. NotFound when the watch knows no such package.
    Result<void> setExcluded(const QUrl &registry, const QString &package, bool excluded);
    bool isExcluded(const QUrl &registry, const QString &package) const;
    // The poll interval of a running watch (never below PackumentPoller's minimum).
    void setInterval(std::chrono::seconds interval);

Q_SIGNALS:
    void alarmRaised(const td::watch::WatchRelease &release);
    void releasesChanged();
    void passFinished();
    void problemsChanged();
    // The list of watched packages was read (at start, then every kTargetRefresh).
    void targetsChanged();

private:
    void collectTargets(std::function<void()> then);
    void collectTargetsWith(const QList<WatchAccount> &accounts, std::function<void()> then);
    void onChanged(const QUrl &registry, const QString &package, const QJsonObject &before,
                   const QJsonObject &after, const QByteArray &etag);
    void withTrustRoot(const QUrl &registry, std::function<void(const QByteArray &)> then);
    void record(const QUrl &registry, const QString &package, const QByteArray &etag,
                const QJsonObject &after, const QList<WatchRelease> &judged);
    void saveReleases();
    void checkPassDone();
    // Staged versions by actors who never staged the package before (the accounts with a read
    // token only; never a second factor): judged and recorded like the packuments' events.
    void readStaged();
    void planTargetRefresh();
    void planStagedRefresh();
    void judgeStaged(const StagedListing &listing);
    void recordJudged(const QList<WatchRelease> &judged);
    void addProblem(const QString &problem);
    // Applies `change` to <package> on every known registry matching `registry` (empty: any),
    // then saves the memory; NotFound when none knows it.
    Result<void> forEachKnown(const QUrl &registry, const QString &package,
                              const std::function<void(const QUrl &)> &change);
    RegistryClient *clientFor(const QUrl &registry);

    QNetworkAccessManager *m_nam;
    const Clock &m_clock;
    WatchServiceSettings m_settings;
    ClientFactory m_factory;
    TransportOptions m_options;
    std::unique_ptr<KeychainReadTokens> m_readTokens;
    std::unique_ptr<DelayTimer> m_ownTimer;
    DelayTimer *m_delay;
    std::unique_ptr<PackumentPoller> m_poller;
    std::unique_ptr<StagedReader> m_staged;
    WatchMemory m_memory;
    WatchReleaseLog m_log;
    BurstDetector m_bursts;
    QList<Account> m_accounts;
    QList<WatchTarget> m_targets;
    QHash<QString, RegistryClient *> m_clients;     // by registry, owned by this
    QHash<QString, WatchJudge *> m_judges;          // by registry, owned by this
    QHash<QString, RegistryClient *> m_listClients; // by account, with its read token; owned
    QHash<QString, QByteArray> m_trustRoots;        // by registry, once fetched
    QStringList m_problems;
    int m_judging = 0;
    bool m_once = false;
    bool m_collecting = false;
    bool m_burstsSeeded = false;         // the log's publishes are in m_bursts
    QTimer m_passCheck;                  // `--once` only: has the pass ended?
    QObject *m_refreshContext = nullptr; // the planned refreshes die with it (stop())
};

} // namespace td::watch
