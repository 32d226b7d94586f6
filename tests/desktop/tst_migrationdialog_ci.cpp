// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: the migration/rotation dialog shows each CI secret's push and verification and the
// grace countdown before the old token is revoked, from the real PlanRunner over the migration
// tests' file-backed registry, keychain and CI stores (tests/migration) and a fake clock.
#include "migration/MigrationDialog.h"

#include "FakeCiWorld.h"
#include "FakeClock.h"
#include "RunnerWorld.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace td;
using namespace td::test;

class TestMigrationDialogCi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void progressShowsCiStepsAndTheGraceCountdown()
    {
        RunnerWorld w;
        auto ci = std::make_shared<FileFakeCiBackend>(w.s.dir + QStringLiteral("/ci.json"));
        FakeClock clock;
        const QList<PlanRow> plan = scenarioPlanWithCi(w.s);
        QCOMPARE(plan.first().ciTargets.size(), 2);

        MigrationServices services;
        services.survey = [&w, plan](const QStringList &, QObject *, auto done) {
            Survey survey;
            survey.uses = w.s.uses();
            survey.plan = plan;
            done(std::move(survey));
        };
        services.makeBackend = [&w](SecretBuffer) -> std::unique_ptr<MigrationBackend> {
            return std::make_unique<FileFakeBackend>(w.s.registryState());
        };
        services.secrets = &w.store;
        services.clock = &clock;
        services.accountId = QStringLiteral("jane");
        services.journalPath = w.s.journal();
        services.backupDir = w.s.backups();
        services.planner = Scenario::plannerContext();
        services.ciBackend = ci;
        services.ciGracePeriod = std::chrono::seconds(2);

        MigrationDialog dialog(services);
        QSignalSpy shown(&dialog, &MigrationDialog::surveyShown);
        dialog.show();
        dialog.start();
        QTRY_VERIFY(!shown.isEmpty());
        // The plan says which CI secrets TokenDesk updates itself.
        auto *planTable = dialog.findChild<QTableWidget *>(QStringLiteral("planTable"));
        QVERIFY2(
            planTable->item(0, 2)->text().contains(plan.first().ciTargets.first().label()
                                                   + QStringLiteral(" (TokenDesk updates it)")),
            qPrintable(planTable->item(0, 2)->text()));

        dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(QStringLiteral("pw"));
        QSignalSpy finished(&dialog, &MigrationDialog::migrationFinished);
        dialog.findChild<QPushButton *>(QStringLiteral("migrateButton"))->click();

        QTableWidget *progress = dialog.progressTable();
        const auto cell = [progress](int row, int column) {
            return row < progress->rowCount() && progress->item(row, column)
                ? progress->item(row, column)->text()
                : QString();
        };
        // Row 0 waits out its grace period: both its stores verified, the countdown by the
        // injected clock.
        QTRY_COMPARE_WITH_TIMEOUT(cell(0, 1), QStringLiteral("old token revoked in 2 s"), 10000);
        QCOMPARE(cell(0, 2),
                 plan.first().ciTargets.at(0).label()
                     + QStringLiteral(": verified: it holds the new token\n")
                     + plan.first().ciTargets.at(1).label()
                     + QStringLiteral(": verified: it holds the new token"));
        QVERIFY(finished.isEmpty());
        clock.advance(std::chrono::seconds(1));
        QTRY_COMPARE_WITH_TIMEOUT(cell(0, 1), QStringLiteral("old token revoked in 1 s"), 3000);

        // The grace period passes on the clock (the runner checks it each time its own timer
        // fires); every row finishes.
        QVERIFY(QTest::qWaitFor(
            [&] {
                clock.advance(std::chrono::seconds(1));
                return !finished.isEmpty();
            },
            20000));
        QVERIFY(finished.first().first().toBool());
        const QString summary = dialog.findChild<QLabel *>(QStringLiteral("summaryText"))->text();
        QVERIFY2(summary.contains(plan.first().ciTargets.first().label().toHtmlEscaped()
                                  + QStringLiteral(": verified: it holds the new token")),
                 qPrintable(summary));
    }
};

QTEST_MAIN(TestMigrationDialogCi)
#include "tst_migrationdialog_ci.moc"
