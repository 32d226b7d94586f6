// SPDX-License-Identifier: GPL-3.0-or-later
// The publish watch against the real tokendesk-sandbox (--seed watch) over real HTTP, with the
// real keychain (tests/run-headless.sh): WatchTargets reads the maintainer's packages, the poller
// takes its baseline (the restricted @acme/internal-tools through the read-only token kept in the
// keychain; without it, listed as unwatched), then the control API publishes @acme/core 1.1.1 with
// a token and a postinstall script, and the package's next turn reports the change while every
// other package answers 304.
#include "FakeClock.h"
#include "Harness.h"
#include "HttpHelper.h"
#include "SandboxProcess.h"
#include "core/registry/RegistryClient.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/watch/PackumentPoller.h"
#include "core/watch/ReadTokenSource.h"
#include "core/watch/WatchTargets.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

using namespace td;
using namespace td::watch;
using namespace td::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
constexpr char kReadToken[] = "npm_SandboxWatchReadOnly0000000000000000"; // the seed's watch-read
const QString kAccount = u"maintainer@127.0.0.1"_s;

struct Change
{
    QString package;
    QJsonObject before;
    QJsonObject after;
};
} // namespace

class TestWatchPollerSandbox : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    FakeClock m_clock;
    QList<WatchTarget> m_targets;

    QJsonObject counters()
    {
        return httpCall("GET", m_sandbox.url().resolved(QUrl(u"/-/sandbox/requests"_s)))
            .json()
            .object();
    }
    // Every turn of one interval, as the minute wake-ups would run them.
    static void runOneInterval(PackumentPoller &poller, FakeClock &clock)
    {
        for (int minute = 0; minute <= 10; ++minute) {
            poller.pollDue();
            QVERIFY(QTest::qWaitFor([&] { return poller.isIdle(); }, 20000));
            clock.advance(60s);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"watch"_s}), qPrintable(m_sandbox.errorString()));
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_keychain = std::make_unique<KeychainSecretStore>(u"tokendesk-watch-e2e"_s);
        std::optional<Result<void>> written;
        m_keychain->write(SecretStore::tokenKey(kAccount, u"watch-read"_s),
                          SecretBuffer(QByteArrayView(kReadToken)), this,
                          [&written](Result<void> r) { written = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }, 20000));
        QVERIFY(written->ok());

        // What to watch: the maintainer's own list (public, no session) plus a pin.
        RegistryClient client(m_nam.get(), m_sandbox.url(), m_clock);
        Account account;
        account.registry = m_sandbox.url();
        account.user = u"maintainer"_s;
        account.id = kAccount;
        std::optional<WatchTargetList> list;
        collectWatchTargets({{account, &client}}, {{m_sandbox.url(), u"@acme/internal-tools"_s}},
                            nullptr, [&list](WatchTargetList l) { list = std::move(l); });
        QVERIFY(QTest::qWaitFor([&] { return list.has_value(); }, 20000));
        QVERIFY2(list->problems.isEmpty(), qPrintable(list->problems.join(u'\n')));
        m_targets = list->targets;
        QStringList names;
        for (const WatchTarget &target : std::as_const(m_targets))
            names << target.package;
        for (const QString &expected :
             {u"@acme/core"_s, u"@acme/theme"_s, u"@acme/icons"_s, u"@acme/internal-tools"_s})
            QVERIFY2(names.contains(expected), qPrintable(names.join(u' ')));
    }

    void privatePackageWithoutTheTokenIsUnwatched()
    {
        PackumentPoller poller(m_nam.get(), m_clock);
        poller.setTargets(m_targets);
        poller.start();
        runOneInterval(poller, m_clock);
        poller.stop();
        const QList<UnwatchedPackage> unwatched = poller.unwatched();
        QCOMPARE(unwatched.size(), 1);
        QCOMPARE(unwatched.at(0).package, u"@acme/internal-tools"_s);
    }

    void tokenPublishIsSeenAtThePackagesNextTurn()
    {
        KeychainReadTokens tokens(*m_keychain);
        tokens.setTokenKey(m_sandbox.url(), kAccount,
                           SecretStore::tokenKey(kAccount, u"watch-read"_s));
        PackumentPoller poller(m_nam.get(), m_clock);
        poller.setReadTokens(&tokens);
        poller.setTargets(m_targets);
        QList<Change> changes;
        connect(&poller, &PackumentPoller::packumentChanged, this,
                [&changes](const QUrl &, const QString &package, const QJsonObject &before,
                           const QJsonObject &after) {
                    changes.append({package, before, after});
                });
        poller.start();
        runOneInterval(poller, m_clock);
        QVERIFY2(poller.unwatched().isEmpty(), qPrintable(poller.unwatched().value(0).reason));
        QCOMPARE(changes.size(), m_targets.size()); // the baseline: first sight of each
        for (const Change &change : std::as_const(changes))
            QVERIFY(change.before.isEmpty());
        QVERIFY(std::any_of(changes.cbegin(), changes.cend(), [](const Change &c) {
            return c.package == u"@acme/internal-tools"_s
                && c.after.value(u"versions"_s).toObject().contains(u"1.0.0"_s);
        }));
        changes.clear();

        const QJsonObject attack{{u"package"_s, u"@acme/core"_s},
                                 {u"version"_s, u"1.1.1"_s},
                                 {u"actor"_s, u"token"_s},
                                 {u"scripts"_s, QJsonObject{{u"postinstall"_s, u"node x.js"_s}}}};
        const HttpReply published
            = httpCall("POST", m_sandbox.url().resolved(QUrl(u"/-/sandbox/publish"_s)),
                       QJsonDocument(attack).toJson(), {{"content-type", "application/json"}});
        QCOMPARE(published.status, 201);

        QCOMPARE(
            httpCall("DELETE", m_sandbox.url().resolved(QUrl(u"/-/sandbox/requests"_s))).status,
            200);
        runOneInterval(poller, m_clock);
        poller.stop();
        QCOMPARE(changes.size(), 1);
        const Change &change = changes.at(0);
        QCOMPARE(change.package, u"@acme/core"_s);
        QVERIFY(!change.before.value(u"versions"_s).toObject().contains(u"1.1.1"_s));
        QVERIFY(change.before.value(u"versions"_s).toObject().contains(u"1.1.0"_s));
        const QJsonObject manifest
            = change.after.value(u"versions"_s).toObject().value(u"1.1.1"_s).toObject();
        QCOMPARE(manifest.value(u"scripts"_s).toObject().value(u"postinstall"_s).toString(),
                 u"node x.js"_s);
        QCOMPARE(manifest.value(u"_npmUser"_s).toObject().value(u"name"_s).toString(),
                 u"maintainer"_s);

        // The registry's view of that interval: one read per package and the full packument of
        // the changed one only (m_targets.size() + 1 packument reads, the rest 304).
        const QJsonObject total = counters().value(u"total"_s).toObject();
        QCOMPARE(total.value(u"requests"_s).toInteger(), qint64(m_targets.size() + 1));
        qint64 notModified = 0;
        const QJsonObject routes = counters().value(u"routes"_s).toObject();
        for (auto it = routes.constBegin(); it != routes.constEnd(); ++it)
            notModified += it.value()
                               .toObject()
                               .value(u"statuses"_s)
                               .toObject()
                               .value(u"304"_s)
                               .toInteger();
        QCOMPARE(notModified, qint64(m_targets.size() - 1));
    }

    void cleanupTestCase()
    {
        if (m_keychain) {
            bool removed = false;
            m_keychain->remove(SecretStore::tokenKey(kAccount, u"watch-read"_s), this,
                               [&removed](Result<void>) { removed = true; });
            QVERIFY(QTest::qWaitFor([&] { return removed; }, 10000));
        }
        m_keychain.reset();
        m_nam.reset();
    }
};

QTEST_GUILESS_MAIN(TestWatchPollerSandbox)
#include "tst_watchpoller_sandbox.moc"
