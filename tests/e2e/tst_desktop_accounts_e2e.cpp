// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, accounts: the real Application on Xvfb (xcb) against tokendesk-sandbox and the real
// keychain (gnome-keyring under tests/run-headless.sh).
//  - a network error's notice goes after the next successful sync;
//  - the status line ("Synced … · session ends in …") stays while a menu's status tip shows;
//  - dark theme: banners from the palette, readable (screenshots desktop-light-banners.png and
//    desktop-dark-banners.png);
//  - Account → Sign out ends the session in the keychain and the banner names the account;
//  - Account → Remove account… asks first, then forgets the account (screenshot
//    desktop-remove-account.png).
#include "DesktopAppFixture.h"
#include "Harness.h"
#include "HttpHelper.h"
#include "SandboxProcess.h"
#include "core/account/AccountListModel.h"
#include "core/account/AccountStore.h"
#include "core/account/SessionManager.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/tokenlist/TokenListModel.h"
#include "desktop/Application.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/presenters/AccountActions.h"
#include "desktop/tray/TrayController.h"
#include "desktop/util/ThemeColors.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {
const QByteArray kPassword = QByteArrayLiteral("sandbox-password");

QAction *action(QWidget *window, const char *name)
{
    auto *found = window->findChild<QAction *>(QLatin1String(name));
    if (!found)
        qWarning("no action %s", name);
    return found;
}
} // namespace

class TestDesktopAccountsE2e : public QObject
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

    void signIn()
    {
        CodeAnsweringPrompt prompt([this] { return totpNow(); });
        QString why;
        QVERIFY2(signInLegacyAndSync(*m_app, m_sandbox.url(), kPassword, &prompt, &why),
                 qPrintable(why));
    }

    QString accountId() const
    {
        return m_app->accountStore()->accounts().isEmpty()
            ? QString()
            : m_app->accountStore()->accounts().constFirst().id;
    }

    // The keychain's answer for the account's session: true = there, false = NotFound.
    std::optional<bool> sessionInKeychain(const QString &id)
    {
        std::optional<Result<SecretBuffer>> read;
        m_keychain->read(SecretStore::sessionKey(id), nullptr,
                         [&](Result<SecretBuffer> r) { read.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return read.has_value(); }, 10000))
            return std::nullopt;
        if (read->ok())
            return true;
        if (read->error().code == ErrorCode::NotFound)
            return false;
        return std::nullopt;
    }

    void setFaults(const QByteArray &json)
    {
        QCOMPARE(httpCall("POST",
                          m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/faults"))), json,
                          {{"content-type", "application/json"}})
                     .status,
                 200);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_keychain
            = std::make_unique<KeychainSecretStore>(QStringLiteral("tokendesk-e2e-accounts"));
        m_app = std::make_unique<Application>(
            sandboxAppOptions(m_sandbox.url(), m_data.path(), m_keychain.get()));
        m_app->start();
        m_app->mainWindow()->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(m_app->mainWindow()));
        signIn();
        QCOMPARE(sessionInKeychain(accountId()), std::optional<bool>(true));
    }

    void cleanupTestCase()
    {
        httpCall("DELETE", m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/faults"))));
        m_app.reset();
    }

    void networkErrorNoticeGoesAfterTheNextSuccessfulSync()
    {
        MainWindow *window = m_app->mainWindow();
        setFaults(R"([{"method":"GET","path":"/-/npm/v1/tokens*","reset":true}])");
        m_app->refreshAll();
        QTRY_VERIFY_WITH_TIMEOUT(window->noticeText().startsWith(QStringLiteral("Refresh failed")),
                                 30000);
        QCOMPARE(window->noticeKind(), NoticeKind::Error);
        httpCall("DELETE", m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/faults"))));
        QSignalSpy synced(m_app.get(), &Application::accountSynced);
        m_app->refreshAll();
        QVERIFY(synced.wait(20000));
        QCOMPARE(window->noticeText(), QString());
    }

    void statusLineStaysWhileAMenuShowsItsTip()
    {
        MainWindow *window = m_app->mainWindow();
        const QString status = window->syncStatus();
        QVERIFY2(status.startsWith(QStringLiteral("Synced")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("session ends in")), qPrintable(status));
        auto *statusLabel = window->statusBar()->findChild<QLabel *>(QStringLiteral("syncStatus"));
        QVERIFY(statusLabel);
        // Hover "Sign out" in the open Account menu, with the real pointer on the real X server.
        QAction *signOut = action(window, "actionSignOut");
        QVERIFY(signOut && signOut->isEnabled());
        QMenu *menu = nullptr;
        QAction *accountMenu = nullptr;
        for (QAction *top : window->menuBar()->actions())
            if (top->menu() && top->menu()->actions().contains(signOut))
                accountMenu = top;
        QVERIFY(accountMenu);
        menu = accountMenu->menu();
        // Opened from the menu bar, as the user does: the tips go to the window's status bar.
        QTest::mouseClick(window->menuBar(), Qt::LeftButton, {},
                          window->menuBar()->actionGeometry(accountMenu).center());
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        const QRect item = menu->actionGeometry(signOut);
        QTest::mouseMove(menu, item.center() + QPoint(1, 0));
        QTest::mouseMove(menu, item.center());
        // The pointer's move may reach the menu late on a busy X server; the arrow keys take the
        // same path (the action is hovered, its status tip sent).
        if (menu->activeAction() != signOut)
            menu->setActiveAction(signOut);
        QTRY_COMPARE(window->statusBar()->currentMessage(), signOut->statusTip());
        saveScreenshot(window, QStringLiteral("desktop-status-tip.png"));
        QVERIFY(statusLabel->isVisible());
        // The tip has room left of the status line, where QStatusBar shows it.
        QVERIFY(statusLabel->geometry().left()
                > window->statusBar()->fontMetrics().horizontalAdvance(signOut->statusTip()));
        QCOMPARE(window->syncStatus(), status);
        QCOMPARE(statusLabel->text(), status);
        menu->hide();
        // A status tip event on its own (what any widget's hover sends) does not replace it either.
        QStatusTipEvent tip(QStringLiteral("a hover tip"));
        QApplication::sendEvent(window, &tip);
        QCOMPARE(window->syncStatus(), status);
    }

    void darkThemeBannersAreReadable()
    {
        MainWindow *window = m_app->mainWindow();
        const QPalette before = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        window->setTrayAvailable(false); // the no-tray warning banner shows too
        window->showSignInBanner(QStringLiteral("Your session has ended. Sign in as "
                                                "maintainer@127.0.0.1 to refresh the list and "
                                                "manage tokens."));
        window->showNotice(QStringLiteral("Refresh failed: the registry could not be reached."),
                           NoticeKind::Error);
        QCoreApplication::processEvents();
        saveScreenshot(window, QStringLiteral("desktop-light-banners.png"));
        QApplication::setPalette(dark);
        QCoreApplication::processEvents();
        saveScreenshot(window, QStringLiteral("desktop-dark-banners.png"));
        for (const NoticeKind kind : {NoticeKind::Info, NoticeKind::Warning, NoticeKind::Error}) {
            const BannerColors colours = bannerColors(window->palette(), kind);
            QVERIFY(colours.background.lightnessF() < 0.5); // a dark banner in a dark theme
            QVERIFY(contrastRatio(colours.text, colours.background) >= 4.5);
        }
        // The pixels agree: the notice's background is the dark error tint, not a light patch.
        auto *notice = window->findChild<QLabel *>(QStringLiteral("noticeText"));
        const QImage shot = notice->grab().toImage();
        QCOMPARE(shot.pixelColor(2, 2).rgb(),
                 bannerColors(window->palette(), NoticeKind::Error).background.rgb());
        QApplication::setPalette(before);
        window->setTrayAvailable(m_app->tray()->isAvailable());
        window->hideSignInBanner();
        window->showNotice({});
    }

    void signOutEndsTheSessionAndTheBannerNamesTheAccount()
    {
        MainWindow *window = m_app->mainWindow();
        const QString id = accountId();
        QCOMPARE(window->selectedAccountId(), id);
        QSignalSpy signedOut(m_app->accountActions(), &AccountActions::signedOut);
        action(window, "actionSignOut")->trigger();
        QVERIFY(signedOut.wait(20000));
        QCOMPARE(sessionInKeychain(id), std::optional<bool>(false));
        QVERIFY(window->isSignInBannerVisible());
        const QString banner = window->findChild<QLabel *>(QStringLiteral("signInText"))->text();
        const QString who = QStringLiteral("maintainer@") + m_sandbox.url().host();
        QVERIFY2(banner.contains(who), qPrintable(banner));
        QVERIFY2(window->syncStatus().contains(QStringLiteral("sign in")),
                 qPrintable(window->syncStatus()));
        QCOMPARE(window->noticeKind(), NoticeKind::Success);
        saveScreenshot(window, QStringLiteral("desktop-signed-out.png"));
        // The account and its cached list stay.
        QVERIFY(m_app->accountStore()->find(id));
        QVERIFY(m_app->tokenModel()->rowCount() > 0);
    }

    void removeAccountAsksFirstThenForgetsIt()
    {
        signIn(); // signed in again: Remove also ends the session
        MainWindow *window = m_app->mainWindow();
        const QString id = accountId();
        QCOMPARE(sessionInKeychain(id), std::optional<bool>(true));
        action(window, "actionRemoveAccount")->trigger();
        QTRY_VERIFY(m_app->accountActions()->confirmation());
        QMessageBox *box = m_app->accountActions()->confirmation();
        QVERIFY(QTest::qWaitForWindowExposed(box));
        QVERIFY(box->text().contains(QStringLiteral("maintainer@")));
        saveScreenshot(box, QStringLiteral("desktop-remove-account.png"));
        // Cancel keeps everything.
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!m_app->accountActions()->confirmation());
        QVERIFY(m_app->accountStore()->find(id));

        QSignalSpy removed(m_app->accountActions(), &AccountActions::removed);
        action(window, "actionRemoveAccount")->trigger();
        QTRY_VERIFY(m_app->accountActions()->confirmation());
        auto *confirm = m_app->accountActions()->confirmation()->findChild<QPushButton *>(
            QStringLiteral("confirmRemoveAccount"));
        QVERIFY(confirm);
        confirm->click();
        QVERIFY(removed.wait(20000));
        QCOMPARE(sessionInKeychain(id), std::optional<bool>(false));
        AccountStore onDisk(m_app->accountStore()->path());
        QVERIFY(onDisk.load());
        QVERIFY(!onDisk.find(id));
        QCOMPARE(window->accountList()->model()->rowCount(), 0);
        QCOMPARE(m_app->tokenModel()->rowCount(), 0);
        QVERIFY(window->isSignInBannerVisible());
        QVERIFY(!action(window, "actionSignOut")->isEnabled());
    }
};

TD_XCB_TEST_MAIN(TestDesktopAccountsE2e)
#include "tst_desktop_accounts_e2e.moc"
