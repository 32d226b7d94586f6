// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 7's "Done when", through the GUI: the real Application (Xvfb, real keychain) signed in to
// the real tokendesk-sandbox (--era 2025-10, classic tokens in a temp HOME's ~/.npmrc and in a
// project .npmrc). The test opens the real MigrationDialog, adds the project folder, clicks
// Migrate once and answers npm's 2FA code in the app's own dialog. Then the real npm CLI runs
// `npm whoami` with each rewritten file, the sandbox shows the classic tokens revoked, the
// keychain (secret-tool) holds the new secrets, and the dashboard's details pane lists where the
// new tokens are used. Screenshots of the scan, plan and summary pages land in
// <build>/screenshots/.
#include "desktop/migration/MigrationDialog.h"
#include "desktop/signin/TwoFactorDialog.h"

#include "DesktopAppFixture.h"
#include "Harness.h"
#include "HttpHelper.h"
#include "SandboxProcess.h"
#include "core/account/SessionManager.h"
#include "core/migration/MigrationJournal.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/tokenlist/TokenListModel.h"
#include "desktop/Application.h"
#include "desktop/details/TokenDetailsPane.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/mainwindow/TokenUsageTracker.h"
#include "desktop/migration/RotationController.h"
#include "migration_e2e_world.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What secret-tool (libsecret, outside this process) finds for TokenDesk's keychain entry.
QByteArray secretToolLookup(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("tokendesk"),
             QStringLiteral("user"), key});
    if (!p.waitForFinished(20000))
        return {};
    return p.readAllStandardOutput().trimmed();
}

} // namespace

class TestMigrationGuiE2e : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    // The app's settings live here, not under the HOME of a world (enterAsProcessHome): QSettings
    // keeps the first folder it was given, and would bring a removed world's folder back.
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QVERIFY2(m_sandbox.start({QStringLiteral("--era"), QStringLiteral("2025-10")}),
                 qPrintable(m_sandbox.errorString()));
    }

    void oneClickMigratesBothFilesThroughTheDialog_data()
    {
        QTest::addColumn<bool>("skip2fa");
        // Two creates and two revokes: a page for each write…
        QTest::newRow("approve every page") << false;
        // …or one page for the whole batch, with "skip 2FA for 5 minutes" ticked.
        QTest::newRow("one page, skip 2FA ticked") << true;
    }
    void oneClickMigratesBothFilesThroughTheDialog()
    {
        QFETCH(bool, skip2fa);
        const QString suffix = skip2fa ? QStringLiteral("_skip") : QString();
        QElapsedTimer elapsed;
        elapsed.start();
        MigrationWorld world(m_sandbox);
        QString why;
        QVERIFY2(world.setUp(&why), qPrintable(why));
        world.enterAsProcessHome();

        QTemporaryDir data;
        KeychainSecretStore keychain(QStringLiteral("tokendesk"));
        Application app(sandboxAppOptions(m_sandbox.url(), data.path(), &keychain));
        app.start();
        QVERIFY(QTest::qWaitForWindowExposed(app.mainWindow()));

        CodeAnsweringPrompt signInPrompt(
            [&world] { return QString::fromLatin1(world.currentTotp()); });
        QVERIFY2(signInLegacyAndSync(app, m_sandbox.url(), kSandboxPassword, &signInPrompt, &why),
                 qPrintable(why));

        // File > Migrate tokens…
        app.openMigration();
        QTRY_VERIFY_WITH_TIMEOUT(app.rotationController() && app.rotationController()->openDialog(),
                                 20000);
        MigrationDialog *dialog = app.rotationController()->openDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        saveScreenshot(dialog, QStringLiteral("migration_gui_scan%1.png").arg(suffix));
        QSignalSpy shown(dialog, &MigrationDialog::surveyShown);
        dialog->addProjectFolder(world.project());
        QTRY_VERIFY_WITH_TIMEOUT(
            !shown.isEmpty() && dialog->projectFolders().contains(world.project()), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->plan().size(), 2, 60000);
        auto *scan = dialog->findChild<QTableWidget *>(QStringLiteral("scanTable"));
        QVERIFY(scan && scan->rowCount() >= 2);
        saveScreenshot(dialog, QStringLiteral("migration_gui_plan%1.png").arg(suffix));

        // One click on Migrate (with the password npm asks for on every creation).
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(QString::fromLatin1(kSandboxPassword));
        QSignalSpy finished(dialog, &MigrationDialog::migrationFinished);
        auto *migrate = dialog->findChild<QPushButton *>(QStringLiteral("migrateButton"));
        QVERIFY(migrate->isEnabled());
        QTest::mouseClick(migrate, Qt::LeftButton);
        // npm asks for a second factor: the app shows its 2FA dialog and opens the approval page
        // (the migration uses the account's normal, web, type); the test approves it in the
        // "browser", or types a code when the registry asks for one.
        int approvals = 0, codesTyped = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (!finished.isEmpty())
                    return true;
                approvals += approvePendingPages(m_sandbox.url(), skip2fa);
                for (QWidget *top : QApplication::topLevelWidgets()) {
                    auto *twoFactor = qobject_cast<TwoFactorDialog *>(top);
                    if (!twoFactor || !twoFactor->isVisible() || !twoFactor->isAskingForCode()
                        || !twoFactor->codeField()->text().isEmpty())
                        continue;
                    QTest::keyClicks(twoFactor->codeField(),
                                     QString::fromLatin1(world.currentTotp()));
                    QTest::keyClick(twoFactor->codeField(), Qt::Key_Return);
                    ++codesTyped;
                }
                return false;
            },
            180000));
        QVERIFY2(finished.first().first().toBool(),
                 qPrintable(dialog->findChild<QLabel *>(QStringLiteral("summaryText"))->text()));
        qInfo("browser approvals: %d, 2FA codes typed: %d", approvals, codesTyped);
        // The batch uses the account's normal (web) type: no code was asked for.
        QCOMPARE(codesTyped, 0);
        if (skip2fa)
            QCOMPARE(approvals, 1);
        else
            QVERIFY(approvals >= 2);
        saveScreenshot(dialog, QStringLiteral("migration_gui_summary%1.png").arg(suffix));

        // The real npm CLI works with each rewritten file.
        for (const QString &path : {world.userNpmrc(), world.projectNpmrc()}) {
            const CliRun npm = world.npmWhoami(path);
            QVERIFY2(npm.exitCode == 0 && npm.out.trimmed() == "maintainer",
                     qPrintable(path + QStringLiteral(": ") + QString::fromUtf8(npm.err)));
            QVERIFY(MigrationWorld::tokenIn(path).startsWith("npm_"));
        }
        QVERIFY(bytesOf(world.userNpmrc()).startsWith("# my npm settings\r\n"));
        // The old classic tokens are revoked on the registry.
        QVERIFY(world.isRevokedOnSandbox(kClassicPublish));
        QVERIFY(world.isRevokedOnSandbox(kClassicAutomation));

        // The keychain holds the new secrets, under the keys the journal names.
        auto journal
            = MigrationJournal::load(data.filePath(QStringLiteral("migration/journal.json")));
        QVERIFY(journal.ok());
        QStringList newKeys;
        for (int i = 0; i < journal.value().rowCount(); ++i) {
            QCOMPARE(journal.value().stage(i), QStringLiteral("done"));
            newKeys.append(journal.value().row(i).value(QStringLiteral("newKey")).toString());
        }
        const QByteArrayList fileSecrets{MigrationWorld::tokenIn(world.userNpmrc()),
                                         MigrationWorld::tokenIn(world.projectNpmrc())};
        for (const QString &key : newKeys) {
            const QByteArray stored
                = secretToolLookup(SecretStore::tokenKey(journal.value().accountId(), key));
            QVERIFY2(fileSecrets.contains(stored), qPrintable(key));
        }

        // The dashboard's details pane says where the new tokens are used.
        QTRY_VERIFY_WITH_TIMEOUT(app.tokenModel()->rowOfKey(newKeys.first()) >= 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            app.usageTracker()->hasResult() && !app.usageTracker()->isScanning(), 30000);
        QStringList places;
        for (const QString &key : newKeys) {
            app.mainWindow()->selectToken(key);
            QTRY_COMPARE_WITH_TIMEOUT(app.mainWindow()->details()->currentKey(), key, 10000);
            places.append(app.mainWindow()->details()->text());
        }
        const QString all = places.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("~/.npmrc, line 4")), qPrintable(all));
        // The project is outside HOME here, so its path is shown in full.
        QVERIFY2(all.contains(world.projectNpmrc() + QStringLiteral(", line 2")), qPrintable(all));
        saveScreenshot(app.mainWindow(), QStringLiteral("migration_gui_details%1.png").arg(suffix));
        qInfo("GUI migration end to end took %lld ms", elapsed.elapsed());
        dialog->close();
    }
};

TD_XCB_TEST_MAIN(TestMigrationGuiE2e)

#include "tst_migration_gui_e2e.moc"
