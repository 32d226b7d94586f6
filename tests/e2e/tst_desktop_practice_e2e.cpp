// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, first run: with no account the real Application on Xvfb (xcb) offers "Try it with the
// practice registry" beside "Sign in to npm…". Clicking it starts the real tokendesk-sandbox
// with its demo data on a free loopback port, signs the demo user in (real keychain under
// tests/run-headless.sh) and lists the practice account's tokens under the label "Practice
// registry (local, not npm)". Quitting ends the sandbox and forgets the account and its session;
// a practice account left by a crash is forgotten at the next start; a missing sandbox program
// is one error notice. Screenshots: first-run.png, first-run-practice.png.
#include "DesktopAppFixture.h"
#include "Harness.h"
#include "HttpHelper.h"
#include "core/account/AccountListModel.h"
#include "core/account/AccountStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/tokenlist/TokenListModel.h"
#include "desktop/Application.h"
#include "desktop/firstrun/PracticeRegistry.h"
#include "desktop/mainwindow/MainWindow.h"

#include <QApplication>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

class TestDesktopPracticeE2e : public QObject
{
    Q_OBJECT
    std::unique_ptr<KeychainSecretStore> m_keychain;

    Application::Options options(const QString &dataDir, const QString &program) const
    {
        Application::Options o;
        o.dataDir = dataDir;
        o.secrets = m_keychain.get();
        o.openUrl = [](const QUrl &) {};
        o.practiceProgram = program;
        return o;
    }

    static QString sandboxProgram() { return programPath(QStringLiteral("tokendesk-sandbox")); }

    static QPushButton *button(Application &app, const char *name)
    {
        return app.mainWindow()->findChild<QPushButton *>(QLatin1String(name));
    }

    static QList<Account> storedAccounts(const QString &dataDir)
    {
        AccountStore store(QDir(dataDir).filePath(QStringLiteral("accounts.json")));
        if (!store.load())
            return {};
        return store.accounts();
    }

    // The keychain's answer for a session: true = there, false = NotFound, nullopt = no answer.
    std::optional<bool> sessionInKeychain(const QString &accountId)
    {
        std::optional<Result<SecretBuffer>> read;
        m_keychain->read(SecretStore::sessionKey(accountId), nullptr,
                         [&](Result<SecretBuffer> r) { read.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return read.has_value(); }, 10000))
            return std::nullopt;
        if (read->ok())
            return true;
        if (read->error().code == ErrorCode::NotFound)
            return false;
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo(sandboxProgram()).isExecutable(), qPrintable(sandboxProgram()));
        m_keychain
            = std::make_unique<KeychainSecretStore>(QStringLiteral("tokendesk-e2e-practice"));
    }

    void clickingThePracticeOfferListsItsTokensAndQuittingEndsIt()
    {
        QTemporaryDir data;
        auto app = std::make_unique<Application>(options(data.path(), sandboxProgram()));
        app->start();
        MainWindow *window = app->mainWindow();
        window->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // First run: both ways in, side by side.
        QVERIFY(window->isSignInBannerVisible());
        QPushButton *practice = button(*app, "practiceRegistryButton");
        QPushButton *signIn = button(*app, "signInButton");
        QVERIFY(practice && signIn);
        QVERIFY(practice->isVisible() && practice->isEnabled());
        QCOMPARE(practice->text().remove(QLatin1Char('&')),
                 QStringLiteral("Try it with the practice registry"));
        QCOMPARE(signIn->text().remove(QLatin1Char('&')), QStringLiteral("Sign in to npm…"));
        saveScreenshot(window, QStringLiteral("first-run.png"));

        QSignalSpy synced(app.get(), &Application::accountSynced);
        QTest::mouseClick(practice, Qt::LeftButton);
        QVERIFY(!practice->isEnabled()); // "Starting the practice registry…"
        QVERIFY2(synced.wait(60000), qPrintable(window->noticeText()));

        PracticeRegistry *registry = app->practiceRegistry();
        QCOMPARE(registry->state(), PracticeRegistry::State::Running);
        const QUrl url = registry->url();
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        QCOMPARE(httpCall("GET", url.resolved(QUrl(QStringLiteral("/-/ping")))).status, 200);

        // The demo user's tokens, listed under the practice label.
        QStringList names;
        for (int row = 0; row < app->tokenModel()->rowCount(); ++row)
            names << app->tokenModel()->tokenAt(row).name;
        for (const char *demo : {"laptop-publish", "release-bot", "ci-install", "stage-bot"})
            QVERIFY2(names.contains(QLatin1String(demo)), qPrintable(names.join(QLatin1Char(','))));
        auto *accounts = window->findChild<QListView *>(QStringLiteral("accountList"));
        QVERIFY(accounts && accounts->model()->rowCount() == 1);
        const QString row = accounts->model()->index(0, 0).data().toString();
        QVERIFY2(row.startsWith(QStringLiteral("Practice registry (local, not npm)\nmaintainer · "
                                               "session ends in ")),
                 qPrintable(row));
        QVERIFY(!window->isSignInBannerVisible());
        QVERIFY2(window->noticeText().contains(QStringLiteral("Nothing you do there reaches npm")),
                 qPrintable(window->noticeText()));

        const QList<Account> stored = storedAccounts(data.path());
        QCOMPARE(stored.size(), 1);
        QVERIFY(stored.first().practice);
        QCOMPARE(stored.first().registry, url);
        const QString accountId = stored.first().id;
        QCOMPARE(sessionInKeychain(accountId), std::optional<bool>(true));
        window->activateWindow();
        QTest::qWait(200); // the countdowns and the table settle before the picture
        saveScreenshot(window, QStringLiteral("first-run-practice.png"));

        // Quitting: the sandbox ends, and nothing of the practice account stays behind.
        app.reset();
        QCOMPARE(httpCall("GET", url.resolved(QUrl(QStringLiteral("/-/ping")))).status, 0);
        QCOMPARE(storedAccounts(data.path()).size(), 0);
        QCOMPARE(sessionInKeychain(accountId), std::optional<bool>(false));
    }

    void practiceAccountLeftByACrashIsForgottenAtStart()
    {
        QTemporaryDir data;
        {
            AccountStore store(QDir(data.path()).filePath(QStringLiteral("accounts.json")));
            Account leftover;
            leftover.registry = QUrl(QStringLiteral("http://127.0.0.1:9/"));
            leftover.user = QStringLiteral("maintainer");
            leftover.id = Account::makeId(leftover.registry, leftover.user);
            leftover.practice = true;
            Account real;
            real.registry = QUrl(QStringLiteral("https://registry.npmjs.org/"));
            real.user = QStringLiteral("alice");
            real.id = Account::makeId(real.registry, real.user);
            store.upsert(leftover);
            store.upsert(real);
            QVERIFY(store.save());
        }
        Application app(options(data.path(), sandboxProgram()));
        app.start();
        const QList<Account> stored = storedAccounts(data.path());
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().user, QStringLiteral("alice"));
        QCOMPARE(app.accountStore()->accounts().size(), 1);
    }

    void missingSandboxIsOneErrorNotice()
    {
        QTemporaryDir data;
        Application app(options(data.path(), data.filePath(QStringLiteral("tokendesk-sandbox"))));
        app.start();
        QVERIFY(QTest::qWaitForWindowExposed(app.mainWindow()));
        QPushButton *practice = button(app, "practiceRegistryButton");
        QVERIFY(practice && practice->isVisible());
        QTest::mouseClick(practice, Qt::LeftButton);
        QCOMPARE(app.mainWindow()->noticeKind(), NoticeKind::Error);
        QCOMPARE(app.mainWindow()->noticeText(),
                 QStringLiteral("The practice registry (tokendesk-sandbox) was not found next to "
                                "TokenDesk or on PATH. Install it with TokenDesk, or sign in to "
                                "npm."));
        QVERIFY(practice->isEnabled());
        QVERIFY(app.mainWindow()->isSignInBannerVisible());
        QCOMPARE(app.practiceRegistry()->state(), PracticeRegistry::State::Stopped);
    }
};

TD_XCB_TEST_MAIN(TestDesktopPracticeE2e)
#include "tst_desktop_practice_e2e.moc"
