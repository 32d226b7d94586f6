// SPDX-License-Identifier: GPL-3.0-or-later
// PlanRunner's CI steps (issue 15) with file-backed fakes for the registry, the keychain and the
// CI stores: the order of the steps, a failed push or verification that stops before any revoke
// and puts the old value back, the grace period on a fake clock (also after a crash), and SIGKILL
// after every step followed by resume or roll back.
#include "FakeCiWorld.h"
#include "FakeClock.h"
#include "RunnerWorld.h"
#include "core/migration/PlanRunner.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {

struct CiWorld : RunnerWorld
{
    FileFakeCiBackend ci{s.dir + QStringLiteral("/ci.json")};
    FakeClock clock;
    ManualDelayTimer delay{clock};

    void wire(PlanRunner &runner)
    {
        runner.setCiBackend(&ci);
        runner.setClock(&clock);
        runner.setDelayTimer(&delay);
    }
};

QStringList logOf(const PlanRunner &runner, int row)
{
    QStringList log;
    for (const QJsonValue &stage : runner.journal().row(row).value(QStringLiteral("log")).toArray())
        log.append(stage.toString());
    return log;
}

// Starts and waits until the run finished or waits for the grace period.
bool startUntilIdle(PlanRunner &runner, const QList<PlanRow> &rows, ManualDelayTimer &delay)
{
    QSignalSpy finished(&runner, &PlanRunner::finished);
    if (!runner.start(QStringLiteral("jane"), rows, QStringLiteral("r")))
        return false;
    return QTest::qWaitFor([&] { return !finished.isEmpty() || delay.pending(); }, 5000);
}

} // namespace

class TestPlanRunnerCi : public QObject
{
    Q_OBJECT
private slots:
    void pushesVerifiesWaitsThenRevokes()
    {
        CiWorld w;
        PlanRunner runner(w.backend, w.store, w.s.journal(), w.s.backups());
        w.wire(runner);
        QSignalSpy graceSpy(&runner, &PlanRunner::graceWaiting);
        QSignalSpy finished(&runner, &PlanRunner::finished);
        QVERIFY(startUntilIdle(runner, {scenarioPlanWithCi(w.s).first()}, w.delay));

        // Every CI store of the row holds the new token, and the old token is still valid.
        const QString fresh = tokenIn(w.s.userNpmrc());
        QVERIFY(fresh.startsWith(QLatin1String("npm_New")));
        for (const CiSecretTarget &target : scenarioCiTargets(0)) {
            QCOMPARE(w.ci.valueOf(target), fresh);
            QCOMPARE(w.ci.writesOf(target), 1);
        }
        QCOMPARE(runner.journal().stage(0), QStringLiteral("grace"));
        QVERIFY(w.backend.isAlive(kOldUserToken));
        QCOMPARE(w.delay.requested.size(), 1);
        QCOMPARE(w.delay.requested.first(), std::chrono::milliseconds(600000)); // default 10 min
        QCOMPARE(graceSpy.size(), 1);
        QCOMPARE(graceSpy.first().at(1).toDateTime(), w.clock.now().addSecs(600));

        w.delay.fire();
        QTRY_VERIFY(!finished.isEmpty());
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(runner.journal().stage(0), QStringLiteral("done"));
        QVERIFY(!w.backend.isAlive(kOldUserToken));
        QCOMPARE(logOf(runner, 0).mid(logOf(runner, 0).indexOf(QStringLiteral("verify:done"))),
                 (QStringList{QStringLiteral("verify:done"), QStringLiteral("ci-push:started"),
                              QStringLiteral("ci-pushed"), QStringLiteral("ci-verified"),
                              QStringLiteral("ci-push:started"), QStringLiteral("ci-pushed"),
                              QStringLiteral("ci-verified"), QStringLiteral("grace"),
                              QStringLiteral("revoke:started"), QStringLiteral("done")}));
        // No value, old or new, in the journal.
        const QByteArray journal = bytesOf(w.s.journal());
        QVERIFY(!journal.contains(kOldUserToken.toUtf8()));
        QVERIFY(!journal.contains(fresh.toUtf8()));
    }

    void graceIsSettable()
    {
        CiWorld w;
        PlanRunner runner(w.backend, w.store, w.s.journal(), w.s.backups());
        w.wire(runner);
        runner.setGracePeriod(std::chrono::seconds(0));
        QVERIFY(startToEnd(runner, {scenarioPlanWithCi(w.s).first()}));
        QCOMPARE(runner.journal().stage(0), QStringLiteral("done"));
        QVERIFY(w.delay.requested.isEmpty());
        QVERIFY(!w.backend.isAlive(kOldUserToken));
    }

    void failedPushOrVerifyStopsBeforeRevokeAndPutsTheOldValueBack_data()
    {
        QTest::addColumn<bool>("pushFails");
        QTest::newRow("second push fails") << true;
        QTest::newRow("second store does not hold it") << false;
    }
    void failedPushOrVerifyStopsBeforeRevokeAndPutsTheOldValueBack()
    {
        QFETCH(bool, pushFails);
        CiWorld w;
        const QList<CiSecretTarget> targets = scenarioCiTargets(0);
        if (pushFails) {
            w.ci.pushFailure
                = makeError(ErrorCode::E403, QStringLiteral("grant the Maintainer role"), {}, 403);
            w.ci.failPushTo = targets.at(1).id();
        } else {
            w.ci.verifyFalseFor = targets.at(1).id();
        }
        PlanRunner runner(w.backend, w.store, w.s.journal(), w.s.backups());
        w.wire(runner);
        QVERIFY(startToEnd(runner, {scenarioPlanWithCi(w.s).first()}));

        QCOMPARE(runner.journal().stage(0), QStringLiteral("failed"));
        const QString error = runner.journal().row(0).value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(targets.at(1).label()), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("nothing was revoked")), qPrintable(error));
        if (pushFails)
            QVERIFY(error.contains(QLatin1String("Maintainer")));
        QVERIFY(!logOf(runner, 0).contains(QStringLiteral("revoke:started")));
        QVERIFY(!logOf(runner, 0).contains(QStringLiteral("grace")));
        // The old token works, is back in the file and in every store the new one reached; the
        // new one is revoked.
        QVERIFY(w.backend.isAlive(kOldUserToken));
        QCOMPARE(bytesOf(w.s.userNpmrc()), Scenario::userBytes());
        for (const CiSecretTarget &target : targets)
            QCOMPARE(w.ci.valueOf(target), kOldUserToken);
        QCOMPARE(w.backend.liveCount(), 2); // the two old tokens
    }

    void withoutTheOldValueTheNewTokenStaysWhereItWasPushed()
    {
        CiWorld w;
        const QList<CiSecretTarget> targets = scenarioCiTargets(0);
        w.ci.verifyFalseFor = targets.at(1).id();
        // A row whose old value TokenDesk never saw (only CI uses it): nothing to put back.
        PlanRow row = scenarioPlanWithCi(w.s).first();
        row.references.clear();
        PlanRunner runner(w.backend, w.store, w.s.journal(), w.s.backups());
        w.wire(runner);
        QVERIFY(startToEnd(runner, {row}));

        QCOMPARE(runner.journal().stage(0), QStringLiteral("failed"));
        const QString error = runner.journal().row(0).value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(targets.at(0).label()), qPrintable(error));
        // The first store holds the new token, so it stays valid; the old one too.
        QVERIFY(w.backend.isAlive(w.ci.valueOf(targets.at(0))));
        QVERIFY(w.ci.valueOf(targets.at(0)).startsWith(QLatin1String("npm_New")));
        QVERIFY(w.backend.isAlive(kOldUserToken));
    }

    void withoutACiSignInTheRowWaitsForConfirmation()
    {
        CiWorld w;
        w.ci.signedOut = {scenarioCiTargets(0).at(1).id()};
        PlanRunner runner(w.backend, w.store, w.s.journal(), w.s.backups());
        w.wire(runner);
        QVERIFY(startToEnd(runner, {scenarioPlanWithCi(w.s).first()}));
        QCOMPARE(runner.journal().stage(0), QStringLiteral("revoke-deferred"));
        QVERIFY(w.backend.isAlive(kOldUserToken));
        // The store it could reach has the new token; the other one is the user's to update.
        QVERIFY(w.ci.valueOf(scenarioCiTargets(0).at(0)).startsWith(QLatin1String("npm_New")));
        QCOMPARE(w.ci.valueOf(scenarioCiTargets(0).at(1)), kOldUserToken);
        QCOMPARE(runner.journal().rowsAwaitingConfirmation(), QList<int>{0});
    }

    void resumeAfterACrashWaitsOnlyTheRest()
    {
        CiWorld w;
        {
            PlanRunner runner(w.backend, w.store, w.s.journal(), w.s.backups());
            w.wire(runner);
            QVERIFY(startUntilIdle(runner, {scenarioPlanWithCi(w.s).first()}, w.delay));
            QCOMPARE(runner.journal().stage(0), QStringLiteral("grace"));
        } // "crash": the runner is gone while waiting
        w.clock.advance(std::chrono::seconds(200));
        ManualDelayTimer delay(w.clock);
        PlanRunner runner(w.backend, w.store, w.s.journal(), w.s.backups());
        runner.setCiBackend(&w.ci);
        runner.setClock(&w.clock);
        runner.setDelayTimer(&delay);
        QSignalSpy finished(&runner, &PlanRunner::finished);
        QVERIFY(runner.resume());
        QCOMPARE(delay.requested.size(), 1);
        QCOMPARE(delay.requested.first(), std::chrono::milliseconds(400000));
        QVERIFY(w.backend.isAlive(kOldUserToken));
        delay.fire();
        QTRY_VERIFY(!finished.isEmpty());
        QCOMPARE(runner.journal().stage(0), QStringLiteral("done"));
        QVERIFY(!w.backend.isAlive(kOldUserToken));
        // Resumed past the pushes: each store was written once.
        for (const CiSecretTarget &target : scenarioCiTargets(0))
            QCOMPARE(w.ci.writesOf(target), 1);
    }

    void aResumedRunWaitsTheGraceItWasStartedWith()
    {
        CiWorld w;
        {
            PlanRunner runner(w.backend, w.store, w.s.journal(), w.s.backups());
            w.wire(runner);
            runner.setGracePeriod(std::chrono::seconds(90));
            w.ci.verifyNeverAnswers = true;
            QVERIFY(runner.start(QStringLiteral("jane"), {scenarioPlanWithCi(w.s).first()},
                                 QStringLiteral("r")));
            QTRY_COMPARE(runner.journal().stage(0), QStringLiteral("ci-pushed"));
        } // the process dies while the first store is being checked
        w.ci.verifyNeverAnswers = false;
        PlanRunner runner(w.backend, w.store, w.s.journal(), w.s.backups());
        w.wire(runner); // this process would wait the default 10 minutes
        QVERIFY(runner.resume());
        QTRY_VERIFY(w.delay.pending());
        QCOMPARE(w.delay.requested, QList<std::chrono::milliseconds>{std::chrono::seconds(90)});
        QVERIFY(w.backend.isAlive(kOldUserToken));
    }

    void rollbackDuringTheGracePutsTheOldValueBack()
    {
        CiWorld w;
        {
            PlanRunner runner(w.backend, w.store, w.s.journal(), w.s.backups());
            w.wire(runner);
            QVERIFY(startUntilIdle(runner, {scenarioPlanWithCi(w.s).first()}, w.delay));
        }
        PlanRunner runner(w.backend, w.store, w.s.journal(), w.s.backups());
        w.wire(runner);
        QVERIFY(runToEnd(runner, [&] { return runner.rollback(); }));
        QCOMPARE(runner.journal().stage(0), QStringLiteral("rolled-back"));
        QCOMPARE(bytesOf(w.s.userNpmrc()), Scenario::userBytes());
        for (const CiSecretTarget &target : scenarioCiTargets(0))
            QCOMPARE(w.ci.valueOf(target), kOldUserToken); // read back from the restored file
        QVERIFY(w.backend.isAlive(kOldUserToken));
        QCOMPARE(w.backend.liveCount(), 2);
    }

    void crashAfterEachStepThenResumeOrRollBack_data()
    {
        QTest::addColumn<bool>("rollBack");
        QTest::newRow("resume") << false;
        QTest::newRow("roll back") << true;
    }
    void crashAfterEachStepThenResumeOrRollBack()
    {
        QFETCH(bool, rollBack);
        int crashes = 0;
        for (int n = 1; n < 200; ++n) {
            QTemporaryDir dir;
            const Scenario s{dir.path()};
            s.create();
            QProcess child;
            child.start(QStringLiteral(PLANRUNNER_CHILD),
                        {s.dir, QString::number(n), QStringLiteral("ci")});
            QVERIFY(child.waitForFinished(20000));
            const bool killed = child.exitStatus() == QProcess::CrashExit;
            const QString violations = s.dir + QStringLiteral("/violations");
            QVERIFY2(!QFile::exists(violations), bytesOf(violations).constData());
            if (!killed) {
                QCOMPARE(child.exitCode(), 0);
                QVERIFY2(crashes > 30, "the child should have been killed at every step");
                qInfo("killed the runner at %d different steps", crashes);
                return;
            }
            ++crashes;
            FileFakeBackend backend(s.registryState());
            FileFakeCiBackend ci(s.dir + QStringLiteral("/ci.json"));
            // Right after the kill, every CI store holds a working token.
            for (int row = 0; row < 2; ++row) {
                for (const CiSecretTarget &target : scenarioCiTargets(row))
                    QVERIFY2(backend.isAlive(ci.valueOf(target)),
                             qPrintable(QStringLiteral("step %1 %2").arg(n).arg(target.id())));
            }
            if (!QFile::exists(s.journal()))
                continue;
            backend.beforeRevoke
                = [&](const QString &key) { recordRevokeViolations(s, backend, ci, key); };
            FileSecretStore store(s.keychain());
            PlanRunner runner(backend, store, s.journal(), s.backups());
            runner.setCiBackend(&ci);
            runner.setGracePeriod(std::chrono::seconds(0));
            QVERIFY(
                runToEnd(runner, [&] { return rollBack ? runner.rollback() : runner.resume(); }));
            QVERIFY2(!QFile::exists(violations), bytesOf(violations).constData());
            for (int row = 0; row < runner.journal().rowCount(); ++row) {
                const QString stage = runner.journal().stage(row);
                QVERIFY2(
                    stage == QLatin1String("done")
                        || (rollBack && stage == QLatin1String("rolled-back")),
                    qPrintable(QStringLiteral("step %1 row %2: %3").arg(n).arg(row).arg(stage)));
                // One working token per store: the one its .npmrc holds.
                const QString file = row == 0 ? s.userNpmrc() : s.projectNpmrc();
                for (const CiSecretTarget &target : scenarioCiTargets(row)) {
                    QCOMPARE(ci.valueOf(target), tokenIn(file));
                    QVERIFY(backend.isAlive(ci.valueOf(target)));
                    if (stage == QLatin1String("done"))
                        QVERIFY(ci.valueOf(target).startsWith(QLatin1String("npm_New")));
                }
            }
            QVERIFY2(
                backend.liveCount() == 2,
                qPrintable(QStringLiteral("step %1: %2 live").arg(n).arg(backend.liveCount())));
        }
        QFAIL("the child never finished");
    }
};

QTEST_GUILESS_MAIN(TestPlanRunnerCi)
#include "tst_planrunner_ci.moc"
