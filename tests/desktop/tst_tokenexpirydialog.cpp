// SPDX-License-Identifier: GPL-3.0-or-later
// Set token expiry… (issue 17): on an unknown registry's account the action is offered, opens
// the dialog (open(), not exec()), a preset picked with the keyboard and Save store the date with
// the basis "user entered" in the real accounts file, and the accounts column counts down from
// it. On npmjs, whose tokens carry their expiry, the action is not there.
#include "FakeClock.h"
#include "core/account/AccountListModel.h"
#include "core/account/AccountStore.h"
#include "core/account/TokenExpiryEntry.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/tokenlist/AccountTokens.h"
#include "core/tokenlist/KeychainProbe.h"
#include "core/tokenlist/TokenFilterProxy.h"
#include "core/tokenlist/TokenListModel.h"
#include "desktop/details/TokenExpiryDialog.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/presenters/AccountActions.h"
#include "desktop/presenters/DashboardPresenter.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QListView>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {
const QDateTime kNow(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
} // namespace

class TstTokenExpiryDialog : public QObject
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
    std::unique_ptr<AccountActions> m_actions;
    QString m_npmjs;
    QString m_unknown;

    QString add(const QString &url, bool tokenApi)
    {
        Account account;
        account.registry = QUrl(url);
        account.user = QStringLiteral("jane");
        account.id = Account::makeId(account.registry, account.user);
        account.sessionExpires = kNow.addSecs(90 * 60);
        account.capabilities.tokenApi = tokenApi;
        m_accounts->upsert(account);
        m_lists.set(account.id, {}, kNow);
        return account.id;
    }

    QAction *setExpiryAction() const
    {
        return m_window->findChild<QAction *>(QStringLiteral("actionSetTokenExpiry"));
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
        m_npmjs = add(QStringLiteral("https://registry.npmjs.org/"), true);
        m_unknown = add(QStringLiteral("https://npm.corp.example/"), false);
        QVERIFY(m_accounts->save());
        m_dashboard = std::make_unique<DashboardPresenter>(
            DashboardPresenter::Parts{m_window.get(), m_tokens.get(), m_accountModel.get(),
                                      m_accounts.get(), &m_lists, m_keychain.get(), &m_clock});
        m_actions = std::make_unique<AccountActions>(
            AccountActions::Services{nullptr, m_accounts.get(), nullptr, m_window.get()});
        // As Application wires them.
        connect(m_window.get(), &MainWindow::setTokenExpiryRequested, m_actions.get(),
                [this](const QString &id) {
                    m_actions->openTokenExpiryDialog(id, m_clock.now().toLocalTime().date());
                });
        connect(m_actions.get(), &AccountActions::tokenExpiryEntered, m_window.get(), [this] {
            m_dashboard->rebuildAccountList();
            m_dashboard->showRegistryKind();
        });
        m_dashboard->rebuildAccountList();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_actions.reset();
        m_dashboard.reset();
        m_window.reset();
    }

    void absentForNpmjs()
    {
        m_dashboard->select(m_npmjs);
        QVERIFY(setExpiryAction());
        QVERIFY(!setExpiryAction()->isVisible());
        // Nor in the accounts column's context menu (the same action, hidden).
        QVERIFY(m_window->accountList()->actions().contains(setExpiryAction()));
    }

    void presetSavedForUnknownRegistry()
    {
        m_dashboard->select(m_unknown);
        QCOMPARE(m_window->selectedAccountId(), m_unknown);
        QCOMPARE(accountsColumnText(m_unknown), QStringLiteral("token expiry not entered"));
        QAction *action = setExpiryAction();
        QVERIFY(action->isVisible());
        QVERIFY(action->isEnabled());

        action->trigger();
        auto *dialog = m_window->findChild<TokenExpiryDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->isModal()); // window-modal through open(); the event loop went on
        QVERIFY(dialog->dateField()->calendarPopup());
        QVERIFY(dialog->neverField()); // an unknown registry's token may live forever

        const QDate today = kNow.toLocalTime().date();
        auto *preset = dialog->findChild<QPushButton *>(QStringLiteral("tokenExpiryPreset90"));
        QVERIFY(preset);
        preset->setFocus();
        QTest::keyClick(preset, Qt::Key_Space);
        QCOMPARE(dialog->dateField()->date(), today.addDays(90));
        QTest::keyClick(dialog, Qt::Key_Return); // Save is the default button
        QTRY_VERIFY(!m_window->findChild<TokenExpiryDialog *>());

        const QString text = accountsColumnText(m_unknown);
        QVERIFY2(text.startsWith(QLatin1String("token in ")), qPrintable(text));
        QVERIFY2(text.endsWith(QLatin1String("(date you entered)")), qPrintable(text));

        AccountStore reread(m_accounts->path());
        QVERIFY(reread.load());
        QCOMPARE(reread.find(m_unknown)->credentialExpiry, userEnteredExpiry(today.addDays(90)));
    }

    void azureHasNoNeverExpires()
    {
        const QString azure = add(
            QStringLiteral("https://pkgs.dev.azure.com/acme/_packaging/feed/npm/registry/"), false);
        QVERIFY(m_accounts->save());
        TokenExpiryDialog *dialog
            = m_actions->openTokenExpiryDialog(azure, kNow.toLocalTime().date());
        QVERIFY(dialog);
        QVERIFY(!dialog->neverField());
        dialog->reject();
    }
};

QTEST_MAIN(TstTokenExpiryDialog)
#include "tst_tokenexpirydialog.moc"
