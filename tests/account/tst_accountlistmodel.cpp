// SPDX-License-Identifier: GPL-3.0-or-later
// The accounts list model: rows, roles from Qt::UserRole, session texts that follow the clock,
// and the "does not report expiry" capability (Verdaccio-style registries).
#include "FakeClock.h"
#include "core/account/AccountListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {
Account account(const QString &user, const QString &registry, const QDateTime &expires)
{
    Account a;
    a.registry = QUrl(registry);
    a.user = user;
    a.id = Account::makeId(a.registry, user);
    a.sessionExpires = expires;
    return a;
}
} // namespace

class TestAccountListModel : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;

private Q_SLOTS:
    void rolesDescribeEachAccount()
    {
        AccountListModel model(m_clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Account npm
            = account(QStringLiteral("maintainer"), QStringLiteral("https://registry.npmjs.org/"),
                      m_clock.now().addSecs(112 * 60));
        npm.capabilities.reportsExpiry = true;
        npm.capabilities.webLogin = true;
        Account local = account(QStringLiteral("alice"), QStringLiteral("http://127.0.0.1:4873/"),
                                QDateTime());
        local.capabilities.reportsExpiry = false;
        model.setAccounts({npm, local});
        QCOMPARE(model.rowCount(), 2);

        const QModelIndex first = model.index(0);
        QCOMPARE(int(AccountListModel::AccountIdRole), int(Qt::UserRole));
        QCOMPARE(first.data(AccountListModel::AccountIdRole).toString(),
                 QStringLiteral("maintainer@registry.npmjs.org"));
        QCOMPARE(first.data(AccountListModel::RegistryRole).toUrl(),
                 QUrl(QStringLiteral("https://registry.npmjs.org/")));
        QCOMPARE(first.data(AccountListModel::UserNameRole).toString(),
                 QStringLiteral("maintainer"));
        QCOMPARE(first.data(AccountListModel::SessionStateRole).toString(),
                 QStringLiteral("session ends in 1 h 52 min"));
        QCOMPARE(first.data(AccountListModel::HasSessionRole).toBool(), true);
        QCOMPARE(first.data(AccountListModel::ReportsExpiryRole), QVariant(true));
        QVERIFY(first.data(AccountListModel::ExpiryNoteRole).toString().isEmpty());
        QCOMPARE(first.data(Qt::DisplayRole).toString(),
                 QStringLiteral("maintainer on registry.npmjs.org\nsession ends in 1 h 52 min"));

        const QModelIndex second = model.index(1);
        QCOMPARE(second.data(AccountListModel::RegistryHostRole).toString(),
                 QStringLiteral("127.0.0.1:4873"));
        QCOMPARE(second.data(AccountListModel::SessionStateRole).toString(),
                 QStringLiteral("signed out"));
        QCOMPARE(second.data(AccountListModel::HasSessionRole).toBool(), false);
        QCOMPARE(second.data(AccountListModel::ReportsExpiryRole), QVariant(false));
        QCOMPARE(second.data(AccountListModel::ExpiryNoteRole).toString(),
                 QStringLiteral("this registry does not report expiry"));
        QVERIFY(second.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("this registry does not report expiry")));
        QCOMPARE(model.roleNames().value(AccountListModel::SessionStateRole),
                 QByteArray("sessionState"));
    }

    // Issue 17: the account on the practice registry the app started is labelled as such, label
    // first, so it is never taken for npm.
    void practiceAccountIsLabelledNotNpm()
    {
        AccountListModel model(m_clock);
        Account practice
            = account(QStringLiteral("maintainer"), QStringLiteral("http://127.0.0.1:40123/"),
                      m_clock.now().addSecs(120 * 60));
        practice.practice = true;
        model.setAccounts({practice});
        const QModelIndex row = model.index(0);
        QCOMPARE(row.data(Qt::DisplayRole).toString(),
                 QStringLiteral("Practice registry (local, not npm)\nmaintainer · session ends in "
                                "2 h 0 min"));
        QVERIFY(row.data(Qt::ToolTipRole)
                    .toString()
                    .endsWith(QStringLiteral(" · Practice registry (local, not npm)")));
        QCOMPARE(registryLabel(practice), QStringLiteral("Practice registry (local, not npm)"));
        practice.practice = false;
        QCOMPARE(registryLabel(practice), QStringLiteral("127.0.0.1:40123"));
    }

    void unknownCapabilityIsAnInvalidVariant()
    {
        AccountListModel model(m_clock);
        model.setAccounts({account(QStringLiteral("u"), QStringLiteral("https://r.example/"), {})});
        QVERIFY(!model.index(0).data(AccountListModel::ReportsExpiryRole).isValid());
        QVERIFY(!model.index(0).data(AccountListModel::WebLoginRole).isValid());
        QVERIFY(model.index(0).data(AccountListModel::ExpiryNoteRole).toString().isEmpty());
    }

    void sessionTextFollowsTheClockOnRefresh()
    {
        FakeClock clock;
        AccountListModel model(clock);
        model.setAccounts(
            {account(QStringLiteral("maintainer"), QStringLiteral("https://registry.npmjs.org/"),
                     clock.now().addSecs(2 * 60 * 60))});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshSessionStates();
        QCOMPARE(changed.size(), 0); // nothing moved: no repaint
        clock.advance(std::chrono::minutes(8));
        model.refreshSessionStates();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0).data(AccountListModel::SessionStateRole).toString(),
                 QStringLiteral("session ends in 1 h 52 min"));
        clock.advance(std::chrono::hours(2));
        model.refreshSessionStates();
        QCOMPARE(model.index(0).data(AccountListModel::SessionStateRole).toString(),
                 QStringLiteral("session ended"));
        QCOMPARE(model.index(0).data(AccountListModel::HasSessionRole).toBool(), false);
    }

    void upsertReplacesOrAppendsAndRemoveDrops()
    {
        AccountListModel model(m_clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Account a = account(QStringLiteral("a"), QStringLiteral("https://r.example/"), {});
        model.upsert(a);
        model.upsert(account(QStringLiteral("b"), QStringLiteral("https://r.example/"), {}));
        QCOMPARE(model.rowCount(), 2);
        a.sessionExpires = m_clock.now().addSecs(3600);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.upsert(a);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0).data(AccountListModel::SessionStateRole).toString(),
                 QStringLiteral("session ends in 1 h 0 min"));
        QCOMPARE(model.rowOf(QStringLiteral("b@r.example")), 1);
        QVERIFY(model.remove(QStringLiteral("a@r.example")));
        QVERIFY(!model.remove(QStringLiteral("a@r.example")));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("b@r.example")), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccountListModel)
#include "tst_accountlistmodel.moc"
