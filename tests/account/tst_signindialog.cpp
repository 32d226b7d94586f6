// SPDX-License-Identifier: GPL-3.0-or-later
// SignInDialog (offscreen) against a loopback fake registry with an in-memory keychain: defaults,
// keyboard use, browser sign-in with progress and cancel, the password fallback for registries
// without web login, clear errors, an unusable keychain, and screenshots for the README.
#include "FakeRegistryServer.h"
#include "RegistryTestSupport.h"
#include "TestPaths.h"
#include "core/account/AccountStore.h"
#include "core/account/SessionManager.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/util/Clock.h"
#include "desktop/signin/GuiTwoFactorPrompt.h"
#include "desktop/signin/SignInDialog.h"
#include "desktop/signin/TwoFactorDialog.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;
using Reply = FakeRegistryServer::Reply;
using Request = FakeRegistryServer::Request;

namespace {
const QByteArray kSession = "sess-dialog-5k2m9q";
const QByteArray kPassword = "dialog-password-77";
const QByteArray kOtp = "135790";
} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    QNetworkAccessManager m_nam;
    RecordingDelayTimer m_delays;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeRegistryServer> m_server;
    std::unique_ptr<InMemorySecretStore> m_secrets;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<SignInDialog> m_dialog;
    QList<QUrl> m_opened;
    bool m_webLogin = true;
    bool m_approved = false;

    Reply handle(const Request &r)
    {
        const QByteArray base = m_server->baseUrl().toString().toUtf8();
        if (r.target == "/-/v1/login") {
            if (!m_webLogin)
                return Reply::json(404, R"({"error":"not found"})");
            return Reply::json(200,
                               "{\"loginUrl\":\"" + base + "login/cli/1\",\"doneUrl\":\"" + base
                                   + "-/v1/done?sessionId=1\"}");
        }
        if (r.target.startsWith("/-/v1/done")) {
            if (!m_approved)
                return Reply::json(202, "{}", {{"retry-after", "1"}});
            return Reply::json(200, "{\"token\":\"" + kSession + "\"}");
        }
        if (r.target.startsWith("/-/user/org.couchdb.user:")) {
            if (!r.body.contains(kPassword))
                return Reply::json(401, R"({"error":"Incorrect username or password."})");
            if (r.header("npm-otp") != kOtp)
                return Reply::json(401, R"({"error":"You must provide a one-time pass."})",
                                   {{"www-authenticate", "OTP"}});
            return Reply::json(201, "{\"ok\":true,\"token\":\"" + kSession + "\"}");
        }
        if (r.header("authorization") != "Bearer " + kSession)
            return Reply::json(401, R"({"error":"Access token expired or revoked."})");
        if (r.target == "/-/whoami")
            return Reply::json(200, R"({"username":"maintainer"})");
        if (r.target == "/-/npm/v1/user")
            return Reply::json(200, R"({"name":"maintainer","tfa":{"mode":"auth-and-writes"}})");
        return Reply::json(404, "{}");
    }

    template<class T>
    T *child(const char *name) const
    {
        T *found = m_dialog->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    void makeDialog(const QUrl &registry)
    {
        m_dialog = std::make_unique<SignInDialog>(m_sessions.get(), registry);
        m_dialog->setUrlOpener([this](const QUrl &url) { m_opened.append(url); });
        m_dialog->open();
        QApplication::setActiveWindow(m_dialog.get());
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }

    void saveScreenshot(const QString &name)
    {
        const QString dir = QStringLiteral(TD_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(dir));
        QTest::qWait(30);
        const QString path = dir + QStringLiteral("/signin-") + name + QStringLiteral(".png");
        QVERIFY2(m_dialog->grab().toImage().save(path), qPrintable(path));
        qInfo("saved %s", qPrintable(path));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<FakeRegistryServer>();
        QVERIFY(m_server->listen());
        m_server->setHandler([this](const Request &r) { return handle(r); });
        m_secrets = std::make_unique<InMemorySecretStore>();
        m_accounts
            = std::make_unique<AccountStore>(m_dir->filePath(QStringLiteral("accounts.json")));
        m_sessions
            = std::make_unique<SessionManager>(&m_nam, m_secrets.get(), m_accounts.get(), m_clock);
        m_sessions->setDelayTimer(&m_delays);
        m_opened.clear();
        m_webLogin = true;
        m_approved = false;
    }

    void cleanup() { m_dialog.reset(); }

    void defaultsToTheBrowserAndNpmjs()
    {
        makeDialog(QUrl());
        QCOMPARE(child<QLineEdit>("registryField")->text(),
                 QStringLiteral("https://registry.npmjs.org/"));
        QCOMPARE(m_dialog->mode(), SignInDialog::Mode::Browser);
        QVERIFY(!child<QLineEdit>("userField")->isVisible());
        QVERIFY(child<QPushButton>("signInButton")->isEnabled());
        saveScreenshot(QStringLiteral("browser"));
    }

    void prefillsTheRegistryTheAppWasStartedWith()
    {
        makeDialog(QUrl(QStringLiteral("http://127.0.0.1:4873/")));
        QCOMPARE(child<QLineEdit>("registryField")->text(),
                 QStringLiteral("http://127.0.0.1:4873/"));
    }

    void browserSignInShowsProgressAndFinishes()
    {
        makeDialog(m_server->baseUrl());
        QSignalSpy signedIn(m_dialog.get(), &SignInDialog::signedIn);
        QTest::keyClick(m_dialog.get(), Qt::Key_Return); // the default button, from the keyboard
        QTRY_COMPARE(m_opened.size(), 1);
        QCOMPARE(m_opened.constFirst().path(), QStringLiteral("/login/cli/1"));
        QVERIFY(m_dialog->isBusy());
        QVERIFY(m_dialog->statusText().contains(QStringLiteral("Waiting for approval…")));
        QVERIFY(!child<QPushButton>("signInButton")->isEnabled());
        saveScreenshot(QStringLiteral("waiting"));
        m_approved = true;
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 10000);
        const auto account = signedIn.constFirst().constFirst().value<Account>();
        QCOMPARE(account.user, QStringLiteral("maintainer"));
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(m_secrets->contains(SecretStore::sessionKey(account.id)));
    }

    void cancelStopsTheBrowserWaitAndKeepsTheDialog()
    {
        makeDialog(m_server->baseUrl());
        child<QPushButton>("signInButton")->click();
        QTRY_VERIFY(m_dialog->twoFactorPrompt()->isWaitingForApproval());
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QTRY_VERIFY(!m_dialog->isBusy());
        QVERIFY(m_dialog->isVisible());
        QVERIFY(m_dialog->errorText().contains(QLatin1String("cancel")));
        QVERIFY(child<QPushButton>("signInButton")->isEnabled());
        QCOMPARE(m_secrets->size(), 0);
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape); // idle: Esc closes
        QVERIFY(!m_dialog->isVisible());
    }

    void registryWithoutWebLoginSwitchesToPassword()
    {
        m_webLogin = false;
        makeDialog(m_server->baseUrl());
        child<QPushButton>("signInButton")->click();
        QTRY_VERIFY(!m_dialog->isBusy());
        QCOMPARE(m_dialog->mode(), SignInDialog::Mode::Password);
        QVERIFY(m_dialog->errorText().contains(QLatin1String("does not offer sign-in through "
                                                             "the browser")));
        QVERIFY(child<QLineEdit>("userField")->isVisible());
        QVERIFY(child<QLineEdit>("userField")->hasFocus());
        QVERIFY(!child<QPushButton>("signInButton")->isEnabled()); // user and password first
        saveScreenshot(QStringLiteral("password"));
    }

    void passwordSignInFromTheKeyboardWithCodeAskedLater()
    {
        makeDialog(m_server->baseUrl());
        // Keyboard only: Alt+N picks "user name and password", then type and tab.
        QTest::keyClick(m_dialog.get(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(m_dialog->mode(), SignInDialog::Mode::Password);
        QTRY_VERIFY(child<QLineEdit>("userField")->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("maintainer"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(child<QLineEdit>("passwordField")->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), QString::fromLatin1(kPassword));
        QSignalSpy signedIn(m_dialog.get(), &SignInDialog::signedIn);
        GuiTwoFactorPrompt *prompt = m_dialog->twoFactorPrompt();
        QSignalSpy codeAsked(prompt, &GuiTwoFactorPrompt::codeRequested);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(codeAsked.size(), 1);
        QVERIFY(child<QLineEdit>("passwordField")->text().isEmpty()); // not kept in the form
        TwoFactorDialog *codeDialog = prompt->dialog();
        QVERIFY(codeDialog->isVisible());
        saveScreenshot(QStringLiteral("code"));
        const QString codeShot
            = QStringLiteral(TD_BINARY_DIR "/screenshots/signin-code-dialog.png");
        QVERIFY(codeDialog->grab().toImage().save(codeShot));
        QTest::keyClicks(codeDialog->codeField(), QString::fromLatin1(kOtp));
        QTest::keyClick(codeDialog->codeField(), Qt::Key_Return);
        QTRY_COMPARE(signedIn.size(), 1);
        QCOMPARE(signedIn.constFirst().constFirst().value<Account>().user,
                 QStringLiteral("maintainer"));
    }

    void codeTypedUpFrontIsUsed()
    {
        makeDialog(m_server->baseUrl());
        m_dialog->setMode(SignInDialog::Mode::Password);
        m_dialog->setUserName(QStringLiteral("maintainer"));
        child<QLineEdit>("passwordField")->setText(QString::fromLatin1(kPassword));
        child<QLineEdit>("codeField")->setText(QString::fromLatin1(kOtp));
        QSignalSpy signedIn(m_dialog.get(), &SignInDialog::signedIn);
        child<QPushButton>("signInButton")->click();
        QTRY_COMPARE(signedIn.size(), 1);
        QVERIFY(!m_dialog->twoFactorPrompt()->dialog()); // no code dialog was needed
    }

    void wrongPasswordIsAClearError()
    {
        makeDialog(m_server->baseUrl());
        m_dialog->setMode(SignInDialog::Mode::Password);
        m_dialog->setUserName(QStringLiteral("maintainer"));
        child<QLineEdit>("passwordField")->setText(QStringLiteral("wrong"));
        child<QPushButton>("signInButton")->click();
        QTRY_VERIFY(!m_dialog->isBusy());
        const QString error = m_dialog->errorText();
        QVERIFY2(error.contains(QLatin1String("E401")), qPrintable(error));
        QVERIFY(m_dialog->isVisible());
        QVERIFY(child<QLineEdit>("passwordField")->hasFocus());
        saveScreenshot(QStringLiteral("error"));
    }

    void refusesPlainHttpToARemoteHost()
    {
        makeDialog(QUrl(QStringLiteral("http://registry.example.com/")));
        child<QPushButton>("signInButton")->click();
        QVERIFY(!m_dialog->isBusy());
        QVERIFY(!m_dialog->errorText().isEmpty());
        QVERIFY(m_server->requests().isEmpty());
    }

    void unusableKeychainIsSaidAndNothingIsWritten()
    {
        m_secrets->setFailure(
            makeError(ErrorCode::KeychainLocked, QStringLiteral("The keychain is locked.")));
        makeDialog(m_server->baseUrl());
        m_dialog->setMode(SignInDialog::Mode::Password);
        m_dialog->setUserName(QStringLiteral("maintainer"));
        child<QLineEdit>("passwordField")->setText(QString::fromLatin1(kPassword));
        child<QLineEdit>("codeField")->setText(QString::fromLatin1(kOtp));
        child<QPushButton>("signInButton")->click();
        QTRY_VERIFY(!m_dialog->isBusy());
        const QString error = m_dialog->errorText();
        QVERIFY2(error.contains(QLatin1String("keychain")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("Nothing was saved")));
        QVERIFY(m_server->requests().isEmpty()); // it failed before talking to the registry
        QCOMPARE(m_secrets->size(), 0);
        QDirIterator files(m_dir->path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY(!content.contains(kPassword) && !content.contains(kSession));
        }
        saveScreenshot(QStringLiteral("keychain"));
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
