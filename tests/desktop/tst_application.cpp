// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root offscreen: the window opens with the cached list, counts down without a
// session, asks for a sign-in instead of showing a 401, copies from the keychain, says plainly
// that rotation is not there yet, and applies settings.
#include "DemoTokens.h"
#include "FakeClock.h"
#include "core/account/AccountStore.h"
#include "core/expiry/NotificationScheduler.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/tokenlist/TokenCache.h"
#include "core/tokenlist/TokenFilterProxy.h"
#include "core/tokenlist/TokenListModel.h"
#include "core/watch/WatchService.h"
#include "desktop/Application.h"
#include "desktop/details/TokenDetailsPane.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/publishing/PublishingTab.h"
#include "desktop/settings/SettingsDialog.h"
#include "desktop/settings/WatchSettingsPage.h"
#include "desktop/signin/SignInDialog.h"
#include "desktop/tray/TrayController.h"
#include "desktop/trust/DiagnosePage.h"
#include "desktop/trust/TrustWizard.h"
#include "desktop/util/AboutBox.h"
#include "desktop/util/SecretClipboard.h"
#include "desktop/wizards/createtoken/NewTokenWizard.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;
using namespace std::chrono_literals;

namespace {
const QString kAccount = QStringLiteral("maintainer@registry.npmjs.org");

template<class T>
Result<T> await(std::function<void(std::function<void(Result<T>)>)> start)
{
    std::optional<Result<T>> result;
    start([&result](Result<T> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return makeError(ErrorCode::Timeout, QStringLiteral("timeout"));
    return std::move(*result);
}
} // namespace

class TestApplication : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    QList<Token> m_tokens;

    void seed(bool withSession)
    {
        AccountStore store(m_dir.filePath(QStringLiteral("accounts.json")));
        Account account;
        account.id = kAccount;
        account.user = QStringLiteral("maintainer");
        account.lastSignIn = m_clock.now().addSecs(-4 * 3600);
        if (withSession)
            account.sessionExpires = m_clock.now().addSecs(112 * 60);
        store.upsert(account);
        QVERIFY(store.save());
        TokenCache cache(m_dir.filePath(QStringLiteral("token-cache")));
        m_tokens = demoTokens(m_clock.now(), 12);
        QVERIFY(cache.store(kAccount, m_tokens, m_clock.now().addSecs(-3 * 3600)));
    }

    Application::Options options(SecretStore *secrets)
    {
        Application::Options o;
        o.dataDir = m_dir.path();
        o.clock = &m_clock;
        o.secrets = secrets;
        o.openUrl = [this](const QUrl &url) { m_opened << url; };
        return o;
    }

    QList<QUrl> m_opened;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_opened.clear();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void opensWithTheCachedListAndCountsDownWithoutSession()
    {
        seed(false);
        InMemorySecretStore secrets;
        Application app(options(&secrets));
        app.start();
        MainWindow *window = app.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(app.tokenModel()->rowCount(), m_tokens.size());
        QVERIFY(window->tokenTable()->model()->rowCount() > 0);
        QCOMPARE(app.currentAccountId(), kAccount);
        QCOMPARE(window->syncStatus(), QStringLiteral("Synced 3 h ago · sign in to refresh"));
        const int row = app.tokenModel()->rowOfKey(QStringLiteral("key-ci-publish"));
        const QModelIndex expires = app.tokenModel()->index(row, TokenListModel::ExpiresColumn);
        QCOMPARE(expires.data().toString(), QStringLiteral("in 3 d"));
        m_clock.advance(std::chrono::hours(24));
        app.clockChanged();
        QCOMPARE(expires.data().toString(), QStringLiteral("in 2 d"));
        QCOMPARE(window->syncStatus(), QStringLiteral("Synced 1 d ago · sign in to refresh"));
        // The scheduler watches the cached tokens too, from the first paint on.
        QTRY_VERIFY(app.scheduler()->nextWakeUp().isValid());
    }

    void withoutAccountsTheWindowInvitesToSignIn()
    {
        InMemorySecretStore secrets;
        Application app(options(&secrets));
        app.start();
        QVERIFY(app.mainWindow()->isSignInBannerVisible());
        QCOMPARE(app.tokenModel()->rowCount(), 0);
        QCOMPARE(app.mainWindow()->syncStatus(),
                 QStringLiteral("Not synced yet · add an account to see its tokens"));
    }

    void signInButtonOpensTheSignInDialog()
    {
        seed(false);
        InMemorySecretStore secrets;
        Application app(options(&secrets));
        app.start();
        app.refreshAll(); // no session: the banner with its button
        QVERIFY(app.mainWindow()->isSignInBannerVisible());
        app.mainWindow()->findChild<QPushButton *>(QStringLiteral("signInButton"))->click();
        QTRY_VERIFY(app.signInDialog());
        QVERIFY(app.signInDialog()->isVisible());
        app.signInDialog()->close();
    }

    void refreshWithoutSessionAsksForSignInNotA401()
    {
        seed(false);
        InMemorySecretStore secrets;
        Application app(options(&secrets));
        app.start();
        QVERIFY(!app.mainWindow()->isSignInBannerVisible());
        app.refreshAll();
        QVERIFY(app.mainWindow()->isSignInBannerVisible());
        const QString banner
            = app.mainWindow()->findChild<QLabel *>(QStringLiteral("signInText"))->text();
        QVERIFY2(banner.contains(QStringLiteral("Sign in as maintainer@")), qPrintable(banner));
        QVERIFY(!banner.contains(QStringLiteral("401")));
        QCOMPARE(app.tokenModel()->rowCount(), m_tokens.size()); // the cache stays
    }

    void endedSessionLooksLikeNoSession()
    {
        seed(true);
        InMemorySecretStore secrets; // the account says "session" but the keychain has none
        Application app(options(&secrets));
        app.start();
        QTRY_VERIFY(app.mainWindow()->isSignInBannerVisible());
        QCOMPARE(app.tokenModel()->rowCount(), m_tokens.size());
    }

    void copyTakesTheSecretFromTheKeychain()
    {
        seed(false);
        InMemorySecretStore secrets;
        const QByteArray secret("npm_CopiedSecret000000000000000000000000");
        QVERIFY(await<void>([&](auto done) {
                    secrets.write(SecretStore::tokenKey(kAccount, QStringLiteral("key-ci-publish")),
                                  SecretBuffer(QByteArrayView(secret)), nullptr, done);
                }).ok());
        Application app(options(&secrets));
        app.start();
        // The keychain probe marks it, so the details pane offers Copy.
        const int row = app.tokenModel()->rowOfKey(QStringLiteral("key-ci-publish"));
        QTRY_VERIFY(app.tokenModel()
                        ->index(row, TokenListModel::InKeychainColumn)
                        .data(TokenListModel::RawValueRole)
                        .toBool());
        app.showToken(QStringLiteral("key-ci-publish"));
        QCOMPARE(app.mainWindow()->details()->currentKey(), QStringLiteral("key-ci-publish"));
        app.copyToken(QStringLiteral("key-ci-publish"));
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), QString::fromLatin1(secret));
        QVERIFY(app.mainWindow()->noticeText().contains(QStringLiteral("cleared in 30 s")));
        QCOMPARE(app.mainWindow()->noticeKind(), NoticeKind::Success);
        // Issue 16: the status bar counts down, and the notice goes with the secret.
        QCOMPARE(app.mainWindow()->clipboardCountdownText(),
                 QStringLiteral("Clipboard cleared in 30 s"));
        QSignalSpy cleared(app.clipboard(), &SecretClipboard::cleared);
        app.clipboard()->setTimeout(std::chrono::milliseconds(200));
        app.copyToken(QStringLiteral("key-ci-publish"));
        QVERIFY(cleared.wait(5000));
        QCOMPARE(QGuiApplication::clipboard()->text(), QString());
        QCOMPARE(app.mainWindow()->noticeText(), QString());
        QCOMPARE(app.mainWindow()->clipboardCountdownText(), QString());
    }

    // Issue 16: Help → About (version, licence, the docs) and Help → Documentation.
    void helpMenuShowsAboutAndOpensTheDocumentation()
    {
        InMemorySecretStore secrets;
        Application app(options(&secrets));
        app.start();
        MainWindow *window = app.mainWindow();
        window->findChild<QAction *>(QStringLiteral("actionDocumentation"))->trigger();
        QCOMPARE(m_opened, QList<QUrl>{documentationUrl()});
        window->findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
        auto *about = window->findChild<QMessageBox *>(QStringLiteral("aboutBox"));
        QVERIFY(about);
        QTRY_VERIFY(about->isVisible());
        QVERIFY(about->text().contains(QCoreApplication::applicationVersion()));
        QVERIFY(about->text().contains(QStringLiteral("GNU General Public License")));
        QVERIFY(about->text().contains(documentationUrl().toString()));
        about->close();
    }

    // Issue 16: the session-ended banner is about the selected account.
    void sessionBannerNamesTheSelectedAccount()
    {
        seed(false);
        const QString other = QStringLiteral("release-bot@registry.npmjs.org");
        {
            AccountStore store(m_dir.filePath(QStringLiteral("accounts.json")));
            QVERIFY(store.load());
            Account second = *store.find(kAccount);
            second.id = other;
            second.user = QStringLiteral("release-bot");
            second.lastSignIn = m_clock.now().addSecs(-8 * 3600); // maintainer stays preferred
            store.upsert(second);
            QVERIFY(store.save());
        }
        InMemorySecretStore secrets;
        Application app(options(&secrets));
        app.start();
        MainWindow *window = app.mainWindow();
        auto *banner = window->findChild<QLabel *>(QStringLiteral("signInText"));
        QCOMPARE(app.currentAccountId(), kAccount);
        app.refreshAll();
        QVERIFY(window->isSignInBannerVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("Sign in as maintainer@")),
                 qPrintable(banner->text()));
        // The user selects the other account: the banner names that one.
        QListView *accounts = window->accountList();
        for (int row = 0; row < accounts->model()->rowCount(); ++row)
            if (accounts->model()->index(row, 0).data(Qt::UserRole).toString() == other)
                accounts->setCurrentIndex(accounts->model()->index(row, 0));
        QCOMPARE(app.currentAccountId(), other);
        QVERIFY(window->isSignInBannerVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("Sign in as release-bot@")),
                 qPrintable(banner->text()));
        QVERIFY(!banner->text().contains(QStringLiteral("maintainer")));
    }

    void rotateNeedsASessionOrCallsTheHook()
    {
        seed(false);
        InMemorySecretStore secrets;
        Application app(options(&secrets));
        app.start();
        // Without a session, rotation (a migration plan) asks for a sign-in first.
        app.rotateToken(QStringLiteral("key-ci-publish"));
        QTRY_VERIFY(app.mainWindow()->isSignInBannerVisible());
        QString rotated;
        app.setRotationHandler([&](const Token &t, QWidget *) { rotated = t.name; });
        app.rotateToken(QStringLiteral("key-ci-publish"));
        QCOMPARE(rotated, QStringLiteral("ci-publish"));
        // A notice's "Rotate now" button: the window shows the token and rotation starts.
        rotated.clear();
        Q_EMIT app.tray()->rotateRequested(QStringLiteral("key-install-private"));
        QCOMPARE(rotated, QStringLiteral("install-private"));
        QCOMPARE(app.mainWindow()->details()->currentKey(), QStringLiteral("key-install-private"));
    }

    void settingsChangeThresholdsAndClipboard()
    {
        seed(false);
        InMemorySecretStore secrets;
        Application app(options(&secrets));
        app.start();
        app.openSettings();
        SettingsDialog *dialog = app.settingsDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->thresholdsEdit()->setText(QStringLiteral("nonsense"));
        dialog->accept();
        QVERIFY(dialog->isVisible()); // refused with a message
        dialog->thresholdsEdit()->setText(QStringLiteral("2d, 2h"));
        dialog->clipboardSeconds()->setValue(45);
        dialog->accept();
        QCOMPARE(app.settings().thresholds.notifyBefore, (QList<std::chrono::seconds>{48h, 2h}));
        QCOMPARE(app.settings().clipboardTimeout, 45s);
        QSettings saved;
        QCOMPARE(AppSettings::load(saved).clipboardTimeout, 45s);
        saved.clear();
    }

    // Issue 22: the watch interval from Settings is saved (at least 5 minutes) and reaches the
    // running watch; the page shows the watch's budget.
    void settingsWatchIntervalReachesTheRunningWatch()
    {
        seed(false);
        InMemorySecretStore secrets;
        Application app(options(&secrets));
        app.start();
        QCOMPARE(app.watchService()->poller().interval(), std::chrono::seconds(10min));
        app.openSettings();
        SettingsDialog *dialog = app.settingsDialog();
        QVERIFY(dialog);
        WatchSettingsPage *page = dialog->watchPage();
        QVERIFY(page->budget()->text().contains(QStringLiteral("watched")));
        page->intervalBox()->setValue(2);
        QVERIFY(page->intervalNote()->isVisibleTo(page));
        dialog->accept();
        QCOMPARE(app.settings().watchInterval, 5min);
        QCOMPARE(app.watchService()->poller().interval(), std::chrono::seconds(5min));
        QSettings saved;
        QCOMPARE(AppSettings::load(saved).watchInterval, 5min);
        saved.clear();
    }

    void trustedPublishingOpensWithoutSessionAndDiagnoseIsATab()
    {
        seed(false);
        InMemorySecretStore secrets;
        Application app(options(&secrets));
        app.start();
        app.mainWindow()
            ->findChild<QAction *>(QStringLiteral("actionTrustedPublishing"))
            ->trigger();
        QTRY_VERIFY(app.trustWizard());
        QVERIFY(app.trustWizard()->isVisible());
        QVERIFY(!app.trustWizard()->services().client); // local steps only until signed in
        QVERIFY(app.trustWizard()->services().prompt);
        app.trustWizard()->reject();
        QTRY_VERIFY(!app.trustWizard());
        QCOMPARE(app.mainWindow()->tabs()->indexOf(app.mainWindow()->diagnosePage()), 2);
    }

    // Issue 14: the Publishing tab's "Way out" for a direct-token package opens the trust wizard.
    void publishingWayOutOpensTheTrustWizard()
    {
        seed(false);
        InMemorySecretStore secrets;
        Application app(options(&secrets));
        app.start();
        PackagePublishPath path;
        path.account = kAccount;
        path.package = QStringLiteral("left-pad");
        path.verdict = PublishVerdict::AtRisk;
        path.wayOut = WayOut::TrustedPublishing;
        path.reason = QStringLiteral("'laptop-publish' publishes directly.");
        app.mainWindow()->setPublishPaths({path});
        app.mainWindow()->showPublishing(kAccount, path.package);
        PublishingTab *tab = app.mainWindow()->publishingTab();
        QVERIFY(tab->wayOutButton()->isEnabled());
        QVERIFY(!app.trustWizard());
        tab->wayOutButton()->click();
        QTRY_VERIFY(app.trustWizard());
        QVERIFY(app.trustWizard()->isVisible());
        app.trustWizard()->reject();
        QTRY_VERIFY(!app.trustWizard());
    }

    void sessionNoticeWhileTheNewTokenWizardIsOpen()
    {
        seed(false);
        {
            AccountStore store(m_dir.filePath(QStringLiteral("accounts.json")));
            QVERIFY(store.load());
            Account account = *store.find(kAccount);
            // A closed loopback port: the wizard's package fetch fails at once, offline.
            account.registry = QUrl(QStringLiteral("http://127.0.0.1:9/"));
            account.sessionExpires = m_clock.now().addSecs(6 * 60);
            store.upsert(account);
            QVERIFY(store.save());
        }
        InMemorySecretStore secrets;
        QVERIFY(await<void>([&](auto done) {
                    secrets.write(SecretStore::sessionKey(kAccount),
                                  SecretBuffer(QByteArrayView("session-secret")), nullptr, done);
                }).ok());
        Application app(options(&secrets));
        app.start();
        app.openNewTokenWizard();
        QTRY_VERIFY(app.newTokenWizard());
        QVERIFY(app.newTokenWizard()->isVisible());
        // Six minutes left, ten minutes of warning: the notice comes at once.
        QTRY_VERIFY(app.mainWindow()->noticeText().contains(
            QStringLiteral("Your npm session for %1 ends in 6 minutes").arg(kAccount)));
        app.newTokenWizard()->done(QDialog::Rejected);
    }

    void newTokenWithoutSessionAsksForSignIn()
    {
        seed(false);
        InMemorySecretStore secrets;
        Application app(options(&secrets));
        app.start();
        app.openNewTokenWizard();
        QTRY_VERIFY(app.mainWindow()->isSignInBannerVisible());
        QVERIFY(!app.newTokenWizard());
    }
};

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
