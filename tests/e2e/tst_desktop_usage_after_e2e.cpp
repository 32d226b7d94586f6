// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, after actions: "Used on this machine" follows what the user just did. The real
// Application on Xvfb (xcb) against tokendesk-sandbox and the real keychain: a token created in
// the New-token wizard and added to the user .npmrc from its result page shows in the details
// pane as used there at once, without a manual rescan (and while the wizard is still open).
#include "DesktopAppFixture.h"
#include "Harness.h"
#include "HttpHelper.h"
#include "SandboxProcess.h"
#include "core/creation/TokenCreationService.h"
#include "core/creation/TokenDraft.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/tokenlist/TokenListModel.h"
#include "desktop/Application.h"
#include "desktop/details/TokenDetailsPane.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/mainwindow/TokenUsageTracker.h"
#include "desktop/revoke/RevokeFlow.h"
#include "desktop/wizards/createtoken/NewTokenWizard.h"

#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {
const QByteArray kPassword = "sandbox-password";
} // namespace

class TestDesktopUsageAfterE2e : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_data;
    QTemporaryDir m_home;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<Application> m_app;
    Token m_created;

    QString totpNow() const
    {
        return httpCall("GET",
                        m_sandbox.url().resolved(
                            QUrl(QStringLiteral("/-/sandbox/totp?username=maintainer"))))
            .json()
            .object()
            .value(QStringLiteral("code"))
            .toString();
    }

    bool usageSettled() const
    {
        return m_app->usageTracker()->hasResult() && !m_app->usageTracker()->isScanning();
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QStandardPaths::setTestModeEnabled(true);
        // Our own HOME: the user .npmrc the result page writes is this test's alone.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_keychain
            = std::make_unique<KeychainSecretStore>(QStringLiteral("tokendesk-e2e-usage-after"));
        m_app = std::make_unique<Application>(
            sandboxAppOptions(m_sandbox.url(), m_data.path(), m_keychain.get()));
        m_app->start();
        QVERIFY(QTest::qWaitForWindowExposed(m_app->mainWindow()));
        CodeAnsweringPrompt prompt([this] { return totpNow(); });
        QString why;
        QVERIFY2(signInLegacyAndSync(*m_app, m_sandbox.url(), kPassword, &prompt, &why),
                 qPrintable(why));
    }

    void cleanupTestCase() { m_app.reset(); }

    void addingToTheUserNpmrcShowsAsUsedAtOnce()
    {
        m_app->openNewTokenWizard();
        QTRY_VERIFY_WITH_TIMEOUT(m_app->newTokenWizard(), 20000);
        NewTokenWizard *wizard = m_app->newTokenWizard();
        wizard->draft()->setPurpose(TokenDraft::Purpose::PublishFromComputer);
        wizard->draft()->setScopes({QStringLiteral("@acme")});
        wizard->draft()->setName(QStringLiteral("usage-after-e2e"));
        for (int guard = 0; guard < 10 && wizard->currentId() != NewTokenWizard::Authenticate;
             ++guard)
            wizard->next();
        QCOMPARE(wizard->currentId(), int(NewTokenWizard::Authenticate));
        wizard->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(QString::fromLatin1(kPassword));
        wizard->findChild<QRadioButton *>(QStringLiteral("otpMethodCode"))->setChecked(true);
        wizard->findChild<QLineEdit *>(QStringLiteral("otpCodeEdit"))->setText(totpNow());
        wizard->next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(NewTokenWizard::Result), 30000);
        const Token created = wizard->creation()->token;

        // The creation synced the list and scanned: the new token is not used anywhere yet.
        QTRY_VERIFY_WITH_TIMEOUT(m_app->tokenModel()->rowOfKey(created.key) >= 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(usageSettled(), 30000);
        m_app->mainWindow()->selectToken(created.key);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->mainWindow()->details()->currentKey(), created.key, 10000);
        QVERIFY2(!m_app->mainWindow()->details()->text().contains(QStringLiteral("~/.npmrc")),
                 qPrintable(m_app->mainWindow()->details()->text()));

        // Add to the user .npmrc: the details pane says so, with no rescan asked for.
        auto *path = wizard->findChild<QLineEdit *>(QStringLiteral("npmrcPath"));
        QCOMPARE(QDir::cleanPath(path->text()),
                 QDir(m_home.path()).filePath(QStringLiteral(".npmrc")));
        wizard->findChild<QPushButton *>(QStringLiteral("addToNpmrcButton"))->click();
        QVERIFY(QFile::exists(QDir(m_home.path()).filePath(QStringLiteral(".npmrc"))));
        QTRY_VERIFY2_WITH_TIMEOUT(
            usageSettled()
                && m_app->mainWindow()->details()->text().contains(QStringLiteral("~/.npmrc")),
            qPrintable(m_app->mainWindow()->details()->text()), 20000);
        saveScreenshot(m_app->mainWindow(), QStringLiteral("desktop-usage-after-npmrc.png"));
        wizard->done(QDialog::Accepted);
        m_created = created;
    }

    // Revoking a token still written in ~/.npmrc offers to remove that line; once the registry
    // revoked it, the line is gone (the rest of the file kept) and the file was backed up.
    void revokingOffersToRemoveItsLines()
    {
        QVERIFY2(!m_created.key.isEmpty(), "needs the token the previous test created");
        const QString npmrc = QDir(m_home.path()).filePath(QStringLiteral(".npmrc"));
        {
            QFile file(npmrc);
            QVERIFY(file.open(QIODevice::Append));
            file.write("save-exact=true\n");
        }
        RevokeFlow *flow = m_app->revokeToken(m_created.key);
        QVERIFY(flow);
        QTRY_VERIFY(flow->confirmation() && flow->confirmation()->isVisible());
        QCheckBox *remove = flow->removeReferencesBox();
        QVERIFY2(remove, "the confirmation does not offer to remove the line");
        QVERIFY(remove->isChecked());
        QVERIFY2(remove->text().contains(QStringLiteral("1 line")), qPrintable(remove->text()));
        saveScreenshot(flow->confirmation(), QStringLiteral("desktop-revoke-remove-lines.png"));
        QSignalSpy finished(flow, &RevokeFlow::finished);
        flow->confirmation()->findChild<QPushButton *>(QStringLiteral("confirmRevoke"))->click();

        // The registry asks for the browser's approval: approve it on the sandbox.
        QString id;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const QJsonValue &p :
                     httpCall("GET",
                              m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/pending"))))
                         .json()
                         .array())
                    if (p.toObject().value(QLatin1String("kind")).toString()
                        == QLatin1String("2fa"))
                        id = p.toObject().value(QLatin1String("id")).toString();
                return !id.isEmpty();
            },
            10000));
        const QJsonObject approve{{QStringLiteral("id"), id},
                                  {QStringLiteral("username"), QStringLiteral("maintainer")},
                                  {QStringLiteral("approve"), true}};
        QCOMPARE(httpCall("POST",
                          m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/approve"))),
                          QJsonDocument(approve).toJson(QJsonDocument::Compact),
                          {{"content-type", "application/json"}})
                     .status,
                 200);
        QVERIFY(finished.wait(20000) || finished.size() == 1);
        QVERIFY(finished.first().at(1).toBool());
        const QString message = finished.first().at(2).toString();
        QVERIFY2(message.contains(QStringLiteral("removed")), qPrintable(message));

        QFile file(npmrc);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray after = file.readAll();
        QVERIFY2(!after.contains("_authToken"), after.constData());
        QVERIFY(after.contains("save-exact=true"));
        const QFileInfoList backups
            = QDir(m_data.filePath(QStringLiteral("migration/backups"))).entryInfoList(QDir::Files);
        QCOMPARE(backups.size(), 1);
    }
};

QTEST_MAIN(TestDesktopUsageAfterE2e)
#include "tst_desktop_usage_after_e2e.moc"
