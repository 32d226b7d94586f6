// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12 items 16 and 17, through the real Application on Xvfb (xcb) against tokendesk-sandbox
// and the real keychain:
//  16. After a failed sign-in, Enter in the retyped password signs in again (it cancelled the
//      dialog: the Cancel button had become the default while it held the focus).
//  17. A wrong password in the new-token wizard says the password is wrong (it said "Your
//      session has ended. Sign in again": the registry's 401 to a token create carrying a
//      password was read as an ended session).
// Screenshots: <build>/screenshots/desktop-signin-retry.png, desktop-wizard-wrong-password.png.
#include "DesktopAppFixture.h"
#include "Harness.h"
#include "HttpHelper.h"
#include "SandboxProcess.h"
#include "core/account/SessionManager.h"
#include "core/registry/TwoFactorPrompt.h"
#include "core/secrets/KeychainSecretStore.h"
#include "desktop/Application.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/signin/SignInDialog.h"
#include "desktop/wizards/createtoken/NewTokenWizard.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {

const QString kPassword = QStringLiteral("sandbox-password");

template<class T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child named %s", name);
    return found;
}

// How many sign-in requests (couch login) the sandbox's log shows so far.
int loginRequests(SandboxProcess &sandbox)
{
    return int(sandbox.log().count("org.couchdb.user"));
}

} // namespace

class TestDesktopPasswordE2e : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_data;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<Application> m_app;

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

    // Signs in the way the sign-in dialog's password mode does, without the dialog.
    void signInDirectly()
    {
        struct CodePrompt final : TwoFactorPrompt
        {
            QString code;
            void askForCode(const QString &, CodeAnswer answer) override
            {
                answer(SecretBuffer::fromString(code));
            }
            void showApprovalPage(const QUrl &, Purpose, std::function<void()> cancel) override
            {
                cancel();
            }
        } prompt;
        prompt.code = totpNow();
        SignInRequest request;
        request.registry = m_sandbox.url();
        request.method = SignInMethod::Legacy;
        request.username = QStringLiteral("maintainer");
        request.password
            = std::make_shared<const SecretBuffer>(SecretBuffer::fromString(kPassword));
        std::optional<Result<Account>> signedIn;
        m_app->sessions()->signIn(request, &prompt, nullptr,
                                  [&](Result<Account> r) { signedIn.emplace(std::move(r)); });
        QVERIFY(QTest::qWaitFor([&] { return signedIn.has_value(); }, 20000));
        QVERIFY2(signedIn->ok(), signedIn->ok() ? "" : qPrintable(signedIn->error().oneLine()));
        m_app->accountSignedIn(signedIn->value());
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_keychain = std::make_unique<KeychainSecretStore>(QStringLiteral("tokendesk-e2e-pw"));
        m_app = std::make_unique<Application>(
            sandboxAppOptions(m_sandbox.url(), m_data.path(), m_keychain.get()));
        m_app->start();
        QVERIFY(QTest::qWaitForWindowExposed(m_app->mainWindow()));
    }

    void cleanupTestCase() { m_app.reset(); }

    // Item 16.
    void enterAfterAFailedSignInSignsInAgain()
    {
        m_app->openSignIn();
        QTRY_VERIFY(m_app->signInDialog());
        QPointer<SignInDialog> dialog = m_app->signInDialog();
        QVERIFY(qWaitForKeyboardIn(dialog));
        QSignalSpy signedIn(dialog.data(), &SignInDialog::signedIn);
        QTest::mouseClick(child<QRadioButton>(dialog, "passwordChoice"), Qt::LeftButton);
        QTRY_COMPARE(dialog->mode(), SignInDialog::Mode::Password);
        auto *user = child<QLineEdit>(dialog, "userField");
        auto *password = child<QLineEdit>(dialog, "passwordField");
        user->setFocus();
        QTest::keyClicks(user, QStringLiteral("maintainer"));

        // A wrong password, sent with Enter: the sandbox refuses it.
        const int before = loginRequests(m_sandbox);
        password->setFocus();
        QTest::keyClicks(password, QStringLiteral("not-the-password"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && !dialog->errorText().isEmpty(), 20000);
        QTRY_COMPARE(loginRequests(m_sandbox), before + 1);
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY(password->hasFocus());

        // The user types the right password and the code, and presses Enter again.
        QTest::keyClicks(password, kPassword);
        auto *code = child<QLineEdit>(dialog, "codeField");
        code->setText(totpNow());
        password->setFocus();
        QTRY_VERIFY(password->hasFocus());
        saveScreenshot(dialog, QStringLiteral("desktop-signin-retry.png"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !dialog || !dialog->isVisible(), 20000);
        QVERIFY2(loginRequests(m_sandbox) >= before + 2, "the second attempt was never sent");
        QCOMPARE(signedIn.size(), 1);
    }

    // Item 17.
    void wrongPasswordInTheNewTokenWizardSaysSo()
    {
        if (m_app->currentAccountId().isEmpty())
            signInDirectly(); // this case stands alone, whatever the sign-in dialog did
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->currentAccountId().isEmpty(), 20000);
        m_app->openNewTokenWizard();
        QTRY_VERIFY_WITH_TIMEOUT(m_app->newTokenWizard(), 20000);
        NewTokenWizard *wizard = m_app->newTokenWizard();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        child<QRadioButton>(wizard, "purposePublishFromComputer")->click();
        // Every page up to Authenticate keeps its defaults where it can.
        for (int guard = 0; guard < 8 && wizard->currentId() != NewTokenWizard::Authenticate;
             ++guard) {
            if (wizard->currentId() == NewTokenWizard::Packages) { // one grant: a scope
                child<QLineEdit>(wizard, "packageEntry")->setText(QStringLiteral("@maintainer"));
                child<QPushButton>(wizard, "addPackageButton")->click();
            }
            if (wizard->currentId() == NewTokenWizard::Name) {
                auto *name = child<QLineEdit>(wizard, "nameEdit");
                name->selectAll();
                QTest::keyClicks(name, QStringLiteral("wrong-password-e2e"));
            }
            if (wizard->currentId() == NewTokenWizard::Expiry)
                child<QRadioButton>(wizard, "expiry30Days")->click();
            QTRY_VERIFY2_WITH_TIMEOUT(
                wizard->currentPage()->isComplete(),
                qPrintable(QStringLiteral("page %1 is not complete").arg(wizard->currentId())),
                10000);
            wizard->next();
        }
        QCOMPARE(wizard->currentId(), int(NewTokenWizard::Authenticate));
        child<QRadioButton>(wizard, "otpMethodCode")->click();
        QTest::keyClicks(child<QLineEdit>(wizard, "passwordEdit"), QStringLiteral("wrong-one"));
        child<QLineEdit>(wizard, "otpCodeEdit")->setText(totpNow());
        wizard->next();
        auto *status = child<QLabel>(wizard, "authStatus");
        QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>(wizard, "passwordEdit")->isEnabled()
                                     && !status->text().isEmpty()
                                     && !status->text().startsWith(QStringLiteral("Creating")),
                                 20000);
        const QString text = status->text();
        QVERIFY2(text.contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("session"), Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("Sign in again")), qPrintable(text));
        QCOMPARE(wizard->currentId(), int(NewTokenWizard::Authenticate));
        // The account is still signed in: nothing asked for a new sign-in.
        QVERIFY(!m_app->signInDialog());
        saveScreenshot(wizard, QStringLiteral("desktop-wizard-wrong-password.png"));
        wizard->reject();
    }
};

TD_XCB_TEST_MAIN(TestDesktopPasswordE2e)

#include "tst_desktop_password_e2e.moc"
