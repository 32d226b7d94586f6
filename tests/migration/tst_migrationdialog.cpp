// SPDX-License-Identifier: GPL-3.0-or-later
// The migration dialog, offscreen, over the file-backed fake registry and keychain of the runner
// tests: scan table and plan, per-row choice, one Migrate click, progress, summary with backups;
// the resume / roll back offer when an interrupted journal is found; rotation's one-row plan.
// Screenshots land in <build>/screenshots/.
#include "FakeMigrationWorld.h"
#include "MigrationScenario.h"
#include "TestPaths.h"
#include "core/migration/PlanRunner.h"
#include "core/npmconfig/TokenIdentity.h"
#include "core/util/Clock.h"
#include "desktop/migration/ConfirmRevokePanel.h"
#include "desktop/migration/MigrationDialog.h"
#include "desktop/migration/RotationController.h"

#include <QComboBox>

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace td;
using namespace td::test;

namespace {
QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void screenshot(QWidget &widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(TD_BINARY_DIR "/screenshots"));
    const QImage image = widget.grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(
        image.save(QStringLiteral(TD_BINARY_DIR "/screenshots/") + name + QStringLiteral(".png")));
}

template<class T>
T *child(QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

struct World
{
    QTemporaryDir dir;
    Scenario scenario{dir.path()};
    FileFakeBackend *lastBackend = nullptr;
    FileSecretStore store{scenario.keychain()};
    SystemClock clock;
    bool ciUse = false;
    std::optional<Error> revokeFailure; // given to every backend the dialog makes
    QList<QStringList> scannedFolders;  // what each survey call was asked to walk

    MigrationServices services()
    {
        MigrationServices s;
        s.survey = [this](const QStringList &folders, QObject *,
                          std::function<void(Result<Survey>)> done) {
            scannedFolders.append(folders);
            Survey survey;
            survey.uses = scenario.uses();
            survey.plan = scenario.plan();
            if (ciUse) {
                // Row 0's token is also the CI secret NPM_TOKEN of a repository on this machine.
                CredentialFinding ci;
                ci.source = CredentialSource::GitHubWorkflow;
                ci.form = CredentialForm::CiSecret;
                ci.file = dir.path() + QStringLiteral("/app/.github/workflows/release.yml");
                ci.line = 9;
                ci.variable = QStringLiteral("NPM_TOKEN");
                survey.plan[0].references.append(ci);
            }
            done(survey);
        };
        s.makeBackend = [this](SecretBuffer) {
            auto backend = std::make_unique<FileFakeBackend>(scenario.registryState());
            backend->revokeFailure = revokeFailure;
            lastBackend = backend.get();
            return std::unique_ptr<MigrationBackend>(std::move(backend));
        };
        s.secrets = &store;
        s.clock = &clock;
        s.accountId = QStringLiteral("jane@npmjs");
        s.journalPath = scenario.journal();
        s.backupDir = scenario.backups();
        s.planner = Scenario::plannerContext();
        return s;
    }
};
} // namespace

class TestMigrationDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneClickMigratesEveryReference()
    {
        World world;
        world.scenario.create();
        QDir().mkpath(world.scenario.backups());
        MigrationDialog dialog(world.services());
        dialog.show();
        dialog.start();
        auto *scan = child<QTableWidget>(dialog, "scanTable");
        auto *plan = child<QTableWidget>(dialog, "planTable");
        QVERIFY(scan && plan);
        QCOMPARE(scan->rowCount(), 2);
        QCOMPARE(plan->rowCount(), 2);
        QVERIFY(scan->item(0, 3)->text().contains(QLatin1String(".npmrc:")));
        // Each row offers its choices; the proposal is selected.
        auto *choice = child<QComboBox>(dialog, "choice0");
        QVERIFY(choice && choice->count() >= 2);
        QCOMPARE(choice->currentData().toString(), planActionId(dialog.plan().at(0).action));
        screenshot(dialog, QStringLiteral("migration-plan"));

        auto *migrate = child<QPushButton>(dialog, "migrateButton");
        QVERIFY(migrate->isEnabled());
        migrate->click(); // no password yet: asks for it, changes nothing
        QCOMPARE(bytesOf(world.scenario.userNpmrc()), Scenario::userBytes());
        child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("pw"));
        QSignalSpy finished(&dialog, &MigrationDialog::migrationFinished);
        migrate->click();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());
        auto *progress = child<QTableWidget>(dialog, "progressTable");
        QCOMPARE(progress->rowCount(), 2);
        QCOMPARE(progress->item(0, 1)->text(), QStringLiteral("done"));
        const QString summary = child<QLabel>(dialog, "summaryText")->text();
        QVERIFY2(summary.contains(QLatin1String("Backups")), qPrintable(summary));
        QVERIFY(summary.contains(world.scenario.backups()));
        QVERIFY(!bytesOf(world.scenario.userNpmrc()).contains(kOldUserToken.toLatin1()));
        QVERIFY(world.lastBackend->isRevokedKey(sha512Hex(kOldUserToken.toUtf8())));
        QCOMPARE(world.lastBackend->liveCount(), 2);
        screenshot(dialog, QStringLiteral("migration-summary"));
    }

    void choosingKeepLeavesTheRowAlone()
    {
        World world;
        world.scenario.create();
        MigrationDialog dialog(world.services());
        dialog.show();
        dialog.start();
        auto *choice = child<QComboBox>(dialog, "choice1");
        const int keep = choice->findData(planActionId(PlanAction::Keep));
        QVERIFY(keep >= 0);
        choice->setCurrentIndex(keep);
        QCOMPARE(dialog.plan().at(1).action, PlanAction::Keep);
        child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("pw"));
        QSignalSpy finished(&dialog, &MigrationDialog::migrationFinished);
        child<QPushButton>(dialog, "migrateButton")->click();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(bytesOf(world.scenario.projectNpmrc()), Scenario::projectBytes());
        QVERIFY(bytesOf(world.scenario.userNpmrc()) != Scenario::userBytes());
    }

    void interruptedRunOffersResumeAndRollback_data()
    {
        QTest::addColumn<bool>("rollBack");
        QTest::newRow("resume") << false;
        QTest::newRow("roll back") << true;
    }

    void interruptedRunOffersResumeAndRollback()
    {
        QFETCH(bool, rollBack);
        World world;
        world.scenario.create();
        // The crash helper of the runner tests runs this scenario and SIGKILLs itself after
        // its 7th event: row 0 is half-way, row 1 untouched.
        QProcess crashing;
        crashing.start(QStringLiteral(PLANRUNNER_CHILD), {world.dir.path(), QStringLiteral("7")});
        QVERIFY(crashing.waitForFinished(30000));
        QCOMPARE(crashing.exitStatus(), QProcess::CrashExit);
        MigrationDialog dialog(world.services());
        dialog.show();
        dialog.start();
        auto *pages = dialog.findChild<QStackedWidget *>();
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("resumePage"));
        screenshot(dialog, QStringLiteral("migration-resume"));
        QSignalSpy finished(&dialog, &MigrationDialog::migrationFinished);
        child<QLineEdit>(dialog, "resumePassword")->setText(QStringLiteral("pw"));
        child<QPushButton>(dialog, rollBack ? "rollbackButton" : "resumeButton")->click();
        QTRY_COMPARE(finished.size(), 1);
        const QByteArray user = bytesOf(world.scenario.userNpmrc());
        QVERIFY(rollBack ? user == Scenario::userBytes() || !user.contains(kOldUserToken.toLatin1())
                         : !user.contains(kOldUserToken.toLatin1()));
        if (!rollBack)
            QVERIFY(!bytesOf(world.scenario.projectNpmrc()).contains(kOldProjectToken.toLatin1()));
    }

    void referenceOutsideFilesWaitsForConfirmation()
    {
        World world;
        world.ciUse = true;
        world.scenario.create();
        QDir().mkpath(world.scenario.backups());
        QVERIFY(QDir().mkpath(world.dir.path() + QStringLiteral("/app/.git")));
        QFile config(world.dir.path() + QStringLiteral("/app/.git/config"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[remote \"origin\"]\n\turl = https://github.com/acme/app.git\n");
        config.close();
        {
            MigrationDialog dialog(world.services());
            dialog.show();
            dialog.start();
            child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("pw"));
            QSignalSpy finished(&dialog, &MigrationDialog::migrationFinished);
            child<QPushButton>(dialog, "migrateButton")->click();
            QTRY_COMPARE(finished.size(), 1);
            QCOMPARE(dialog.confirmPanel()->waitingCount(), 1);
            QVERIFY(dialog.confirmPanel()->isVisible());
            const QString steps = dialog.confirmPanel()->text();
            QVERIFY2(steps.contains(QString::fromUtf8(
                         "Set the CI secret NPM_TOKEN in acme/app to the new token — copy it "
                         "from the keychain with the Copy button")),
                     qPrintable(steps));
            // The file uses the new token already; the old one is kept for CI.
            QVERIFY(!bytesOf(world.scenario.userNpmrc()).contains(kOldUserToken.toLatin1()));
            QVERIFY(!world.lastBackend->isRevokedKey(sha512Hex(kOldUserToken.toUtf8())));
            screenshot(dialog, QStringLiteral("migration-confirm"));
        }
        // Restart: the journal alone brings the waiting row back, and the button revokes.
        MigrationDialog dialog(world.services());
        dialog.show();
        dialog.start();
        QCOMPARE(dialog.confirmPanel()->waitingCount(), 1);
        QSignalSpy finished(&dialog, &MigrationDialog::migrationFinished);
        auto *confirm = child<QPushButton>(dialog, "confirmRevoke_0");
        QVERIFY(confirm);
        confirm->click();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(world.lastBackend->isRevokedKey(sha512Hex(kOldUserToken.toUtf8())));
        QCOMPARE(dialog.confirmPanel()->waitingCount(), 0);
        QVERIFY(!dialog.confirmPanel()->isVisible());
    }

    void failedRevokeOffersRetry()
    {
        World world;
        world.scenario.create();
        world.revokeFailure
            = makeError(ErrorCode::ServerError, QStringLiteral("Internal Server Error"), {}, 500);
        {
            MigrationDialog dialog(world.services());
            dialog.show();
            dialog.start();
            child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("pw"));
            QSignalSpy finished(&dialog, &MigrationDialog::migrationFinished);
            child<QPushButton>(dialog, "migrateButton")->click();
            QTRY_COMPARE(finished.size(), 1);
            QCOMPARE(dialog.confirmPanel()->waitingCount(), 2);
            QVERIFY(child<QPushButton>(dialog, "retryRevoke_0"));
            QVERIFY2(dialog.confirmPanel()->text().contains(QLatin1String("Internal Server Error")),
                     qPrintable(dialog.confirmPanel()->text()));
            screenshot(dialog, QStringLiteral("migration-revoke-retry"));
        }
        // Restart: the journal alone brings the rows back; Retry revokes the old token.
        world.revokeFailure.reset();
        MigrationDialog dialog(world.services());
        dialog.show();
        dialog.start();
        QCOMPARE(dialog.confirmPanel()->waitingCount(), 2);
        QVERIFY(dialog.confirmPanel()->isVisible());
        QSignalSpy finished(&dialog, &MigrationDialog::migrationFinished);
        child<QPushButton>(dialog, "retryRevoke_0")->click();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(world.lastBackend->isRevokedKey(sha512Hex(kOldUserToken.toUtf8())));
        QVERIFY(!world.lastBackend->isRevokedKey(sha512Hex(kOldProjectToken.toUtf8())));
        QCOMPARE(dialog.confirmPanel()->waitingCount(), 1);
        // The next plan still lists the other one: "revoke pending: retry".
        QSignalSpy shown(&dialog, &MigrationDialog::surveyShown);
        child<QPushButton>(dialog, "scanAgainButton")->click();
        QTRY_COMPARE(shown.size(), 1);
        QVERIFY(std::any_of(dialog.plan().begin(), dialog.plan().end(), [](const PlanRow &row) {
            return row.pendingRevoke && row.action == PlanAction::Revoke
                && row.oldToken->key == sha512Hex(kOldProjectToken.toUtf8());
        }));
    }

    void addedProjectFolderIsScannedAndAnnounced()
    {
        World world;
        world.scenario.create();
        MigrationServices services = world.services();
        services.projectFolders = {QStringLiteral("/srv/a")};
        MigrationDialog dialog(services);
        QSignalSpy changed(&dialog, &MigrationDialog::projectFoldersChanged);
        dialog.show();
        dialog.start();
        dialog.addProjectFolder(world.dir.path() + QStringLiteral("/project/"));
        const QStringList expected{QStringLiteral("/srv/a"),
                                   world.dir.path() + QStringLiteral("/project")};
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toStringList(), expected);
        QCOMPARE(world.scannedFolders.size(), 2);
        QCOMPARE(world.scannedFolders.last(), expected);
        dialog.addProjectFolder(world.dir.path() + QStringLiteral("/project"));
        QCOMPARE(changed.size(), 1); // already there: no rescan
        QCOMPARE(world.scannedFolders.size(), 2);
    }

    void trustCleanupRevokesTokensOidcMadeUnnecessary()
    {
        // The trust wizard's clean-up: left-pad publishes through OIDC now, and both classic
        // tokens served only the user's packages (left-pad): each is revoked, its line removed.
        World world;
        world.scenario.create();
        QDir().mkpath(world.scenario.backups());
        QList<Token> accountTokens;
        for (const TokenUse &use : world.scenario.uses())
            accountTokens.append(*use.match.token);
        RotationController rotation([&world] { return world.services(); }, nullptr);
        MigrationDialog *dialog
            = rotation.cleanUpAfterTrustedPublishing(accountTokens, {QStringLiteral("left-pad")});
        QVERIFY(dialog);
        QCOMPARE(dialog->plan().size(), 2);
        for (const PlanRow &row : dialog->plan())
            QCOMPARE(row.action, PlanAction::Revoke);
        screenshot(*dialog, QStringLiteral("migration-trust-cleanup"));
        QSignalSpy finished(dialog, &MigrationDialog::migrationFinished);
        child<QPushButton>(*dialog, "migrateButton")->click(); // no password: nothing is created
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().toBool());
        // Only the credential lines went; comments, order and CRLF stay byte for byte.
        QCOMPARE(
            bytesOf(world.scenario.userNpmrc()),
            QByteArray("; laptop\r\nregistry=https://registry.npmjs.org/\r\nsave-exact=true\r\n"));
        QCOMPARE(bytesOf(world.scenario.projectNpmrc()),
                 QByteArray("@acme:registry=https://registry.npmjs.org/\n"));
        QVERIFY(world.lastBackend->isRevokedKey(sha512Hex(kOldUserToken.toUtf8())));
        QVERIFY(world.lastBackend->isRevokedKey(sha512Hex(kOldProjectToken.toUtf8())));
        QCOMPARE(world.lastBackend->liveCount(), 0);
        dialog->close();
    }

    void rotationIsOneRow()
    {
        World world;
        world.scenario.create();
        Token token = world.scenario.uses().first().match.token.value();
        token.kind = TokenKind::GranularReadWrite;
        token.packagesPermission = Permission::ReadWrite;
        token.packages = {QStringLiteral("left-pad")};
        token.name = QStringLiteral("laptop-publish");
        RotationController rotation([&world] { return world.services(); }, nullptr);
        MigrationDialog *dialog = rotation.rotate(token);
        QVERIFY(dialog);
        QCOMPARE(rotation.rotate(token), dialog); // one dialog at a time
        QCOMPARE(dialog->plan().size(), 1);
        QCOMPARE(dialog->plan().first().action, PlanAction::Rotate);
        QCOMPARE(dialog->plan().first().spec.packages, token.packages);
        QCOMPARE(dialog->plan().first().references.size(), 1);
        screenshot(*dialog, QStringLiteral("migration-rotate"));
        dialog->close();
    }
};

QTEST_MAIN(TestMigrationDialog)
#include "tst_migrationdialog.moc"
