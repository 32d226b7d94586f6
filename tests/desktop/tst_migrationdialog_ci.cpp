// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: the migration/rotation dialog shows each CI secret's push and verification and the
// grace countdown before the old token is revoked, from the real PlanRunner over the migration
// tests' file-backed registry, keychain and CI stores (tests/migration) and a fake clock.
#include "desktop/migration/MigrationDialog.h"

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

namespace {
MigrationServices servicesFor(RunnerWorld &w, std::shared_ptr<FileFakeCiBackend> ci,
                              FakeClock &clock, const QList<PlanRow> &plan)
{
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

    return services;
}

QString cell(QTableWidget *progress, int row, int column)
{
    return row < progress->rowCount() && progress->item(row, column)
        ? progress->item(row, column)->text()
        : QString();
}
} // namespace

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

        const MigrationServices services = servicesFor(w, ci, clock, plan);
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

        // Row 0 waits out its grace period: both its stores verified, the countdown by the
        // injected clock.
        QTRY_COMPARE_WITH_TIMEOUT(cell(progress, 0, 1), QStringLiteral("old token revoked in 2 s"),
                                  10000);
        QCOMPARE(cell(progress, 0, 2),
                 plan.first().ciTargets.at(0).label()
                     + QStringLiteral(": verified: it holds the new token\n")
                     + plan.first().ciTargets.at(1).label()
                     + QStringLiteral(": verified: it holds the new token"));
        QVERIFY(finished.isEmpty());
        clock.advance(std::chrono::seconds(1));
        QTRY_COMPARE_WITH_TIMEOUT(cell(progress, 0, 1), QStringLiteral("old token revoked in 1 s"),
                                  3000);

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

    // The app closed during the grace period (the dialog and its runner gone): the next dialog
    // offers Resume, and the resumed run counts down what was left, then revokes.
    void resumedRunCountsDownTheRest()
    {
        RunnerWorld w;
        auto ci = std::make_shared<FileFakeCiBackend>(w.s.dir + QStringLiteral("/ci.json"));
        FakeClock clock;
        const QList<PlanRow> plan = scenarioPlanWithCi(w.s);
        MigrationServices services = servicesFor(w, ci, clock, plan);
        services.ciGracePeriod = std::chrono::seconds(3);
        {
            MigrationDialog first(services);
            QSignalSpy shown(&first, &MigrationDialog::surveyShown);
            first.show();
            first.start();
            QTRY_VERIFY(!shown.isEmpty());
            first.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
                ->setText(QStringLiteral("pw"));
            first.findChild<QPushButton *>(QStringLiteral("migrateButton"))->click();
            QTRY_COMPARE_WITH_TIMEOUT(cell(first.progressTable(), 0, 1),
                                      QStringLiteral("old token revoked in 3 s"), 10000);
        } // closed while waiting
        clock.advance(std::chrono::seconds(1));

        MigrationDialog second(services);
        second.show();
        second.start();
        auto *resume = second.findChild<QPushButton *>(QStringLiteral("resumeButton"));
        QTRY_VERIFY(resume->isVisible());
        resume->click();
        QTRY_COMPARE_WITH_TIMEOUT(cell(second.progressTable(), 0, 1),
                                  QStringLiteral("old token revoked in 2 s"), 10000);
        QSignalSpy finished(&second, &MigrationDialog::migrationFinished);
        QVERIFY(QTest::qWaitFor(
            [&] {
                clock.advance(std::chrono::seconds(1));
                return !finished.isEmpty();
            },
            20000));
        QVERIFY(finished.first().first().toBool());
    }
};

QTEST_MAIN(TestMigrationDialogCi)
#include "tst_migrationdialog_ci.moc"
