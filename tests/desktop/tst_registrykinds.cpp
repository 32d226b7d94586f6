// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard per registry kind (issue 17): an account on npmjs, Verdaccio, GitHub Packages,
// AWS CodeArtifact, Azure Artifacts and an unknown registry, selected through the real
// DashboardPresenter into the real main window — the accounts column says the expiry the kind's
// way, the token table says Verdaccio's "expiry set by the registry", and only the actions the
// kind can do are enabled; each disabled one says why in its tooltip.
#include "FakeClock.h"
#include "core/account/AccountListModel.h"
#include "core/account/AccountStore.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/tokenlist/AccountTokens.h"
#include "core/tokenlist/KeychainProbe.h"
#include "core/tokenlist/TokenFilterProxy.h"
#include "core/tokenlist/TokenListModel.h"
#include "desktop/details/TokenDetailsPane.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/presenters/DashboardPresenter.h"
#include "desktop/stage/StagedReleasesTab.h"

#include <QAction>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

Token listedToken(const QString &accountId, bool withExpiry)
{
    Token token;
    token.accountId = accountId;
    token.key = QStringLiteral("key-") + accountId;
    token.name = QStringLiteral("ci-publish");
    token.redacted = QStringLiteral("npm_abcd...wxyz");
    token.kind = withExpiry ? TokenKind::GranularReadWrite : TokenKind::ClassicPublish;
    token.packagesPermission = Permission::ReadWrite;
    token.created = kNow.addDays(-10);
    if (withExpiry)
        token.expires = kNow.addDays(20);
    return token;
}

} // namespace

class TstRegistryKinds : public QObject
{
    Q_OBJECT

    test::FakeClock m_clock{kNow};
    QTemporaryDir m_dir;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<InMemorySecretStore> m_secrets;
    std::unique_ptr<KeychainProbe> m_keychain;
    AccountTokens m_lists;
    std::unique_ptr<AccountListModel> m_accountModel;
    std::unique_ptr<TokenListModel> m_tokens;
    std::unique_ptr<TokenFilterProxy> m_proxy;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DashboardPresenter> m_dashboard;

    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QLatin1String(name));
    }
    QPushButton *button(const char *name) const
    {
        return m_window->details()->findChild<QPushButton *>(QLatin1String(name));
    }

    // One account of every kind, as TokenDesk stores them after signing in and syncing.
    void addAccounts()
    {
        auto add = [this](const QString &url, auto adjust, QList<Token> tokens) {
            Account account;
            account.registry = QUrl(url);
            account.user = QStringLiteral("jane");
            account.id = Account::makeId(account.registry, account.user);
            account.sessionExpires = kNow.addSecs(90 * 60);
            adjust(account);
            for (Token &token : tokens)
                token.accountId = account.id;
            m_accounts->upsert(account);
            m_lists.set(account.id, tokens, kNow);
        };
        add(QStringLiteral("https://registry.npmjs.org/"), [](Account &) {},
            {listedToken(QStringLiteral("npmjs"), true)});
        add(QStringLiteral("http://127.0.0.1:4873/"),
            [](Account &a) {
                a.capabilities.reportsExpiry = false;
                a.capabilities.server = QStringLiteral("verdaccio/6.8.0");
            },
            {listedToken(QStringLiteral("verdaccio"), false)});
        add(QStringLiteral("https://npm.pkg.github.com/"),
            [](Account &a) {
                a.credentialExpiry
                    = {kNow.addDays(6).addSecs(3 * 3600), CredentialExpiryBasis::ResponseHeader};
            },
            {});
        add(QStringLiteral("https://acme-111122223333.d.codeartifact.eu-west-1.amazonaws.com/"
                           "npm/shared/"),
            [](Account &a) {
                a.credentialExpiry = codeArtifactExpiry({}, kNow.addSecs(-(2 * 3600 + 15 * 60)));
            },
            {});
        add(QStringLiteral("https://pkgs.dev.azure.com/acme/_packaging/feed/npm/registry/"),
            [](Account &) {}, {});
        add(QStringLiteral("https://npm.corp.example/"),
            [](Account &a) {
                a.capabilities.tokenApi = false;
                a.credentialExpiry = {kNow.addDays(30), CredentialExpiryBasis::UserEntered};
            },
            {});
    }

    QString accountIdOn(const QString &host) const
    {
        for (const Account &account : m_accounts->accounts())
            if (account.registry.host() == host)
                return account.id;
        return {};
    }

    QString accountsColumnText(const QString &accountId) const
    {
        const int row = m_accountModel->rowOf(accountId);
        return m_accountModel->index(row).data(AccountListModel::SessionStateRole).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_accounts
            = std::make_unique<AccountStore>(m_dir.filePath(QStringLiteral("accounts.json")));
        m_secrets = std::make_unique<InMemorySecretStore>();
        m_keychain = std::make_unique<KeychainProbe>(m_secrets.get());
        m_accountModel = std::make_unique<AccountListModel>(m_clock);
        m_tokens = std::make_unique<TokenListModel>(m_clock);
        m_proxy = std::make_unique<TokenFilterProxy>();
        m_proxy->setSourceTokenModel(m_tokens.get());
        m_window = std::make_unique<MainWindow>();
        m_window->setTokenModels(m_tokens.get(), m_proxy.get());
        m_window->setAccountModel(m_accountModel.get());
        addAccounts();
        m_dashboard = std::make_unique<DashboardPresenter>(
            DashboardPresenter::Parts{m_window.get(), m_tokens.get(), m_accountModel.get(),
                                      m_accounts.get(), &m_lists, m_keychain.get(), &m_clock});
        m_dashboard->rebuildAccountList();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_dashboard.reset();
        m_window.reset();
    }

    void eachKindOffersWhatItCan_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("accountText");
        QTest::addColumn<QString>("tokenExpiry"); // the expiry cell; empty: no token listed
        QTest::addColumn<bool>("create");
        QTest::addColumn<bool>("revoke");
        QTest::addColumn<bool>("stage");
        QTest::addColumn<bool>("trust");

        QTest::newRow("npmjs") << "registry.npmjs.org"
                               << "npmjs"
                               << "session ends in 1 h 30 min"
                               << "in 20 d" << true << true << true << true;
        QTest::newRow("verdaccio")
            << "127.0.0.1"
            << "verdaccio"
            << "session ends in 1 h 30 min"
            << "expiry set by the registry" << true << true << false << false;
        QTest::newRow("github packages") << "npm.pkg.github.com"
                                         << "github-packages"
                                         << "token in 6 d 3 h (as GitHub reports)"
                                         << "" << false << false << false << false;
        QTest::newRow("codeartifact")
            << "acme-111122223333.d.codeartifact.eu-west-1.amazonaws.com"
            << "codeartifact"
            << "token in 9 h 45 min (12 hours from when the .npmrc was written)"
            << "" << false << false << false << false;
        QTest::newRow("azure artifacts") << "pkgs.dev.azure.com"
                                         << "azure-artifacts"
                                         << "token expiry not entered"
                                         << "" << false << false << false << false;
        QTest::newRow("unknown registry") << "npm.corp.example"
                                          << "unknown"
                                          << "token in 30 d (date you entered)"
                                          << "" << false << false << false << false;
    }
    void eachKindOffersWhatItCan()
    {
        QFETCH(QString, host);
        QFETCH(QString, tokenExpiry);
        QFETCH(bool, create);
        QFETCH(bool, revoke);
        QFETCH(bool, stage);
        QFETCH(bool, trust);

        const QString id = accountIdOn(host);
        QVERIFY(!id.isEmpty());
        // Start from another kind, so each row proves the switch, not a fresh window.
        m_dashboard->select(accountIdOn(create ? QStringLiteral("npm.pkg.github.com")
                                               : QStringLiteral("registry.npmjs.org")));
        QVERIFY(m_dashboard->select(id));

        const int row = m_accountModel->rowOf(id);
        QTEST(m_accountModel->index(row).data(AccountListModel::RegistryKindRole).toString(),
              "kind");
        QTEST(accountsColumnText(id), "accountText");
        QVERIFY(m_accountModel->index(row)
                    .data(Qt::DisplayRole)
                    .toString()
                    .contains(accountsColumnText(id)));

        QTableView *table = m_window->tokenTable();
        QCOMPARE(table->model()->rowCount(), tokenExpiry.isEmpty() ? 0 : 1);
        if (!tokenExpiry.isEmpty()) {
            QCOMPARE(table->model()->index(0, TokenListModel::ExpiresColumn).data().toString(),
                     tokenExpiry);
            table->selectRow(0);
            QTRY_COMPARE(m_window->details()->currentKey(),
                         table->model()->index(0, 0).data(TokenListModel::TokenKeyRole).toString());
            QVERIFY(m_window->details()->text().contains(
                tokenExpiry.startsWith(QLatin1String("in ")) ? QStringLiteral("Expires")
                                                             : tokenExpiry));
            QCOMPARE(button("revokeButton")->isEnabled(), revoke);
            QCOMPARE(button("rotateButton")->isEnabled(), revoke && create);
        }

        QAction *newToken = action("actionNewToken");
        QCOMPARE(newToken->isEnabled(), create);
        QAction *trustAction = action("actionTrustedPublishing");
        QCOMPARE(trustAction->isEnabled(), trust);
        const int stagedTab = m_window->tabs()->indexOf(m_window->stagedTab());
        QCOMPARE(m_window->tabs()->isTabEnabled(stagedTab), stage);

        // Whatever is not offered says why (and names no generic "disabled").
        if (!create)
            QVERIFY(newToken->toolTip().size() > 20);
        if (!trust)
            QVERIFY(trustAction->toolTip().contains(QLatin1String("trusted publishing")));
        if (!stage)
            QVERIFY(m_window->tabs()->tabToolTip(stagedTab).contains(
                QLatin1String("staged publishing")));
        else
            QVERIFY(m_window->tabs()->tabToolTip(stagedTab).isEmpty());
    }

    // The countdown in the accounts column moves with the clock (CodeArtifact's 12 hours).
    void codeArtifactCountsDown()
    {
        const QString id = accountIdOn(
            QStringLiteral("acme-111122223333.d.codeartifact.eu-west-1.amazonaws.com"));
        m_clock.advance(std::chrono::hours(9));
        m_dashboard->rebuildAccountList();
        QCOMPARE(accountsColumnText(id),
                 QStringLiteral("token in 45 min (12 hours from when the .npmrc was written)"));
        m_clock.advance(std::chrono::hours(1));
        m_dashboard->rebuildAccountList();
        QVERIFY(accountsColumnText(id).startsWith(QLatin1String("token expired")));
        m_clock.set(kNow);
        m_dashboard->rebuildAccountList();
    }
};

QTEST_MAIN(TstRegistryKinds)
#include "tst_registrykinds.moc"
