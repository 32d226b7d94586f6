// SPDX-License-Identifier: GPL-3.0-or-later
// TokenFilterProxy over TokenListModel, as the desktop's table uses them: the date columns sort
// by the tokens' dates (no expiry last, never used first, ties by the name the table shows), and
// the filter finds a token by its current words, also after a refresh changed them (the model
// builds each row's search text when the filter first reads it).
#include "FakeClock.h"
#include "core/tokenlist/TokenFilterProxy.h"
#include "core/tokenlist/TokenListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace td;
using namespace Qt::Literals::StringLiterals;

class TestTokenFilterProxy : public QObject
{
    Q_OBJECT

    test::FakeClock m_clock;

    // `days` from now for each date; 0 leaves the date unset.
    Token token(const QString &name, int expires, int lastUsed, int created) const
    {
        Token t;
        t.accountId = u"alice"_s;
        t.key = u"key-"_s + name.left(1); // not the name: the filter reads keys too
        t.name = name;
        t.kind = TokenKind::GranularReadWrite;
        const auto at
            = [this](int days) { return days ? m_clock.now().addDays(days) : QDateTime(); };
        t.expires = at(expires);
        t.lastUsed = at(lastUsed);
        t.created = at(created);
        return t;
    }

    QList<Token> tokens() const
    {
        return {token(u"delta"_s, 9, -1, -30), token(u"alpha"_s, 0, 0, -10),
                token(u"charlie"_s, 3, -5, -20), token(u"bravo"_s, 3, 0, -20),
                token(u"echo"_s, 1, -2, -40)};
    }

    static QStringList names(const QAbstractItemModel &model)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row, TokenListModel::NameColumn).data().toString();
        return out;
    }

private Q_SLOTS:
    void dateColumnsSortByDate_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("expires: soonest first, none last, ties by name")
            << int(TokenListModel::ExpiresColumn) << Qt::AscendingOrder
            << QStringList{u"echo"_s, u"bravo"_s, u"charlie"_s, u"delta"_s, u"alpha"_s};
        QTest::newRow("expires, descending")
            << int(TokenListModel::ExpiresColumn) << Qt::DescendingOrder
            << QStringList{u"alpha"_s, u"delta"_s, u"charlie"_s, u"bravo"_s, u"echo"_s};
        QTest::newRow("last used: never first")
            << int(TokenListModel::LastUsedColumn) << Qt::AscendingOrder
            << QStringList{u"alpha"_s, u"bravo"_s, u"charlie"_s, u"echo"_s, u"delta"_s};
        QTest::newRow("created: oldest first, ties by name")
            << int(TokenListModel::CreatedColumn) << Qt::AscendingOrder
            << QStringList{u"echo"_s, u"delta"_s, u"bravo"_s, u"charlie"_s, u"alpha"_s};
        QTest::newRow("name (not a date column)")
            << int(TokenListModel::NameColumn) << Qt::AscendingOrder
            << QStringList{u"alpha"_s, u"bravo"_s, u"charlie"_s, u"delta"_s, u"echo"_s};
    }
    void dateColumnsSortByDate()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, expected);
        TokenListModel model(m_clock);
        TokenFilterProxy proxy;
        proxy.setSourceTokenModel(&model);
        QAbstractItemModelTester tester(&proxy);
        proxy.setShowInactive(true);
        model.setTokens(tokens());
        proxy.sort(column, order);
        QCOMPARE(names(proxy), expected);
    }

    // A token without a name shows its masked value in the Name column, and ties sort by that.
    void aNamelessTokenTiesByItsMaskedValue()
    {
        TokenListModel model(m_clock);
        TokenFilterProxy proxy;
        proxy.setSourceTokenModel(&model);
        QList<Token> list = tokens();
        Token nameless = token(QString(), 3, 0, -20);
        nameless.key = u"key-n"_s;
        nameless.redacted = u"npm_Ab...yZ"_s;
        list.append(nameless);
        model.setTokens(list);
        proxy.sort(TokenListModel::ExpiresColumn, Qt::AscendingOrder);
        QCOMPARE(names(proxy),
                 (QStringList{u"echo"_s, u"bravo"_s, u"charlie"_s, u"npm_Ab...yZ"_s, u"delta"_s,
                              u"alpha"_s}));
    }

    void theFilterReadsTheTokensCurrentWords()
    {
        TokenListModel model(m_clock);
        TokenFilterProxy proxy;
        proxy.setSourceTokenModel(&model);
        model.setTokens(tokens());
        proxy.setSearchText(u"CHAR"_s);
        QCOMPARE(names(proxy), QStringList{u"charlie"_s});

        QList<Token> refreshed = tokens(); // a sync renamed charlie and added foxtrot
        refreshed[2].name = u"renamed"_s;
        refreshed.append(token(u"foxtrot-char"_s, 4, 0, -1));
        model.setTokens(refreshed);
        proxy.setSearchText({});
        proxy.setSearchText(u"char"_s);
        QCOMPARE(names(proxy), QStringList{u"foxtrot-char"_s});
        proxy.setSearchText(u"renamed"_s);
        QCOMPARE(names(proxy), QStringList{u"renamed"_s});
    }
};

QTEST_GUILESS_MAIN(TestTokenFilterProxy)
#include "tst_tokenfilterproxy.moc"
