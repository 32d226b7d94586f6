// SPDX-License-Identifier: GPL-3.0-or-later
// LockdownRunner against the loopback fake registry: the writes in the plan's order under one 2FA
// approach (a typed code asked once; one browser approval with the 5-minute skip), a failed step
// retried by resume() without repeating what is done, a crash (the journal as it was on disk at
// that moment) resumed without repeating done steps, and a machine with a worm's watchdog
// stopping the run before any request.
#include "AwaitResult.h"
#include "FakeClock.h"
#include "LockdownFakeRegistry.h"
#include "LockdownRegistryFixture.h"
#include "RegistryTestSupport.h"
#include "core/lockdown/LockdownRunner.h"
#include "core/registry/RegistryClient.h"
#include "core/util/AtomicFile.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {
LockdownFacts incident()
{
    LockdownPackage p;
    p.name = QStringLiteral("@acme/ui");
    p.maintainers = {QStringLiteral("alice"), QStringLiteral("mallory")};
    p.lastGoodVersion = QStringLiteral("1.1.0");
    p.badVersions = {QStringLiteral("1.1.1")};
    p.distTags = {{QStringLiteral("latest"), QStringLiteral("1.1.1")}};
    p.trustConfigs
        = {{QStringLiteral("oidc-1"), QStringLiteral("GitHub acme/ui release.yml"), true}};
    p.staged = {{QStringLiteral("stage-1"), QStringLiteral("1.1.2")}};
    LockdownFacts facts;
    facts.packages = {p};
    facts.expectedMaintainers = {QStringLiteral("alice")};
    facts.tokens
        = {{QStringLiteral("key-laptop"), QStringLiteral("laptop"), false, {}, false},
           {QStringLiteral("key-ci"), QStringLiteral("ci"), true, QStringLiteral("GitHub"), false},
           {QStringLiteral("key-old"), QStringLiteral("old"), false, {}, false}};
    facts.tokensKnown = true;
    facts.now = QDateTime(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC);
    return facts;
}

// The writes of incident(), in the order of publish-watch.md §5 (each after its OTP challenge).
const QList<QByteArray> kWrites{
    "POST /-/package/@acme%2fui/access",
    "DELETE /-/package/@acme%2fui/trust/oidc-1",
    "DELETE /-/npm/v1/tokens/token/key-laptop",
    "DELETE /-/npm/v1/tokens/token/key-old",
    "PUT /@acme%2fui/-rev/1-abc",
    "DELETE /-/stage/stage-1",
    "PUT /-/package/@acme%2fui/dist-tags/latest",
    "PUT /@acme%2fui",
};
} // namespace

class TestLockdownRunner : public QObject
{
    Q_OBJECT
    FakeClock m_clock;
    RecordingDelayTimer m_delays;
    LockdownFakeRegistry m_fake;
    LockdownRegistryFixture m_loop;
    ScriptedPrompt m_prompt;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString journalPath() const { return m_dir->filePath(QStringLiteral("lockdown.json")); }

    // The writes that reached the registry with a second factor (the challenged first tries and
    // the ?write=true reads left out).
    QList<QByteArray> acceptedWrites() const
    {
        QList<QByteArray> out;
        for (const auto &r : m_loop.server->requests()) {
            const bool passed = !r.header("npm-otp").isEmpty() || (m_fake.web && m_fake.approved);
            if (r.method != "GET" && passed)
                out << LockdownFakeRegistry::line(r);
        }
        out.removeAll("");
        return out;
    }

    static bool waitFinished(LockdownRunner &runner, QSignalSpy &finished)
    {
        Q_UNUSED(runner);
        if (finished.isEmpty() && !finished.wait(20000))
            return false;
        return finished.takeFirst().constFirst().toBool();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_loop.start(m_fake, m_prompt, m_clock, m_delays));
    }
    void cleanup() { m_loop.stop(); }

    void writesInOrderUnderOneTypedCode()
    {
        LockdownRunner runner(*m_loop.registry, &m_prompt, m_clock, journalPath());
        QSignalSpy finished(&runner, &LockdownRunner::finished);
        QSignalSpy progress(&runner, &LockdownRunner::actionFinished);
        const Result<void> started
            = runner.start(LockdownPlan::build(incident()), QStringLiteral("run-1"));
        QVERIFY2(started.ok(), qPrintable(why(started)));
        QVERIFY(waitFinished(runner, finished));
        QCOMPARE(acceptedWrites(), kWrites);
        QCOMPARE(m_prompt.codeRequests, 1); // one code for eight challenged writes
        QCOMPARE(m_fake.challenges, 8);
        QCOMPARE(progress.size(), 8);
        QVERIFY(runner.journal().isComplete());
        // The registry's state afterwards.
        QCOMPARE(m_fake.access.value(QStringLiteral("automation_token_overrides_tfa")),
                 QJsonValue(false));
        QCOMPARE(m_fake.maintainers(), QStringList{QStringLiteral("alice")});
        QCOMPARE(m_fake.tag(QStringLiteral("latest")), QStringLiteral("1.1.0"));
        QVERIFY(m_fake.deprecated(QStringLiteral("1.1.1")).contains(QLatin1String("Use 1.1.0")));
        QVERIFY(!m_fake.revoked.contains("key-ci"));
    }

    void oneBrowserApprovalForTheBatch()
    {
        m_loop.registry->setAuthType(RegistryClient::AuthType::Web);
        m_fake.web = true;
        // The user approves on the page with "skip 2FA for the next 5 minutes" ticked.
        m_prompt.onPage = [this](const QUrl &) { m_fake.approved = true; };
        LockdownRunner runner(*m_loop.registry, &m_prompt, m_clock, journalPath());
        QSignalSpy finished(&runner, &LockdownRunner::finished);
        QVERIFY(runner.start(LockdownPlan::build(incident()), QStringLiteral("run-web")).ok());
        QVERIFY(waitFinished(runner, finished));
        QCOMPARE(m_prompt.pages.size(), 1);
        QCOMPARE(m_prompt.purposes.constFirst(), TwoFactorPrompt::Purpose::ApproveBatch);
        QCOMPARE(m_fake.challenges, 1);
        QCOMPARE(m_prompt.codeRequests, 0);
        QCOMPARE(m_fake.tag(QStringLiteral("latest")), QStringLiteral("1.1.0"));
    }

    void aFailedStepIsRetriedWithoutRepeatingTheDoneOnes()
    {
        m_fake.failOnce.insert("PUT /-/package/@acme%2fui/dist-tags/latest");
        LockdownRunner runner(*m_loop.registry, &m_prompt, m_clock, journalPath());
        QSignalSpy finished(&runner, &LockdownRunner::finished);
        QVERIFY(runner.start(LockdownPlan::build(incident()), QStringLiteral("run-2")).ok());
        QVERIFY(!waitFinished(runner, finished)); // stopped, not half-done in silence:
        QCOMPARE(runner.journal().state(6), LockdownJournal::State::Failed);
        QVERIFY(!runner.journal().error(6).isEmpty());
        QCOMPARE(runner.journal().state(7), LockdownJournal::State::Pending);
        QCOMPARE(m_fake.tag(QStringLiteral("latest")), QStringLiteral("1.1.1"));
        QVERIFY(m_fake.deprecated(QStringLiteral("1.1.1")).isEmpty());

        m_loop.server->clearRequests();
        QVERIFY(runner.resume().ok());
        QVERIFY(waitFinished(runner, finished));
        QCOMPARE(acceptedWrites(), kWrites.mid(6)); // the tag, then the deprecation; nothing else
        QCOMPARE(m_fake.tag(QStringLiteral("latest")), QStringLiteral("1.1.0"));
        QVERIFY(runner.journal().isComplete());
    }

    void aCrashResumesFromTheJournal_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("firstRepeated"); // the first write the resumed run makes
        // After revoke laptop was answered: it is not repeated.
        QTest::newRow("after a write") << 2 << int(LockdownJournal::State::Done) << 3;
        // While revoke laptop was on the wire: sent again, the registry's 404 counts as done.
        QTest::newRow("during a write") << 2 << int(LockdownJournal::State::Started) << 2;
        QTest::newRow("during the owner rm") << 4 << int(LockdownJournal::State::Started) << 4;
    }
    void aCrashResumesFromTheJournal()
    {
        QFETCH(int, action);
        QFETCH(int, state);
        QFETCH(int, firstRepeated);
        const QString crashed = m_dir->filePath(QStringLiteral("crashed.json"));
        {
            LockdownRunner runner(*m_loop.registry, &m_prompt, m_clock, journalPath());
            runner.setStepHook([&](int index, LockdownJournal::State s) {
                if (index != action || int(s) != state)
                    return;
                // The file a crash here leaves behind; the process sends nothing more (after
                // the write on the wire, for a crash during a write).
                QVERIFY(writeFileAtomically(crashed, readWholeFile(journalPath()).value()).ok());
                if (s == LockdownJournal::State::Started)
                    m_fake.dieAfterNextWrite = true;
                else
                    m_fake.dead = true;
            });
            QSignalSpy finished(&runner, &LockdownRunner::finished);
            QVERIFY(runner.start(LockdownPlan::build(incident()), QStringLiteral("run-3")).ok());
            QVERIFY(!waitFinished(runner, finished));
        }
        m_fake.dead = false;
        m_fake.dieAfterNextWrite = false;
        // A new process: a new runner on the crashed journal. The registry kept what was done.
        m_loop.server->clearRequests();
        LockdownRunner resumed(*m_loop.registry, &m_prompt, m_clock, crashed);
        QSignalSpy finished(&resumed, &LockdownRunner::finished);
        QVERIFY(resumed.resume().ok());
        QVERIFY(waitFinished(resumed, finished));
        QList<QByteArray> expected = kWrites.mid(firstRepeated);
        if (firstRepeated == 4) // the owner rm re-reads the document: mallory is already gone
            expected.removeFirst();
        QCOMPARE(acceptedWrites(), expected);
        QVERIFY(resumed.journal().isComplete());
        QCOMPARE(m_fake.maintainers(), QStringList{QStringLiteral("alice")});
    }

    void aWatchdogStopsTheRunBeforeAnyRequest()
    {
        auto catalogue = PersistenceScan::loadCatalogue();
        QVERIFY(catalogue.ok());
        QTemporaryDir home;
        const QString unit
            = home.filePath(QStringLiteral(".config/systemd/user/npm-monitor.service"));
        QVERIFY(writeFileAtomically(unit, "ExecStart=/bin/sh -c 'npm whoami || rm -rf ~'").ok());
        PersistenceScan scan(catalogue.value(), home.path());
        LockdownRunner runner(*m_loop.registry, &m_prompt, m_clock, journalPath());
        runner.setPersistenceScan(&scan);
        const Result<void> started
            = runner.start(LockdownPlan::build(incident()), QStringLiteral("run-4"));
        QVERIFY(!started.ok());
        QVERIFY(started.error().message.contains(unit));
        QVERIFY(started.error().message.contains(QLatin1String("systemctl --user disable")));
        QCOMPARE(runner.blockingFindings().size(), 1);
        QTest::qWait(50);
        QCOMPARE(m_loop.server->requests().size(), 0);
        QVERIFY(!QFile::exists(journalPath()));

        // Disarmed: the run goes ahead.
        QVERIFY(QFile::remove(unit));
        QSignalSpy finished(&runner, &LockdownRunner::finished);
        QVERIFY(runner.start(LockdownPlan::build(incident()), QStringLiteral("run-4")).ok());
        QVERIFY(waitFinished(runner, finished));
        QCOMPARE(acceptedWrites(), kWrites);
    }
};

QTEST_GUILESS_MAIN(TestLockdownRunner)
#include "tst_lockdownrunner.moc"
