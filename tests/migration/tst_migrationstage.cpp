// SPDX-License-Identifier: GPL-3.0-or-later
// PlanRunner's stages: the journal ids are a file format (every id an older TokenDesk wrote must
// still read back as the same stage), and a journal written by hand in that format resumes.
#include "RunnerWorld.h"
#include "core/migration/MigrationStage.h"
#include "core/migration/PlanRunner.h"
#include "core/util/AtomicFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace td;
using namespace td::test;

Q_DECLARE_METATYPE(td::MigrationStage)

class TestMigrationStage : public QObject
{
    Q_OBJECT
private slots:
    void journalIds_data()
    {
        QTest::addColumn<MigrationStage>("stage");
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("terminal");
        const auto row = [](const char *id, MigrationStage stage, bool terminal) {
            QTest::newRow(id) << stage << QString::fromLatin1(id) << terminal;
        };
        // Word for word what journals on disk hold: never change a string here.
        row("pending", MigrationStage::Pending, false);
        row("create:started", MigrationStage::CreateStarted, false);
        row("create:done", MigrationStage::CreateDone, false);
        row("store:started", MigrationStage::StoreStarted, false);
        row("store:done", MigrationStage::StoreDone, false);
        row("rewrite:started", MigrationStage::RewriteStarted, false);
        row("rewrite:done", MigrationStage::RewriteDone, false);
        row("verify:started", MigrationStage::VerifyStarted, false);
        row("verify:done", MigrationStage::VerifyDone, false);
        row("ci-push:started", MigrationStage::CiPushStarted, false);
        row("ci-pushed", MigrationStage::CiPushed, false);
        row("ci-verified", MigrationStage::CiVerified, false);
        row("grace", MigrationStage::Grace, false);
        row("revoke:started", MigrationStage::RevokeStarted, false);
        row("confirmed", MigrationStage::Confirmed, false);
        row("done", MigrationStage::Done, true);
        row("revoke-deferred", MigrationStage::RevokeDeferred, true);
        row("revoke-failed", MigrationStage::RevokeFailed, true);
        row("failed", MigrationStage::Failed, true);
        row("rolled-back", MigrationStage::RolledBack, true);
        row("skipped", MigrationStage::Skipped, true);
    }
    void journalIds()
    {
        QFETCH(MigrationStage, stage);
        QFETCH(QString, id);
        QFETCH(bool, terminal);
        QCOMPARE(migrationStageId(stage), id);
        QCOMPARE(migrationStageFromId(id), std::optional<MigrationStage>(stage));
        QCOMPARE(isTerminalStage(stage), terminal);
        QCOMPARE(MigrationJournal::isTerminal(id), terminal);
    }

    void unknownIdIsNoStage()
    {
        QCOMPARE(migrationStageFromId(QStringLiteral("verify")), std::nullopt);
        QCOMPARE(migrationStageFromId(QString()), std::nullopt);
        QVERIFY(!MigrationJournal::isTerminal(QStringLiteral("Done")));
    }

    // A journal in the on-disk format of the string-stage runner, written out by hand: resume()
    // reads its stages and takes the waiting row to the end, writing the same ids as before.
    void journalInTheOldFormatResumes()
    {
        RunnerWorld w;
        const QList<PlanRow> rows = w.s.plan();
        QVERIFY(!rows.isEmpty());
        const PlanRow &planned = rows.first();
        QVERIFY(planActionCreatesToken(planned.action));
        QJsonArray files;
        QStringList seen;
        for (const CredentialFinding &ref : planned.references) {
            if (ref.isRewritable() && !seen.contains(ref.file)) {
                seen.append(ref.file);
                files.append(QJsonObject{{QStringLiteral("path"), ref.file}});
            }
        }
        const QByteArray journal
            = QStringLiteral(R"({
  "version": 1, "runId": "old", "accountId": "jane", "settings": {"graceSeconds": 600},
  "rows": [
    {"action": "%8", "stage": "pending", "oldKey": "%1", "oldSha512": "%2",
     "oldRedacted": "%3", "oldName": "publish", "manualReferences": false,
     "spec": {"name": "%4", "description": "", "packagesPermission": "read-write",
              "allPackages": false, "packages": %5, "scopes": %6, "orgs": [],
              "orgsPermission": "no-access", "cidr": [], "bypass2fa": false, "expiresDays": 30},
     "files": %7, "manual": [], "ci": [], "log": []},
    {"action": "keep", "stage": "skipped", "oldKey": "", "oldSha512": "", "oldRedacted": "",
     "oldName": "", "manualReferences": false, "spec": {}, "files": [], "manual": [], "ci": [],
     "log": []}
  ]})")
                  .arg(planned.oldToken ? planned.oldToken->key : QString(),
                       planned.identity.sha512Key, planned.identity.redacted, planned.spec.name,
                       QString::fromUtf8(
                           QJsonDocument(QJsonArray::fromStringList(planned.spec.packages))
                               .toJson(QJsonDocument::Compact)),
                       QString::fromUtf8(
                           QJsonDocument(QJsonArray::fromStringList(planned.spec.scopes))
                               .toJson(QJsonDocument::Compact)),
                       QString::fromUtf8(QJsonDocument(files).toJson(QJsonDocument::Compact)),
                       planActionId(planned.action))
                  .toUtf8();
        QVERIFY(writeFileAtomically(w.s.journal(), journal));

        PlanRunner runner(w.backend, w.store, w.s.journal(), w.s.backups());
        QVERIFY(runToEnd(runner, [&] { return runner.resume(); }));
        QCOMPARE(runner.journal().stage(0), QStringLiteral("done"));
        QCOMPARE(runner.journal().stage(1), QStringLiteral("skipped"));
        const QStringList expectedLog{
            QStringLiteral("create:started"),  QStringLiteral("create:done"),
            QStringLiteral("store:started"),   QStringLiteral("store:done"),
            QStringLiteral("rewrite:started"), QStringLiteral("rewrite:done"),
            QStringLiteral("verify:started"),  QStringLiteral("verify:done"),
            QStringLiteral("revoke:started"),  QStringLiteral("done")};
        QStringList log;
        for (const QJsonValue &entry :
             runner.journal().row(0).value(QStringLiteral("log")).toArray())
            log.append(entry.toString());
        QCOMPARE(log, expectedLog);
        if (planned.oldToken)
            QVERIFY(!w.backend.isAlive(planned.oldToken->key));
        QVERIFY(w.backend.isAlive(
            tokenIn(files.first().toObject().value(QStringLiteral("path")).toString())));
    }
};

QTEST_GUILESS_MAIN(TestMigrationStage)
#include "tst_migrationstage.moc"
