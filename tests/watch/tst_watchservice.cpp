// SPDX-License-Identifier: GPL-3.0-or-later
// WatchService against the real tokendesk-sandbox (--seed watch) over real HTTP: the targets of
// the maintainer's account, one pass (runOnce) taking the baseline of the trusted releases
// without an alarm, then a token publish with a postinstall script judged as one alarm with both
// reasons (alarmRaised once, on top of the releases); the alarm survives a restart (a new service
// over the same files) without being raised again, closes when acknowledged ("it was me", kept
// across restarts), and a publish the user said to expect is no alarm; a changed package is read
// in full once (the verification uses the poller's packument).
#include "HttpHelper.h"
#include "RegistryTestSupport.h"
#include "SandboxControl.h"
#include "SandboxProcess.h"
#include "WatchSandboxSupport.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/util/Clock.h"
#include "core/watch/WatchService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace td;
using namespace td::watch;
using namespace td::test;
using namespace Qt::StringLiterals;

namespace {
const QString kUi = u"@acme/ui"_s;
constexpr char kReadToken[] = "npm_SandboxWatchReadOnly0000000000000000"; // the seed's watch-read
const QString kReadTokenId = u"0b5f1a2c-2203-4a00-8000-000000002203"_s;
} // namespace

class TestWatchService : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QTemporaryDir m_dir;
    SystemClock m_clock;

    std::unique_ptr<WatchService> makeService(SecretStore *secrets = nullptr)
    {
        WatchServiceSettings settings;
        settings.memoryPath = m_dir.filePath(u"publish-watch.json"_s);
        settings.trustConfigPath = m_dir.filePath(u"trust-configs.json"_s);
        auto service = std::make_unique<WatchService>(m_nam.get(), m_clock, secrets, settings);
        const Account account = sandboxAccount(m_sandbox.url(), u"maintainer"_s);
        service->setAccounts({account});
        return service;
    }
    void publish(const QJsonObject &body)
    {
        const QString problem = sandboxPublishAndTick(m_sandbox.url(), body);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    static std::optional<WatchRelease> find(const QList<WatchRelease> &releases,
                                            const QString &version)
    {
        for (const WatchRelease &release : releases)
            if (release.package == kUi && release.version == version
                && release.kind == WatchEvent::Kind::NewVersion)
                return release;
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"watch"_s}), qPrintable(m_sandbox.errorString()));
        m_nam = std::make_unique<QNetworkAccessManager>();
        const QString problem
            = publishTrustedReleases(m_sandbox.url(), kUi, {u"1.0.0"_s, u"1.1.0"_s});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void firstPassIsTheBaseline()
    {
        auto service = makeService();
        QSignalSpy alarms(service.get(), &WatchService::alarmRaised);
        QVERIFY(runWatchPass(*service, 60000));
        QVERIFY(service->targetCount() >= 4);
        QCOMPARE(alarms.count(), 0);
        QVERIFY(service->openAlarms().isEmpty());
        const auto baseline = find(service->releases(), u"1.1.0"_s);
        QVERIFY(baseline);
        QVERIFY(baseline->baseline);
        QCOMPARE(baseline->level, WatchVerdict::Level::Expected);
        QVERIFY(baseline->publisher);
        QCOMPARE(baseline->publisher->repository(), u"acme/ui"_s);
    }

    void tokenPublishWithPostinstallIsOneAlarmWithBothReasons()
    {
        publish({{u"package"_s, kUi},
                 {u"version"_s, u"1.1.1"_s},
                 {u"actor"_s, u"token"_s},
                 {u"scripts"_s, QJsonObject{{u"postinstall"_s, u"node x.js"_s}}}});
        auto service = makeService(); // a restart: the baseline comes from the memory
        QSignalSpy alarms(service.get(), &WatchService::alarmRaised);
        QVERIFY(runWatchPass(*service, 60000));
        QCOMPARE(alarms.count(), 1);
        const auto raised = alarms.at(0).at(0).value<WatchRelease>();
        QCOMPARE(raised.spec(), u"@acme/ui@1.1.1"_s);
        QCOMPARE(raised.level, WatchVerdict::Level::Alarm);
        QVERIFY2(raised.codes.contains(u"trust-downgrade"_s), qPrintable(raised.codes.join(u' ')));
        QVERIFY2(raised.codes.contains(u"install-script"_s), qPrintable(raised.codes.join(u' ')));
        QVERIFY(!raised.baseline);
        const QList<WatchRelease> open = service->openAlarms();
        QCOMPARE(open.size(), 1);
        QCOMPARE(service->releases().constFirst().key(), raised.key()); // alarms on top
        // The earlier versions are no news: no second baseline of them.
        QVERIFY(!find(service->releases(), u"1.0.0"_s)
                || find(service->releases(), u"1.0.0"_s)->baseline);
    }

    void openAlarmSurvivesARestartWithoutBeingRaisedAgain()
    {
        auto service = makeService();
        QSignalSpy alarms(service.get(), &WatchService::alarmRaised);
        QVERIFY(runWatchPass(*service, 60000));
        QCOMPARE(alarms.count(), 0);
        QCOMPARE(service->openAlarms().size(), 1);
        QVERIFY(service->openAlarms().constFirst().reasons.join(u'\n').contains(u"postinstall"_s));
    }

    void acknowledgedAlarmClosesAndStaysClosed()
    {
        {
            auto service = makeService();
            service->load();
            QSignalSpy changed(service.get(), &WatchService::releasesChanged);
            QVERIFY(!service->acknowledge(m_sandbox.url(), kUi, u"9.9.9"_s, true));
            QVERIFY(service->acknowledge(m_sandbox.url(), kUi, u"1.1.1"_s, true));
            QCOMPARE(changed.count(), 1);
            QVERIFY(service->openAlarms().isEmpty());
        }
        auto service = makeService();
        QVERIFY(runWatchPass(*service, 60000));
        QVERIFY(service->openAlarms().isEmpty());
        const auto acknowledged = find(service->releases(), u"1.1.1"_s);
        QVERIFY(acknowledged);
        QVERIFY(acknowledged->acknowledged);
    }

    void expectedManualPublishIsNoAlarm()
    {
        {
            auto service = makeService();
            service->load();
            QVERIFY(
                service->expectManualPublish(m_sandbox.url(), kUi, m_clock.now().addSecs(3600)));
        }
        publish({{u"package"_s, kUi}, {u"version"_s, u"1.1.2"_s}, {u"actor"_s, u"token"_s}});
        auto service = makeService();
        QSignalSpy alarms(service.get(), &WatchService::alarmRaised);
        QVERIFY(runWatchPass(*service, 60000));
        QCOMPARE(alarms.count(), 0);
        const auto manual = find(service->releases(), u"1.1.2"_s);
        QVERIFY(manual);
        QVERIFY(manual->level != WatchVerdict::Level::Alarm);
        QVERIFY(!manual->note.isEmpty());
    }

    // The verification reads no second copy of the packument the poller just read: a changed
    // package costs its abbreviated read and one full read, nothing more.
    void changedPackageIsReadInFullOnce()
    {
        auto service = makeService();
        QVERIFY(runWatchPass(*service, 60000)); // nothing new: every package answers 304
        QCOMPARE(
            httpCall("DELETE", m_sandbox.url().resolved(QUrl(u"/-/sandbox/requests"_s))).status,
            200);
        publish({{u"package"_s, kUi}, {u"version"_s, u"1.1.3"_s}, {u"actor"_s, u"token"_s}});
        QVERIFY(runWatchPass(*service, 60000));
        QVERIFY(find(service->releases(), u"1.1.3"_s));
        const QJsonObject routes
            = httpCall("GET", m_sandbox.url().resolved(QUrl(u"/-/sandbox/requests"_s)))
                  .json()
                  .object()
                  .value(u"routes"_s)
                  .toObject();
        qint64 packumentReads = 0;
        for (const QString &route : {u"GET /:name"_s, u"GET /:scope/:name"_s})
            packumentReads += routes.value(route)
                                  .toObject()
                                  .value(u"statuses"_s)
                                  .toObject()
                                  .value(u"200"_s)
                                  .toInteger();
        QVERIFY2(packumentReads == 2, QJsonDocument(routes).toJson().constData());
    }

    // A running watch waits with the injected timer (the desktop's minute tick): the poller's
    // turns, the hourly re-read of the targets and the staged reads; stop() drops its waits.
    void runningWatchWaitsOnTheInjectedTimer()
    {
        auto service = makeService();
        ManualDelayTimer waits;
        service->setDelayTimer(&waits);
        service->start();
        QTRY_VERIFY_WITH_TIMEOUT(service->targetCount() >= 4 && service->poller().isIdle()
                                     && service->poller().budget().requestsLastHour >= 1,
                                 30000);
        const std::chrono::milliseconds hour = WatchService::kTargetRefresh;
        const std::chrono::milliseconds interval = PackumentPoller::kDefaultInterval;
        QVERIFY(waits.delays.contains(hour));
        QVERIFY(waits.delays.contains(interval));
        QVERIFY(std::any_of(waits.delays.cbegin(), waits.delays.cend(), [&](auto delay) {
            return delay >= PackumentPoller::kMinimumWakeGap && delay < interval; // a next turn
        }));
        // Fired: the refreshes plan their successors on the same timer.
        const qsizetype planned = waits.delays.size();
        waits.fireAll();
        QTRY_VERIFY_WITH_TIMEOUT(waits.delays.count(hour) == 2 && waits.delays.count(interval) == 2,
                                 10000);
        QVERIFY(waits.delays.size() > planned);
        service->stop();
        waits.fireAll(); // what was planned before stop() does not run
        QTest::qWait(200);
        QCOMPARE(waits.delays.count(hour), 2);
        service.reset();
    }

    // A running watch lists the account's packages again as soon as its read token changes, so
    // a private package is watched at once rather than at the next hourly re-read; setting the
    // same token again lists nothing.
    void aNewReadTokenListsPrivatePackagesAtOnce()
    {
        InMemorySecretStore store;
        auto service = makeService(&store);
        ManualDelayTimer waits; // the hourly re-read never fires by itself here
        service->setDelayTimer(&waits);
        service->start();
        QTRY_VERIFY_WITH_TIMEOUT(service->targetCount() >= 4 && service->poller().isIdle(), 30000);
        const int before = service->targetCount();
        const Account account = sandboxAccount(m_sandbox.url(), u"maintainer"_s);
        const QString key = SecretStore::tokenKey(account.id, kReadTokenId);
        QVERIFY(writeSecretAndWait(store, key, kReadToken, this));
        service->setReadTokenKey(account.registry, account.id, key);
        QTRY_COMPARE_WITH_TIMEOUT(service->targetCount(), before + 1, 30000);
        const int reads = store.readCount();
        service->setReadTokenKey(account.registry, account.id, key);
        QTest::qWait(300);
        QCOMPARE(store.readCount(), reads);
        service->stop();
    }

    void cleanupTestCase() { m_nam.reset(); }
};

QTEST_GUILESS_MAIN(TestWatchService)
#include "tst_watchservice.moc"
