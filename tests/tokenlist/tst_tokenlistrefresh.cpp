// SPDX-License-Identifier: GPL-3.0-or-later
// TokenListModel::setTokens after a sync: rows are updated in place by key, so the selection a
// view holds (through the sorting proxy, as the desktop's table does) survives the refresh
// without the desktop re-selecting the row (issue 18: two crossings, not three).
#include "FakeClock.h"
#include "core/tokenlist/TokenFilterProxy.h"
#include "core/tokenlist/TokenListModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace td;
using namespace Qt::Literals::StringLiterals;

class TestTokenListRefresh : public QObject
{
    Q_OBJECT

    test::FakeClock m_clock;

    Token token(const QString &name, int expiresInDays, const QString &account = u"alice"_s) const
    {
        Token t;
        t.accountId = account;
        t.key = u"key-"_s + name;
        t.name = name;
        t.kind = TokenKind::GranularReadWrite;
        t.packagesPermission = Permission::ReadWrite;
        t.scopes = {u"@acme"_s};
        t.created = m_clock.now().addDays(-10);
        t.expires = m_clock.now().addDays(expiresInDays);
        return t;
    }

    QList<Token> shown() const
    {
        return {token(u"a"_s, 3), token(u"b"_s, 5), token(u"c"_s, 7), token(u"d"_s, 9)};
    }

    static QString keyAt(const QModelIndex &index)
    {
        return index.data(TokenListModel::TokenKeyRole).toString();
    }

private slots:
    void refreshKeepsTheSelection_data()
    {
        QTest::addColumn<QList<Token>>("refreshed");
        QTest::addColumn<int>("dataChanges"); // dataChanged signals from the model
        QTest::addColumn<bool>("rowsMoved");  // rows removed, inserted or reordered
        const QList<Token> list = shown();

        QList<Token> lastUsed = list;
        lastUsed[1].lastUsed = m_clock.now().addSecs(-60); // the selected token was used
        QTest::newRow("selected token changed") << lastUsed << 1 << false;

        QList<Token> renamed = list;
        renamed[3].name = u"d renamed"_s;
        renamed[3].packages = {u"left-pad"_s}; // and its grants
        QTest::newRow("another token changed") << renamed << 1 << false;

        QList<Token> revoked = list;
        revoked.removeAt(0);
        revoked.append(token(u"e"_s, 1));
        QTest::newRow("one gone, one new") << revoked << 0 << true;

        QList<Token> reordered{list[3], list[2], list[1], list[0]};
        reordered[2].description = u"now described"_s;
        QTest::newRow("new order, selected changed") << reordered << 1 << true;
    }

    void refreshKeepsTheSelection()
    {
        QFETCH(const QList<Token>, refreshed);
        QFETCH(const int, dataChanges);
        QFETCH(const bool, rowsMoved);
        TokenListModel model(m_clock);
        TokenFilterProxy proxy;
        proxy.setSourceTokenModel(&model);
        proxy.sort(TokenListModel::ExpiresColumn);
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTokens(shown());
        QItemSelectionModel selection(&proxy);
        const QModelIndex selected
            = proxy.mapFromSource(model.index(model.rowOfKey(u"key-b"_s), 0));
        selection.setCurrentIndex(selected,
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy currentMoved(&selection, &QItemSelectionModel::currentChanged);
        model.setTokens(refreshed);

        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), dataChanges);
        QCOMPARE(!removed.isEmpty() || !inserted.isEmpty() || !layouts.isEmpty(), rowsMoved);
        // The view's current row and selection are the same token, and nothing said otherwise.
        QCOMPARE(keyAt(selection.currentIndex()), u"key-b"_s);
        const QModelIndexList rows = selection.selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(keyAt(rows.first()), u"key-b"_s);
        QCOMPARE(currentMoved.size(), 0);
        // And the model holds exactly the refreshed list, in its order.
        QCOMPARE(model.rowCount(), refreshed.size());
        for (int row = 0; row < refreshed.size(); ++row) {
            QCOMPARE(model.tokenAt(row).key, refreshed[row].key);
            QCOMPARE(model.tokenAt(row).name, refreshed[row].name);
            QCOMPARE(model.tokenAt(row).lastUsed, refreshed[row].lastUsed);
            QCOMPARE(model.index(row, 0)
                         .data(TokenListModel::SearchTextRole)
                         .toString()
                         .contains(refreshed[row].name),
                     true);
        }
    }

    void changedRowIsAnnouncedWholeAndAlone()
    {
        TokenListModel model(m_clock);
        model.setTokens(shown());
        QList<Token> refreshed = shown();
        refreshed[2].lastUsed = m_clock.now();
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setTokens(refreshed);
        QCOMPARE(changes.size(), 1);
        const auto topLeft = changes.first().at(0).value<QModelIndex>();
        const auto bottomRight = changes.first().at(1).value<QModelIndex>();
        QCOMPARE(topLeft, model.index(2, 0));
        QCOMPARE(bottomRight, model.index(2, TokenListModel::ColumnCount - 1));
        QCOMPARE(model.index(2, TokenListModel::LastUsedColumn)
                     .data(TokenListModel::RawValueRole)
                     .toDateTime(),
                 m_clock.now());
    }

    void unchangedListAnnouncesNothing()
    {
        TokenListModel model(m_clock);
        model.setTokens(shown());
        QSignalSpy anything(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        model.setTokens(shown());
        QCOMPARE(anything.size() + resets.size() + layouts.size(), 0);
    }

    void anotherAccountResets()
    {
        // No row in common (another account's list): nothing to keep, one reset.
        TokenListModel model(m_clock);
        model.setTokens(shown());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setTokens({token(u"x"_s, 2, u"bob"_s), token(u"y"_s, 4, u"bob"_s)});
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.tokenAt(1).key, u"key-y"_s);
    }
};

QTEST_GUILESS_MAIN(TestTokenListRefresh)
#include "tst_tokenlistrefresh.moc"
