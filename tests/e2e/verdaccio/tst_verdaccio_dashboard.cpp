// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard on a REAL Verdaccio 6.8.0 (issue 17): sign in with the password, create a
// classic token, sync through TokenSync, select the account through DashboardPresenter into the
// real main window. Verdaccio is recognised from its token list (no `expiry`), so the table says
// "expiry set by the registry" instead of a countdown, New token and Revoke stay offered, and
// Trusted publishing and Staged releases are disabled with a tooltip saying why.
#include "Harness.h"
#include "VerdaccioServer.h"
#include "core/account/AccountListModel.h"
#include "core/account/AccountStore.h"
#include "core/account/SessionManager.h"
#include "core/registry/TwoFactorPrompt.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/tokenlist/AccountTokens.h"
#include "core/tokenlist/KeychainProbe.h"
#include "core/tokenlist/TokenCache.h"
#include "core/tokenlist/TokenFilterProxy.h"
#include "core/tokenlist/TokenListModel.h"
#include "core/tokenlist/TokenSync.h"
#include "core/util/Clock.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/presenters/DashboardPresenter.h"
#include "desktop/stage/StagedReleasesTab.h"

#include <QAction>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {
const QByteArray kUser = "carol";
const QByteArray kPassword = "carol-pass-51c9";

// Verdaccio asks for no second factor.
class RefusingPrompt final : public TwoFactorPrompt
{
public:
    void askForCode(const QString &, CodeAnswer answer) override
    {
        answer(makeError(ErrorCode::Cancelled, QStringLiteral("no code expected")));
    }
    void showApprovalPage(const QUrl &, Purpose, std::function<void()> cancel) override
    {
        cancel();
    }
};
} // namespace

class TestVerdaccioDashboard : public QObject
{
    Q_OBJECT

    SystemClock m_clock;
    VerdaccioServer m_verdaccio;

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QVERIFY2(m_verdaccio.install(), qPrintable(m_verdaccio.errorString()));
        QVERIFY2(m_verdaccio.start(), qPrintable(m_verdaccio.errorString()));
        QVERIFY2(m_verdaccio.addUser(kUser, kPassword), qPrintable(m_verdaccio.errorString()));
    }
    void cleanupTestCase() { m_verdaccio.stop(); }

    void dashboardOffersWhatVerdaccioCan()
    {
        QTemporaryDir dir;
        auto nam = std::make_unique<QNetworkAccessManager>();
        KeychainSecretStore keychain(QStringLiteral("tokendesk-verdaccio-dashboard"));
        AccountStore accounts(dir.filePath(QStringLiteral("accounts.json")));
        SessionManager sessions(nam.get(), &keychain, &accounts, m_clock);
        TokenCache cache(dir.filePath(QStringLiteral("cache")));

        SignInRequest request;
        request.registry = m_verdaccio.url();
        request.method = SignInMethod::Auto;
        request.username = QString::fromLatin1(kUser);
        request.password = std::make_shared<const SecretBuffer>(QByteArrayView(kPassword));
        RefusingPrompt prompt;
        std::optional<Result<Account>> signedIn;
        sessions.signIn(request, &prompt, nullptr,
                        [&](Result<Account> r) { signedIn.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(signedIn.has_value(), 30000);
        QVERIFY2(signedIn->ok(),
                 qPrintable(signedIn->ok() ? QString() : signedIn->error().oneLine()));
        const QString id = signedIn->value().id;
        // Before any token list it is only "a registry on 127.0.0.1": npm-compatible.
        QCOMPARE(signedIn->value().registryKind(), RegistryKind::NpmCompatible);

        // One classic token, created the way the app does.
        TokenSync sync(&accounts, &sessions, &cache, m_clock);
        std::optional<bool> created;
        sync.withClient(id, this, [&](Result<RegistryClient *> client) {
            QVERIFY(client.ok());
            TokenCreateRequest create;
            create.classic = true;
            client.value()->createToken(create, SecretBuffer(QByteArrayView(kPassword)), this,
                                        [&](Result<CreatedToken> token) { created = token.ok(); });
        });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 30000);
        QVERIFY(*created);

        QSignalSpy synced(&sync, &TokenSync::synced);
        sync.refresh(id);
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 30000);
        QVERIFY(accounts.load());
        QCOMPARE(accounts.find(id)->registryKind(), RegistryKind::Verdaccio);

        AccountTokens lists;
        lists.set(id, synced.at(0).at(1).value<QList<Token>>(), m_clock.now());
        QVERIFY(!lists.tokens(id).isEmpty());
        KeychainProbe probe(&keychain);
        AccountListModel accountModel(m_clock);
        TokenListModel tokens(m_clock);
        TokenFilterProxy proxy;
        proxy.setSourceTokenModel(&tokens);
        MainWindow window;
        window.setTokenModels(&tokens, &proxy);
        window.setAccountModel(&accountModel);
        DashboardPresenter dashboard(
            {&window, &tokens, &accountModel, &accounts, &lists, &probe, &m_clock});
        dashboard.rebuildAccountList();
        QVERIFY(dashboard.select(id));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(accountModel.index(accountModel.rowOf(id))
                     .data(AccountListModel::RegistryKindRole)
                     .toString(),
                 QStringLiteral("verdaccio"));
        QTableView *table = window.tokenTable();
        QVERIFY(table->model()->rowCount() >= 1);
        QCOMPARE(table->model()->index(0, TokenListModel::ExpiresColumn).data().toString(),
                 QStringLiteral("expiry set by the registry"));
        table->selectRow(0);
        QTRY_VERIFY(!window.details()->currentKey().isEmpty());
        QVERIFY(window.details()->text().contains(QLatin1String("expiry set by the registry")));
        QVERIFY(window.details()
                    ->findChild<QPushButton *>(QStringLiteral("revokeButton"))
                    ->isEnabled());

        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionNewToken"))->isEnabled());
        QAction *trust = window.findChild<QAction *>(QStringLiteral("actionTrustedPublishing"));
        QVERIFY(!trust->isEnabled());
        QVERIFY(trust->toolTip().contains(QLatin1String("Verdaccio")));
        const int staged = window.tabs()->indexOf(window.stagedTab());
        QVERIFY(!window.tabs()->isTabEnabled(staged));
        QVERIFY(window.tabs()->tabToolTip(staged).contains(QLatin1String("staged publishing")));

        // Leave no session in the real keychain.
        bool signedOut = false;
        sessions.signOut(id, nullptr, [&](Result<void>) { signedOut = true; });
        QTRY_VERIFY_WITH_TIMEOUT(signedOut, 30000);
    }
};

QTEST_MAIN(TestVerdaccioDashboard)
#include "tst_verdaccio_dashboard.moc"
