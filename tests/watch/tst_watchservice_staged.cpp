// SPDX-License-Identifier: GPL-3.0-or-later
// WatchService against the real tokendesk-sandbox (--seed watch) and the real keychain: the
// staged versions the maintainer's account sees (GET /-/stage with the seed's read-only
// watch-read token from the keychain, no second factor) reach the verdict. The first pass takes
// the baseline (maintainer staged @acme/core before: no alarm); then mallory stages a version of
// @acme/core and the next pass raises one alarm "staged by mallory, who never staged @acme/core
// before", while another version staged by the maintainer is no news; the pass after that raises
// nothing again. Without a read token the staged versions are not read at all.
#include "Harness.h"
#include "SandboxControl.h"
#include "SandboxProcess.h"
#include "WatchSandboxSupport.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/util/Clock.h"
#include "core/watch/WatchService.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace td;
using namespace td::watch;
using namespace td::test;
using namespace Qt::StringLiterals;

namespace {
const QString kCore = u"@acme/core"_s;
} // namespace

class TestWatchServiceStaged : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    Account m_account;

    QString readTokenKey() const { return SecretStore::tokenKey(m_account.id, u"watch-read"_s); }
    std::unique_ptr<WatchService> makeService(bool withReadToken = true,
                                              const QString &memoryFile = u"publish-watch"_s)
    {
        WatchServiceSettings settings;
        settings.memoryPath = m_dir.filePath(memoryFile + u".json"_s);
        settings.releasesPath = m_dir.filePath(memoryFile + u"-releases.json"_s);
        settings.trustConfigPath = m_dir.filePath(u"trust-configs.json"_s);
        auto service
            = std::make_unique<WatchService>(m_nam.get(), m_clock, m_keychain.get(), settings);
        service->setAccounts({m_account});
        if (withReadToken)
            service->setReadTokenKey(m_sandbox.url(), m_account.id, readTokenKey());
        return service;
    }
    void stage(const QString &version, const QString &actor)
    {
        control(u"/-/sandbox/staged"_s,
                {{u"package"_s, kCore},
                 {u"version"_s, version},
                 {u"actor"_s, actor},
                 {u"actor_type"_s, u"user"_s}},
                201);
    }
    static QList<WatchRelease> stagedReleases(const WatchService &service)
    {
        QList<WatchRelease> staged;
        const QList<WatchRelease> releases = service.releases();
        for (const WatchRelease &release : releases)
            if (release.kind == WatchEvent::Kind::StagedByNewActor)
                staged.append(release);
        return staged;
    }
    void control(const QString &path, const QJsonObject &body, int status)
    {
        const HttpReply reply = sandboxControl(m_sandbox.url(), path, body);
        QVERIFY2(reply.status == status, reply.body.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"watch"_s}), qPrintable(m_sandbox.errorString()));
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_account = sandboxAccount(m_sandbox.url(), u"maintainer"_s);
        m_keychain = std::make_unique<KeychainSecretStore>(u"tokendesk-watch-staged-e2e"_s);
        QVERIFY(writeSecretAndWait(*m_keychain, readTokenKey(), kSeedWatchReadToken, this));
        stage(u"1.2.0"_s, u"maintainer"_s);
    }

    void firstPassIsTheStagersBaseline()
    {
        auto service = makeService();
        QSignalSpy alarms(service.get(), &WatchService::alarmRaised);
        QVERIFY(runWatchPass(*service, 90000));
        QCOMPARE(alarms.count(), 0);
        QVERIFY(stagedReleases(*service).isEmpty());
    }

    void versionStagedByANewActorIsAnAlarm()
    {
        stage(u"1.3.0"_s, u"mallory"_s);
        stage(u"1.2.1"_s, u"maintainer"_s); // a known stager: no news
        auto service = makeService();
        QSignalSpy alarms(service.get(), &WatchService::alarmRaised);
        QVERIFY(runWatchPass(*service, 90000));
        QCOMPARE(alarms.count(), 1);
        const auto raised = alarms.at(0).at(0).value<WatchRelease>();
        QCOMPARE(raised.kind, WatchEvent::Kind::StagedByNewActor);
        QCOMPARE(raised.spec(), u"@acme/core@1.3.0"_s);
        QCOMPARE(raised.actor, u"mallory"_s);
        QCOMPARE(raised.level, WatchVerdict::Level::Alarm);
        QVERIFY2(raised.codes.contains(u"staged-by-new-actor"_s),
                 qPrintable(raised.codes.join(u' ')));
        QVERIFY2(raised.reasons.constFirst().contains(u"mallory"_s)
                     && raised.reasons.constFirst().contains(u"never staged"_s),
                 qPrintable(raised.reasons.constFirst()));
        QCOMPARE(stagedReleases(*service).size(), 1);
        QCOMPARE(service->openAlarms().size(), 1);
    }

    void aKnownStagerIsNoNewsTheNextTime()
    {
        auto service = makeService();
        QSignalSpy alarms(service.get(), &WatchService::alarmRaised);
        QVERIFY(runWatchPass(*service, 90000));
        QCOMPARE(alarms.count(), 0);
        QCOMPARE(service->openAlarms().size(), 1); // still open until answered
    }

    void withoutAReadTokenStagedVersionsAreNotRead()
    {
        const QJsonObject before
            = httpCall("GET", m_sandbox.url().resolved(QUrl(u"/-/sandbox/requests"_s)))
                  .json()
                  .object();
        auto service = makeService(false, u"no-token"_s);
        QVERIFY(runWatchPass(*service, 90000));
        const QJsonObject after
            = httpCall("GET", m_sandbox.url().resolved(QUrl(u"/-/sandbox/requests"_s)))
                  .json()
                  .object();
        const auto stageReads = [](const QJsonObject &counters) {
            return counters.value(u"routes"_s)
                .toObject()
                .value(u"GET /-/stage"_s)
                .toObject()
                .value(u"requests"_s)
                .toInteger();
        };
        QVERIFY(stageReads(before) > 0);
        QCOMPARE(stageReads(after), stageReads(before));
        QVERIFY(stagedReleases(*service).isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_keychain)
            QVERIFY(removeSecretAndWait(*m_keychain, readTokenKey(), this));
        m_keychain.reset();
        m_nam.reset();
    }
};

QTEST_GUILESS_MAIN(TestWatchServiceStaged)
#include "tst_watchservice_staged.moc"
