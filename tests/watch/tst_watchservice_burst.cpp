// SPDX-License-Identifier: GPL-3.0-or-later
// WatchService against the real tokendesk-sandbox (--seed watch) and the real keychain: the
// first pass takes the baseline of the maintainer's five @acme packages (the restricted one
// through the seed's watch-read token), then the control API publishes one version of each within
// three minutes of sandbox clock. One pass judges all five, and every one of them is an open
// alarm with the burst reason, not only the fifth (the burst is known only once its last publish
// is judged; the four before it learn it then and are raised if they were no alarm yet).
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
const QStringList kPackages{u"@acme/ui"_s, u"@acme/core"_s, u"@acme/theme"_s, u"@acme/icons"_s,
                            u"@acme/internal-tools"_s};
} // namespace

class TestWatchServiceBurst : public QObject
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
    std::unique_ptr<WatchService> makeService()
    {
        WatchServiceSettings settings;
        settings.memoryPath = m_dir.filePath(u"publish-watch.json"_s);
        settings.trustConfigPath = m_dir.filePath(u"trust-configs.json"_s);
        auto service
            = std::make_unique<WatchService>(m_nam.get(), m_clock, m_keychain.get(), settings);
        service->setAccounts({m_account});
        service->setReadTokenKey(m_sandbox.url(), m_account.id, readTokenKey());
        return service;
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
        m_keychain = std::make_unique<KeychainSecretStore>(u"tokendesk-watch-burst-e2e"_s);
        QVERIFY(writeSecretAndWait(*m_keychain, readTokenKey(), kSeedWatchReadToken, this));
        control(u"/-/sandbox/publish"_s,
                {{u"package"_s, u"@acme/ui"_s},
                 {u"version"_s, u"1.0.0"_s},
                 {u"actor"_s, u"trusted-publisher"_s},
                 {u"provenance"_s, true}},
                201);
        control(u"/-/sandbox/clock"_s, {{u"advance_seconds"_s, 3600}}, 200);
    }

    void baselineOfAllFivePackages()
    {
        auto service = makeService();
        QSignalSpy alarms(service.get(), &WatchService::alarmRaised);
        QVERIFY(runWatchPass(*service, 90000));
        QCOMPARE(alarms.count(), 0);
        QVERIFY2(service->unwatched().isEmpty(), qPrintable(service->problems().join(u'\n')));
        QCOMPARE(service->targetCount(), int(kPackages.size()));
    }

    void fivePackagesInThreeMinutesAreFiveBurstAlarms()
    {
        for (const QString &package : kPackages) {
            control(u"/-/sandbox/publish"_s,
                    {{u"package"_s, package},
                     {u"version"_s, u"4.0.1"_s},
                     {u"actor"_s, u"token"_s},
                     {u"tag"_s, u"next"_s}},
                    201);
            control(u"/-/sandbox/clock"_s, {{u"advance_seconds"_s, 40}}, 200);
        }
        auto service = makeService();
        QSignalSpy alarms(service.get(), &WatchService::alarmRaised);
        QVERIFY(runWatchPass(*service, 90000));
        // Each publish is raised once (one that was an alarm already, before the burst was
        // complete, is not raised again), and every open alarm carries the burst reason.
        QStringList raised;
        for (const QList<QVariant> &signal : std::as_const(alarms))
            raised.append(signal.at(0).value<WatchRelease>().package);
        raised.sort();
        QStringList expected = kPackages;
        expected.sort();
        QCOMPARE(raised, expected);
        const QList<WatchRelease> open = service->openAlarms();
        for (const WatchRelease &release : open) {
            QCOMPARE(release.version, u"4.0.1"_s);
            QVERIFY2(release.codes.contains(u"burst"_s),
                     qPrintable(release.spec() + u": "_s + release.codes.join(u' ')));
            const qsizetype at = release.codes.indexOf(u"burst"_s);
            QVERIFY2(release.reasons.at(at).contains(u"within 3 minutes"_s),
                     qPrintable(release.reasons.at(at)));
        }
        QCOMPARE(service->openAlarms().size(), kPackages.size());
    }

    void cleanupTestCase()
    {
        if (m_keychain)
            QVERIFY(removeSecretAndWait(*m_keychain, readTokenKey(), this));
        m_keychain.reset();
        m_nam.reset();
    }
};

QTEST_GUILESS_MAIN(TestWatchServiceBurst)
#include "tst_watchservice_burst.moc"
