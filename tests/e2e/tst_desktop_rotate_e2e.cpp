// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12 item 14: Rotate crashed the desktop app (a segfault in HttpTransport's destructor under
// ~RegistryClient) in every profile where a migration had completed. The scan that opens the
// rotation checks the tokens it finds with whoami; the scan's backend was then deleted by the
// last destroyed callback, inside the destructor of one of its own client's transports, which
// deleted that client a second time.
//
// The real Application on Xvfb (xcb), the real keychain and tokendesk-sandbox (--era 2025-10): a
// migration through the migration dialog completes (journal written, ~/.npmrc now holds the new
// token), then the user rotates that token. The app survives the scan, the rotation finishes,
// the rotated token is revoked on the sandbox and ~/.npmrc holds a token that works.
#include "desktop/migration/MigrationDialog.h"

#include "DesktopAppFixture.h"
#include "Harness.h"
#include "HttpHelper.h"
#include "SandboxProcess.h"
#include "core/account/SessionManager.h"
#include "core/migration/MigrationJournal.h"
#include "core/registry/TwoFactorPrompt.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/tokenlist/TokenListModel.h"
#include "desktop/Application.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/migration/RotationController.h"
#include "migration_e2e_world.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

using namespace td;
using namespace td::test;

namespace {

// Runs the open dialog's plan (one click on Migrate with the password) to its end.
bool runPlan(MigrationDialog *dialog, const QUrl &sandbox, QString *summary)
{
    dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
        ->setText(QString::fromLatin1(kSandboxPassword));
    QSignalSpy finished(dialog, &MigrationDialog::migrationFinished);
    auto *migrate = dialog->findChild<QPushButton *>(QStringLiteral("migrateButton"));
    if (!migrate->isEnabled())
        return false;
    QTest::mouseClick(migrate, Qt::LeftButton);
    const bool ended = QTest::qWaitFor(
        [&] {
            approvePendingPages(sandbox, true); // "skip 2FA for 5 minutes" ticked
            return !finished.isEmpty();
        },
        120000);
    *summary = dialog->findChild<QLabel *>(QStringLiteral("summaryText"))->text();
    return ended && finished.first().first().toBool();
}

} // namespace

class TestDesktopRotateE2e : public QObject
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

    void rotateAfterACompletedMigration()
    {
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

        // 1. A migration completes: ~/.npmrc's classic token is replaced, the journal written.
        app.openMigration();
        QTRY_VERIFY_WITH_TIMEOUT(app.rotationController() && app.rotationController()->openDialog(),
                                 20000);
        QPointer<MigrationDialog> dialog = app.rotationController()->openDialog();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->plan().isEmpty(), 60000);
        QString summary;
        QVERIFY2(runPlan(dialog, m_sandbox.url(), &summary), qPrintable(summary));
        const QString journalPath = data.filePath(QStringLiteral("migration/journal.json"));
        auto journal = MigrationJournal::load(journalPath);
        QVERIFY(journal.ok() && journal.value().isFinished());
        const QString migratedKey
            = journal.value().row(0).value(QStringLiteral("newKey")).toString();
        QVERIFY(!migratedKey.isEmpty());
        const QByteArray migratedSecret = MigrationWorld::tokenIn(world.userNpmrc());
        QVERIFY(migratedSecret.startsWith("npm_"));
        dialog->close();
        QTRY_VERIFY(!dialog); // deleted on close: the next Rotate opens a fresh one

        // 2. Rotate the token the migration made. The scan behind the rotation checks the token
        // it finds in ~/.npmrc with whoami; that used to crash the app.
        QTRY_VERIFY_WITH_TIMEOUT(app.tokenModel()->rowOfKey(migratedKey) >= 0, 30000);
        const QString migratedName
            = app.tokenModel()->tokenAt(app.tokenModel()->rowOfKey(migratedKey)).name;
        QVERIFY(!migratedName.isEmpty());
        app.rotateToken(migratedKey);
        QTRY_VERIFY_WITH_TIMEOUT(app.rotationController()->openDialog(), 20000);
        dialog = app.rotationController()->openDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // The scan finishes (it may have before the window was exposed); then every deferred
        // deletion of the scan runs: the crash happened there.
        QTRY_COMPARE_WITH_TIMEOUT(dialog->plan().size(), 1, 60000);
        for (int i = 0; i < 5; ++i)
            QTest::qWait(50);
        QVERIFY(dialog);
        saveScreenshot(dialog, QStringLiteral("desktop_rotate_plan.png"));
        QVERIFY2(runPlan(dialog, m_sandbox.url(), &summary), qPrintable(summary));
        saveScreenshot(dialog, QStringLiteral("desktop_rotate_summary.png"));
        // Issue 16: the summary names the token and says what happened to it.
        const QString plain = QTextDocumentFragment::fromHtml(summary).toPlainText();
        QVERIFY2(plain.contains(migratedName + QStringLiteral(": replaced, 1 reference"))
                     && plain.contains(QStringLiteral(" rewritten, old token revoked")),
                 qPrintable(plain));
        for (int i = 0; i < 5; ++i)
            QTest::qWait(50);

        // The rotation finished: the rotated token is revoked, ~/.npmrc holds a working one.
        const QByteArray rotatedSecret = MigrationWorld::tokenIn(world.userNpmrc());
        QVERIFY(rotatedSecret.startsWith("npm_"));
        QVERIFY(rotatedSecret != migratedSecret);
        QCOMPARE(world.whoamiWith(rotatedSecret), QByteArray("maintainer"));
        QVERIFY(world.whoamiWith(migratedSecret).isEmpty());
        dialog->close();
    }
};

TD_XCB_TEST_MAIN(TestDesktopRotateE2e)

#include "tst_desktop_rotate_e2e.moc"
