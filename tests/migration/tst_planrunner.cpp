// SPDX-License-Identifier: GPL-3.0-or-later
// PlanRunner with a fake registry and keychain: the happy path, injected faults, and crash
// safety — the runner is SIGKILLed after each step in turn, then resumed or rolled back.
#include "RunnerWorld.h"
#include "core/migration/PlanRunner.h"
#include "core/npmconfig/NpmrcDocument.h"
#include "core/util/AtomicFile.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {

// The file is the original, or the original with only the token value swapped: never half-written.
bool isOriginalOrCleanlyRewritten(const QString &path, const QByteArray &original)
{
    const QByteArray now = bytesOf(path);
    if (now == original)
        return true;
    const NpmrcDocument was = NpmrcDocument::fromBytes(original);
    const NpmrcDocument is = NpmrcDocument::fromBytes(now);
    if (was.lineCount() != is.lineCount())
        return false;
    for (int i = 0; i < was.lineCount(); ++i) {
        const NpmrcLine &a = was.line(i), &b = is.line(i);
        if (a.key.endsWith(QLatin1String(":_authToken"))) {
            if (a.text.left(a.valueBegin) != b.text.left(b.valueBegin) || a.eol != b.eol
                || !b.value.startsWith(QLatin1String("npm_New")))
                return false;
        } else if (a.text != b.text || a.eol != b.eol) {
            return false;
        }
    }
    return true;
}

} // namespace

class TestPlanRunner : public QObject
{
    Q_OBJECT
private slots:
    void migratesBothReferences()
    {
        RunnerWorld w;
        const Scenario &s = w.s;
        FileFakeBackend &backend = w.backend;
        FileSecretStore &store = w.store;
        PlanRunner runner(backend, store, s.journal(), s.backups());
        const QList<PlanRow> rows = s.plan();
        QCOMPARE(rows.size(), 2);
        QVERIFY(startToEnd(runner, rows));

        for (int i = 0; i < 2; ++i)
            QCOMPARE(runner.journal().stage(i), QStringLiteral("done"));
        QVERIFY(!backend.isAlive(kOldUserToken));
        QVERIFY(!backend.isAlive(kOldProjectToken));
        QVERIFY(backend.isAlive(tokenIn(s.userNpmrc())));
        QVERIFY(backend.isAlive(tokenIn(s.projectNpmrc())));
        QVERIFY(isOriginalOrCleanlyRewritten(s.userNpmrc(), Scenario::userBytes()));
        QVERIFY(isOriginalOrCleanlyRewritten(s.projectNpmrc(), Scenario::projectBytes()));
        QVERIFY(bytesOf(s.userNpmrc()).endsWith(" ; publish\r\nsave-exact=true\r\n"));
        QVERIFY(!bytesOf(s.projectNpmrc()).endsWith('\n'));
        QCOMPARE(store.keys().size(), 2);
        // Backups are byte-identical to the originals.
        const QByteArray journal = bytesOf(s.journal());
        QStringList backups;
        for (const QString &name : QDir(s.backups()).entryList(QDir::Files))
            backups.append(QString::fromLatin1(bytesOf(s.backups() + QLatin1Char('/') + name)));
        QVERIFY(backups.contains(QString::fromLatin1(Scenario::userBytes())));
        QVERIFY(backups.contains(QString::fromLatin1(Scenario::projectBytes())));
        // No secret, old or new, in the journal.
        for (const QString &secret :
             {kOldUserToken, kOldProjectToken, tokenIn(s.userNpmrc()), tokenIn(s.projectNpmrc())})
            QVERIFY(!journal.contains(secret.toUtf8()));
    }

    void revokeFailureKeepsTheNewTokenInPlace()
    {
        RunnerWorld w;
        const Scenario &s = w.s;
        FileFakeBackend &backend = w.backend;
        FileSecretStore &store = w.store;
        backend.revokeFailure
            = makeError(ErrorCode::ServerError, QStringLiteral("Internal Server Error"), {}, 500);
        PlanRunner runner(backend, store, s.journal(), s.backups());
        QVERIFY(startToEnd(runner, s.plan()));
        QCOMPARE(runner.journal().stage(0), QStringLiteral("revoke-failed"));
        QVERIFY(runner.journal()
                    .row(0)
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QLatin1String("Internal Server Error")));
        QVERIFY(backend.isAlive(tokenIn(s.userNpmrc())));
        QVERIFY(backend.isAlive(kOldUserToken)); // still there, to be revoked later
    }

    void lockedKeychainChangesNothing()
    {
        RunnerWorld w;
        const Scenario &s = w.s;
        FileFakeBackend &backend = w.backend;
        FileSecretStore &store = w.store;
        store.failure
            = makeError(ErrorCode::KeychainLocked, QStringLiteral("The keychain is locked."));
        PlanRunner runner(backend, store, s.journal(), s.backups());
        QVERIFY(startToEnd(runner, s.plan()));
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(runner.journal().stage(i), QStringLiteral("failed"));
            QVERIFY(runner.journal()
                        .row(i)
                        .value(QStringLiteral("error"))
                        .toString()
                        .contains(QLatin1String("locked")));
        }
        QCOMPARE(bytesOf(s.userNpmrc()), Scenario::userBytes());
        QCOMPARE(bytesOf(s.projectNpmrc()), Scenario::projectBytes());
        QCOMPARE(backend.liveCount(), 2); // the two old ones; the new ones were revoked again
    }

    void editsMadeBeforeTheRewriteSurvive()
    {
        RunnerWorld w;
        const Scenario &s = w.s;
        FileFakeBackend &backend = w.backend;
        FileSecretStore &store = w.store;
        PlanRunner runner(backend, store, s.journal(), s.backups());
        const QByteArray edited = Scenario::userBytes() + "fund=false\r\n";
        runner.setStepHook([&](int row, const QString &stage) {
            if (row == 0 && stage == QLatin1String("store:done"))
                (void)writeFileAtomically(s.userNpmrc(), edited);
        });
        QVERIFY(startToEnd(runner, s.plan()));
        // The file is read at the rewrite step, so an earlier edit is kept and rewritten around.
        QVERIFY(bytesOf(s.userNpmrc()).contains("fund=false"));
        QVERIFY(backend.isAlive(tokenIn(s.userNpmrc())));
        QVERIFY(backend.isAlive(tokenIn(s.projectNpmrc())));
    }

    void fileChangedDuringTheRewriteIsNotOverwritten()
    {
        RunnerWorld w;
        const Scenario &s = w.s;
        FileFakeBackend &backend = w.backend;
        FileSecretStore &store = w.store;
        PlanRunner runner(backend, store, s.journal(), s.backups());
        const QByteArray edited = Scenario::userBytes() + "fund=false\r\n";
        runner.setStepHook([&](int row, const QString &stage) {
            if (row == 0 && stage == QLatin1String("rewrite:started"))
                (void)writeFileAtomically(s.userNpmrc(), edited); // between our read and our write
        });
        QVERIFY(startToEnd(runner, s.plan()));
        QCOMPARE(runner.journal().stage(0), QStringLiteral("failed"));
        QVERIFY(runner.journal()
                    .row(0)
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QLatin1String("changed")));
        QCOMPARE(bytesOf(s.userNpmrc()), edited);
        QVERIFY(backend.isAlive(kOldUserToken));                     // nothing revoked
        QCOMPARE(runner.journal().stage(1), QStringLiteral("done")); // the other row carried on
        QCOMPARE(backend.liveCount(), 2); // old user token + new project token
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
        for (int n = 1; n < 100; ++n) {
            QTemporaryDir dir;
            const Scenario s{dir.path()};
            s.create();
            QProcess child;
            child.start(QStringLiteral(PLANRUNNER_CHILD), {s.dir, QString::number(n)});
            QVERIFY(child.waitForFinished(20000));
            const bool killed = child.exitStatus() == QProcess::CrashExit;
            if (!killed) {
                QCOMPARE(child.exitCode(), 0);
                QVERIFY2(crashes > 20,
                         "the child should have been killed at every step before finishing");
                qInfo("killed the runner at %d different steps", crashes);
                return;
            }
            ++crashes;
            FileFakeBackend backend(s.registryState());
            // Right after the kill: no half-written file, and every reference works.
            for (const auto &[path, original] :
                 {std::pair{s.userNpmrc(), Scenario::userBytes()},
                  std::pair{s.projectNpmrc(), Scenario::projectBytes()}}) {
                QVERIFY2(isOriginalOrCleanlyRewritten(path, original),
                         qPrintable(QStringLiteral("step %1").arg(n)));
                QVERIFY2(backend.isAlive(tokenIn(path)),
                         qPrintable(QStringLiteral("step %1 %2").arg(n).arg(path)));
            }

            FileSecretStore store(s.keychain());
            PlanRunner runner(backend, store, s.journal(), s.backups());
            if (!QFile::exists(s.journal()))
                continue; // killed before the journal existed: nothing happened
            QVERIFY(
                runToEnd(runner, [&] { return rollBack ? runner.rollback() : runner.resume(); }));
            for (int row = 0; row < runner.journal().rowCount(); ++row) {
                const QString stage = runner.journal().stage(row);
                QVERIFY2(
                    stage == QLatin1String("done")
                        || (rollBack && stage == QLatin1String("rolled-back")),
                    qPrintable(QStringLiteral("step %1 row %2: %3").arg(n).arg(row).arg(stage)));
            }
            for (const auto &[path, original] :
                 {std::pair{s.userNpmrc(), Scenario::userBytes()},
                  std::pair{s.projectNpmrc(), Scenario::projectBytes()}}) {
                QVERIFY(isOriginalOrCleanlyRewritten(path, original));
                QVERIFY2(backend.isAlive(tokenIn(path)),
                         qPrintable(QStringLiteral("after recovery, step %1").arg(n)));
                if (!rollBack)
                    QVERIFY(tokenIn(path).startsWith(QLatin1String("npm_New")));
            }
            if (rollBack) {
                // A rolled-back row left its file byte for byte as it was.
                for (int row = 0; row < runner.journal().rowCount(); ++row) {
                    if (runner.journal().stage(row) != QLatin1String("rolled-back"))
                        continue;
                    const QString path = row == 0 ? s.userNpmrc() : s.projectNpmrc();
                    QCOMPARE(bytesOf(path),
                             row == 0 ? Scenario::userBytes() : Scenario::projectBytes());
                }
            }
            // One live token per reference, and no more: a replacement the registry created just
            // before the kill (its key not yet journaled) was found by name and revoked.
            QVERIFY2(
                backend.liveCount() == 2,
                qPrintable(QStringLiteral("step %1: %2 live").arg(n).arg(backend.liveCount())));
        }
        QFAIL("the child never finished");
    }
};

QTEST_GUILESS_MAIN(TestPlanRunner)
#include "tst_planrunner.moc"
