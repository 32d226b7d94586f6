// SPDX-License-Identifier: GPL-3.0-or-later
// End to end (offscreen, under tests/run-headless.sh): the SignInDialog signs in to the real
// tokendesk-sandbox over HTTP with the real keychain — with user name, password and the TOTP
// code typed into the code dialog, and through the browser flow approved by the sandbox's
// control API — and the account list then says how long the session lasts.
#include "FakeClock.h"
#include "Harness.h"
#include "HttpHelper.h"
#include "SandboxProcess.h"
#include "core/account/AccountListModel.h"
#include "core/account/AccountStore.h"
#include "core/account/SessionManager.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/util/Clock.h"
#include "desktop/signin/GuiTwoFactorPrompt.h"
#include "desktop/signin/SignInDialog.h"
#include "desktop/signin/TwoFactorDialog.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace td;
using namespace td::test;

class TestSignInSandbox : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    QNetworkAccessManager m_nam;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<SignInDialog> m_dialog;

    QUrl control(const char *path) const
    {
        return m_sandbox->url().resolved(QUrl(QLatin1String(path)));
    }

    template<class T>
    T *child(const char *name) const
    {
        T *found = m_dialog->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    Result<SecretBuffer> sessionInKeychain(const QString &accountId)
    {
        std::optional<Result<SecretBuffer>> result;
        m_keychain->read(SecretStore::sessionKey(accountId), nullptr,
                         [&](Result<SecretBuffer> r) { result.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            return makeError(ErrorCode::KeychainTimeout, QStringLiteral("keychain timeout"));
        return std::move(*result);
    }

    void checkSignedIn(const QSignalSpy &signedIn)
    {
        QCOMPARE(signedIn.size(), 1);
        const auto account = signedIn.constFirst().constFirst().value<Account>();
        QCOMPARE(account.user, QStringLiteral("maintainer"));
        const auto stored = sessionInKeychain(account.id);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().oneLine()));
        QVERIFY(!stored.value().isEmpty());
        // The account file has metadata only.
        QFile file(m_accounts->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(stored.value().reveal()));
        // The main window's account list shows the session's end.
        QVERIFY(m_accounts->load());
        AccountListModel model(m_clock);
        model.setAccounts(m_accounts->accounts());
        QCOMPARE(model.rowCount(), 1);
        const QString state = model.index(0).data(AccountListModel::SessionStateRole).toString();
        QVERIFY2(state == QLatin1String("session ends in 2 h 0 min")
                     || state == QLatin1String("session ends in 1 h 59 min"),
                 qPrintable(state));
        QCOMPARE(model.index(0).data(AccountListModel::ReportsExpiryRole), QVariant());
    }

private Q_SLOTS:
    void init()
    {
        TD_REQUIRE_HARNESS();
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_dir = std::make_unique<QTemporaryDir>();
        m_keychain = std::make_unique<KeychainSecretStore>(QStringLiteral("tokendesk-signin-e2e"));
        m_accounts
            = std::make_unique<AccountStore>(m_dir->filePath(QStringLiteral("accounts.json")));
        m_sessions
            = std::make_unique<SessionManager>(&m_nam, m_keychain.get(), m_accounts.get(), m_clock);
        m_dialog = std::make_unique<SignInDialog>(m_sessions.get(), m_sandbox->url());
        m_dialog->open();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();
        m_sessions.reset();
        m_sandbox.reset();
    }

    void passwordAndTotpCodeFromTheSandbox()
    {
        QList<QUrl> opened;
        m_dialog->setUrlOpener([&opened](const QUrl &url) { opened.append(url); });
        child<QRadioButton>("passwordChoice")->click();
        child<QLineEdit>("userField")->setText(QStringLiteral("maintainer"));
        child<QLineEdit>("passwordField")->setText(QStringLiteral("sandbox-password"));
        QSignalSpy signedIn(m_dialog.get(), &SignInDialog::signedIn);
        GuiTwoFactorPrompt *prompt = m_dialog->twoFactorPrompt();
        QSignalSpy codeAsked(prompt, &GuiTwoFactorPrompt::codeRequested);
        child<QPushButton>("signInButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(codeAsked.size(), 1, 15000);
        // The user reads the code from their authenticator: here, the sandbox's helper.
        const HttpReply totp = httpCall("GET", control("-/sandbox/totp?username=maintainer"));
        QCOMPARE(totp.status, 200);
        const QString code = totp.json().object().value(QLatin1String("code")).toString();
        QCOMPARE(code.size(), 6);
        QTest::keyClicks(prompt->dialog()->codeField(), code);
        QTest::keyClick(prompt->dialog()->codeField(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 15000);
        checkSignedIn(signedIn);
        QVERIFY(opened.isEmpty());
        QVERIFY(!m_dialog->isVisible());
    }

    void browserFlowApprovedThroughTheControlApi()
    {
        QList<QUrl> opened;
        m_dialog->setUrlOpener([this, &opened](const QUrl &url) {
            opened.append(url);
            // The user signs in on the page: here, the control API approves the pending login.
            QTimer::singleShot(200, this, [this] {
                const HttpReply pending = httpCall("GET", control("-/sandbox/pending"));
                for (const QJsonValue &p : pending.json().array()) {
                    const QJsonObject approve{
                        {QStringLiteral("id"), p.toObject().value(QLatin1String("id"))},
                        {QStringLiteral("username"), QStringLiteral("maintainer")},
                        {QStringLiteral("approve"), true}};
                    httpCall("POST", control("-/sandbox/approve"),
                             QJsonDocument(approve).toJson(QJsonDocument::Compact),
                             {{"content-type", "application/json"}});
                }
            });
        });
        QCOMPARE(m_dialog->mode(), SignInDialog::Mode::Browser);
        QSignalSpy signedIn(m_dialog.get(), &SignInDialog::signedIn);
        QTest::keyClick(m_dialog.get(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 15000);
        QVERIFY(opened.constFirst().path().startsWith(QLatin1String("/login/cli/")));
        QVERIFY(m_dialog->statusText().contains(QLatin1String("Waiting for approval")));
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 30000);
        checkSignedIn(signedIn);
        QCOMPARE(signedIn.constFirst().constFirst().value<Account>().capabilities.webLogin,
                 std::optional<bool>(true));
    }

    void unusableKeychainIsSaidBeforeAnythingIsSent()
    {
        InMemorySecretStore locked;
        locked.setFailure(
            makeError(ErrorCode::KeychainLocked, QStringLiteral("The login keyring is locked.")));
        SessionManager sessions(&m_nam, &locked, m_accounts.get(), m_clock);
        m_dialog = std::make_unique<SignInDialog>(&sessions, m_sandbox->url());
        m_dialog->open();
        m_dialog->setMode(SignInDialog::Mode::Password);
        m_dialog->setUserName(QStringLiteral("maintainer"));
        child<QLineEdit>("passwordField")->setText(QStringLiteral("sandbox-password"));
        const QByteArray logBefore = m_sandbox->log();
        child<QPushButton>("signInButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 15000);
        const QString error = m_dialog->errorText();
        QVERIFY2(error.contains(QLatin1String("keychain"))
                     && error.contains(QLatin1String("locked")),
                 qPrintable(error));
        QVERIFY(m_dialog->isVisible());
        QTest::qWait(200);
        QVERIFY(!m_sandbox->log().mid(logBefore.size()).contains("/-/user/"));
        QCOMPARE(locked.size(), 0);
        QVERIFY(!QFile::exists(m_accounts->path())); // no account, no file, nothing in plain text
        m_dialog.reset();
    }

    void deniedBrowserSignInIsAClearError()
    {
        m_dialog->setUrlOpener([this](const QUrl &) {
            QTimer::singleShot(200, this, [this] {
                const HttpReply pending = httpCall("GET", control("-/sandbox/pending"));
                for (const QJsonValue &p : pending.json().array()) {
                    const QJsonObject deny{
                        {QStringLiteral("id"), p.toObject().value(QLatin1String("id"))},
                        {QStringLiteral("username"), QStringLiteral("maintainer")},
                        {QStringLiteral("approve"), false}};
                    httpCall("POST", control("-/sandbox/approve"),
                             QJsonDocument(deny).toJson(QJsonDocument::Compact),
                             {{"content-type", "application/json"}});
                }
            });
        });
        child<QPushButton>("signInButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 30000);
        QVERIFY(m_dialog->isVisible());
        // A refusal ends the wait with an error in the dialog, never with a session.
        QVERIFY(!m_dialog->errorText().isEmpty());
        qInfo("denied: %s", qPrintable(m_dialog->errorText()));
        QVERIFY(!QFile::exists(m_accounts->path()));
    }
};

QTEST_MAIN(TestSignInSandbox)
#include "tst_signin_sandbox.moc"
