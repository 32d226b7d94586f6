// SPDX-License-Identifier: GPL-3.0-or-later
// Confirm-then-revoke (issue 7): a row whose token is also used where TokenDesk cannot edit (a
// CI secret, an environment variable) waits in "revoke-deferred" with the manual steps in the
// journal; PlanRunner::confirm() revokes the old token, also after a restart or a crash.
#include "RunnerWorld.h"
#include "core/migration/ManualSteps.h"
#include "core/migration/PlanRunner.h"
#include "core/npmconfig/NpmrcDocument.h"
#include "core/util/AtomicFile.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {

CredentialFinding ciSecret(const QString &workflow)
{
    CredentialFinding finding;
    finding.source = CredentialSource::GitHubWorkflow;
    finding.form = CredentialForm::CiSecret;
    finding.file = workflow;
    finding.line = 12;
    finding.key = QStringLiteral("NODE_AUTH_TOKEN");
    finding.variable = QStringLiteral("NPM_TOKEN");
    finding.registry = QStringLiteral("//registry.npmjs.org/");
    return finding;
}

// The scenario's plan, with row 0's token also used by a CI workflow.
QList<PlanRow> planWithCiUse(const Scenario &s)
{
    QList<PlanRow> rows = s.plan();
    rows[0].references.append(
        ciSecret(s.dir + QStringLiteral("/project/.github/workflows/release.yml")));
    return rows;
}

} // namespace

class TestConfirmRevoke : public QObject
{
    Q_OBJECT
private slots:
    void rowWithCiUseWaitsForConfirmation()
    {
        RunnerWorld w;
        const Scenario &s = w.s;
        FileFakeBackend &backend = w.backend;
        FileSecretStore &store = w.store;
        PlanRunner runner(backend, store, s.journal(), s.backups());
        QVERIFY(startToEnd(runner, planWithCiUse(s)));
        QCOMPARE(runner.journal().stage(0), QStringLiteral("revoke-deferred"));
        QCOMPARE(runner.journal().stage(1), QStringLiteral("done"));
        QCOMPARE(runner.journal().rowsAwaitingConfirmation(), QList<int>{0});
        // The file already uses the verified new token; the old one still works for CI.
        QVERIFY(backend.isAlive(tokenIn(s.userNpmrc())));
        QVERIFY(backend.isAlive(kOldUserToken));
        const QJsonArray manual = runner.journal().row(0).value(QStringLiteral("manual")).toArray();
        QCOMPARE(manual.size(), 1);
        QCOMPARE(manual.first().toObject().value(QStringLiteral("variable")).toString(),
                 QStringLiteral("NPM_TOKEN"));
    }

    void confirmAfterRestartRevokesTheOldToken()
    {
        QTemporaryDir dir;
        const Scenario s{dir.path()};
        s.create();
        {
            FileFakeBackend backend(s.registryState());
            FileSecretStore store(s.keychain());
            PlanRunner runner(backend, store, s.journal(), s.backups());
            QVERIFY(startToEnd(runner, planWithCiUse(s)));
        }
        // A new process: only the journal remembers the waiting row.
        FileFakeBackend backend(s.registryState());
        FileSecretStore store(s.keychain());
        PlanRunner runner(backend, store, s.journal(), s.backups());
        QStringList stages;
        runner.setStepHook([&](int row, const QString &stage) {
            if (row == 0)
                stages.append(stage);
        });
        QVERIFY(runToEnd(runner, [&] { return runner.confirm(0); }));
        QCOMPARE(stages,
                 (QStringList{QStringLiteral("confirmed"), QStringLiteral("revoke:started"),
                              QStringLiteral("done")}));
        QCOMPARE(runner.journal().stage(0), QStringLiteral("done"));
        QVERIFY(!backend.isAlive(kOldUserToken));
        QVERIFY(backend.isAlive(tokenIn(s.userNpmrc())));
        QVERIFY(runner.journal().rowsAwaitingConfirmation().isEmpty());
    }

    void confirmRefusesRowsThatAreNotWaiting_data()
    {
        QTest::addColumn<int>("row");
        QTest::newRow("done row") << 1;
        QTest::newRow("no such row") << 7;
        QTest::newRow("negative") << -1;
    }
    void confirmRefusesRowsThatAreNotWaiting()
    {
        QFETCH(int, row);
        RunnerWorld w;
        const Scenario &s = w.s;
        FileFakeBackend &backend = w.backend;
        FileSecretStore &store = w.store;
        PlanRunner runner(backend, store, s.journal(), s.backups());
        QVERIFY(startToEnd(runner, planWithCiUse(s)));
        const int liveBefore = backend.liveCount();
        const auto confirmed = runner.confirm(row);
        QVERIFY(!confirmed.ok());
        QCOMPARE(backend.liveCount(), liveBefore);
        QCOMPARE(runner.journal().stage(0), QStringLiteral("revoke-deferred"));
    }

    void crashAfterConfirmationResumesTheRevoke()
    {
        RunnerWorld w;
        const Scenario &s = w.s;
        FileFakeBackend &backend = w.backend;
        FileSecretStore &store = w.store;
        {
            PlanRunner runner(backend, store, s.journal(), s.backups());
            QVERIFY(startToEnd(runner, planWithCiUse(s)));
        }
        // The process died right after journaling the confirmation, before the revoke.
        auto journal = MigrationJournal::load(s.journal());
        QVERIFY(journal.ok());
        QVERIFY(journal.value()
                    .record(0, MigrationStage::Confirmed, {{QStringLiteral("confirmed"), true}})
                    .ok());
        QVERIFY(!journal.value().isFinished()); // the dialog offers Resume
        PlanRunner runner(backend, store, s.journal(), s.backups());
        QVERIFY(runToEnd(runner, [&] { return runner.resume(); }));
        QCOMPARE(runner.journal().stage(0), QStringLiteral("done"));
        QVERIFY(!backend.isAlive(kOldUserToken));
    }

    void rollbackAfterConfirmationStillRevokes()
    {
        // Past the confirmation the user said the old token is no longer needed: a roll back
        // cannot bring back the old files' token anyway (they use the new one), so it finishes.
        RunnerWorld w;
        const Scenario &s = w.s;
        FileFakeBackend &backend = w.backend;
        FileSecretStore &store = w.store;
        {
            PlanRunner runner(backend, store, s.journal(), s.backups());
            QVERIFY(startToEnd(runner, planWithCiUse(s)));
        }
        auto journal = MigrationJournal::load(s.journal());
        QVERIFY(journal.value()
                    .record(0, MigrationStage::Confirmed, {{QStringLiteral("confirmed"), true}})
                    .ok());
        PlanRunner runner(backend, store, s.journal(), s.backups());
        QVERIFY(runToEnd(runner, [&] { return runner.rollback(); }));
        QCOMPARE(runner.journal().stage(0), QStringLiteral("done"));
        QVERIFY(backend.isAlive(tokenIn(s.userNpmrc())));
    }

    void revokeActionRemovesTheLineThenRevokes()
    {
        // The trust clean-up's "Revoke": no replacement, the credential line goes, then the token.
        RunnerWorld w;
        const Scenario &s = w.s;
        FileFakeBackend &backend = w.backend;
        FileSecretStore &store = w.store;
        PlanRunner runner(backend, store, s.journal(), s.backups());
        QList<PlanRow> rows = s.plan();
        rows[0].action = PlanAction::Revoke;
        QVERIFY(startToEnd(runner, rows));
        QCOMPARE(runner.journal().stage(0), QStringLiteral("done"));
        QVERIFY(tokenIn(s.userNpmrc()).isEmpty());
        const QByteArray user = readWholeFile(s.userNpmrc()).value();
        QVERIFY(user.startsWith("; laptop\r\nregistry=https://registry.npmjs.org/\r\n"));
        QVERIFY(user.endsWith("save-exact=true\r\n"));
        QVERIFY(!backend.isAlive(kOldUserToken));
        QCOMPARE(store.keys().size(), 1); // only row 1's replacement
    }

    void revokeActionWithCiUseWaitsForConfirmation()
    {
        RunnerWorld w;
        const Scenario &s = w.s;
        FileFakeBackend &backend = w.backend;
        FileSecretStore &store = w.store;
        PlanRunner runner(backend, store, s.journal(), s.backups());
        QList<PlanRow> rows = planWithCiUse(s);
        rows[0].action = PlanAction::Revoke;
        QVERIFY(startToEnd(runner, rows));
        QCOMPARE(runner.journal().stage(0), QStringLiteral("revoke-deferred"));
        QVERIFY(backend.isAlive(kOldUserToken));
        QVERIFY(runToEnd(runner, [&] { return runner.confirm(0); }));
        QVERIFY(!backend.isAlive(kOldUserToken));
    }

    void manualStepTexts_data()
    {
        QTest::addColumn<QJsonObject>("finding");
        QTest::addColumn<QString>("expected");
        QTest::newRow("CI secret, GitHub remote")
            << QJsonObject{{QStringLiteral("form"), QStringLiteral("ci-secret")},
                           {QStringLiteral("variable"), QStringLiteral("NPM_TOKEN")},
                           {QStringLiteral("file"),
                            QStringLiteral("@REPO@/.github/workflows/release.yml")}}
            << QStringLiteral("Set the CI secret NPM_TOKEN in acme/app to the new token — COPY.");
        QTest::newRow("environment variable")
            << QJsonObject{{QStringLiteral("form"), QStringLiteral("environment")},
                           {QStringLiteral("key"), QStringLiteral("NPM_TOKEN")}}
            << QStringLiteral("Set the environment variable NPM_TOKEN to the new token wherever "
                              "you export it (for example export NPM_TOKEN=… in ~/.profile) — "
                              "COPY.");
        QTest::newRow("${VAR} in an npmrc")
            << QJsonObject{{QStringLiteral("form"), QStringLiteral("env-reference")},
                           {QStringLiteral("variable"), QStringLiteral("NODE_AUTH_TOKEN")},
                           {QStringLiteral("file"), QStringLiteral("/home/jane/.npmrc")},
                           {QStringLiteral("line"), 2}}
            << QStringLiteral("/home/jane/.npmrc, line 2 reads ${NODE_AUTH_TOKEN}: set "
                              "NODE_AUTH_TOKEN to the new token wherever you export it (for "
                              "example export NODE_AUTH_TOKEN=… in ~/.profile) — COPY.");
    }
    void manualStepTexts()
    {
        QFETCH(QJsonObject, finding);
        QFETCH(QString, expected);
        QTemporaryDir repo;
        QVERIFY(QDir(repo.path()).mkpath(QStringLiteral(".git")));
        QVERIFY(writeFileAtomically(repo.filePath(QStringLiteral(".git/config")),
                                    "[core]\n\tbare = false\n[remote \"origin\"]\n"
                                    "\turl = git@github.com:acme/app.git\n")
                    .ok());
        QString file = finding.value(QStringLiteral("file")).toString();
        file.replace(QStringLiteral("@REPO@"), repo.path());
        finding.insert(QStringLiteral("file"), file);
        QString text = manualStepText(finding, QStringLiteral("COPY"));
        text.remove(QStringLiteral(" (") + file + QStringLiteral(" uses it.)"));
        QCOMPARE(text, expected);
    }

    void repositoryNameFallsBackToTheFolder()
    {
        QTemporaryDir dir;
        const QString workflow = dir.filePath(QStringLiteral("app/.github/workflows/ci.yml"));
        QCOMPARE(repositoryNameOf(workflow), QStringLiteral("app"));
    }
};

QTEST_GUILESS_MAIN(TestConfirmRevoke)
#include "tst_confirmrevoke.moc"
