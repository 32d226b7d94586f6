// SPDX-License-Identifier: GPL-3.0-or-later
// tokensFromLostCreate: after a create whose answer was lost, which listed tokens may be the one
// the registry made. A wrong "yes" revokes a token the user relies on; a wrong "no" leaves a live
// token whose secret nobody has.
#include "core/creation/LostTokenSearch.h"

#include <QTest>

#include <optional>

using namespace td;
using namespace Qt::Literals::StringLiterals;

namespace {

// One listed token in a case: its key, name, creation time relative to the send (seconds;
// nullopt = the registry gave none) and whether it is revoked.
struct Listed
{
    QString key;
    QString name;
    std::optional<int> createdOffset;
    bool revoked = false;
};

const QDateTime sentAt{QDate(2026, 12, 4), QTime(21, 0, 0), Qt::UTC};

QList<Token> toTokens(const QList<Listed> &rows)
{
    QList<Token> tokens;
    for (const Listed &row : rows) {
        Token t;
        t.accountId = u"https://registry.npmjs.org/|alice"_s;
        t.key = row.key;
        t.name = row.name;
        if (row.createdOffset)
            t.created = sentAt.addSecs(*row.createdOffset);
        if (row.revoked)
            t.revoked = sentAt.addSecs(30);
        tokens.append(t);
    }
    return tokens;
}

QStringList keysOf(const QList<Token> &tokens)
{
    QStringList keys;
    for (const Token &t : tokens)
        keys.append(t.key);
    return keys;
}

} // namespace

Q_DECLARE_METATYPE(QList<Listed>)

class TestLostTokenSearch : public QObject
{
    Q_OBJECT
private slots:
    void candidates_data();
    void candidates();
    void defaultSlackIsTwoMinutes();
    void noNameOrNoSendTimeFindsNothing();
};

void TestLostTokenSearch::candidates_data()
{
    QTest::addColumn<QList<Listed>>("listed");
    QTest::addColumn<int>("slackSeconds");
    QTest::addColumn<QStringList>("expected");

    const QString name = u"ci-publish"_s;
    QTest::newRow("the one just created")
        << QList<Listed>{{u"k1"_s, name, 1}} << 120 << QStringList{u"k1"_s};
    QTest::newRow("nothing listed") << QList<Listed>{} << 120 << QStringList{};
    QTest::newRow("other name, same time")
        << QList<Listed>{{u"k1"_s, u"ci-deploy"_s, 1}} << 120 << QStringList{};
    QTest::newRow("name differs only in case")
        << QList<Listed>{{u"k1"_s, u"CI-publish"_s, 1}} << 120 << QStringList{};
    QTest::newRow("name differs only in spaces")
        << QList<Listed>{{u"k1"_s, u"ci-publish "_s, 1}} << 120 << QStringList{};
    QTest::newRow("older token with the same name is the user's")
        << QList<Listed>{{u"old"_s, name, -3600}, {u"k1"_s, name, 2}} << 120
        << QStringList{u"k1"_s};
    QTest::newRow("just older than the slack")
        << QList<Listed>{{u"old"_s, name, -121}} << 120 << QStringList{};
    QTest::newRow("registry clock behind ours, within the slack")
        << QList<Listed>{{u"k1"_s, name, -90}} << 120 << QStringList{u"k1"_s};
    QTest::newRow("exactly at the slack")
        << QList<Listed>{{u"k1"_s, name, -120}} << 120 << QStringList{u"k1"_s};
    QTest::newRow("registry clock ahead of ours")
        << QList<Listed>{{u"k1"_s, name, 400}} << 120 << QStringList{u"k1"_s};
    QTest::newRow("no slack: skew excludes it")
        << QList<Listed>{{u"k1"_s, name, -1}} << 0 << QStringList{};
    QTest::newRow("revoked already")
        << QList<Listed>{{u"k1"_s, name, 1, true}} << 120 << QStringList{};
    QTest::newRow("no creation time cannot be dated")
        << QList<Listed>{{u"k1"_s, name, std::nullopt}} << 120 << QStringList{};
    QTest::newRow("several candidates, newest first") << QList<Listed>{{u"a"_s, name, 1},
                                                                       {u"b"_s, name, 20},
                                                                       {u"c"_s, u"other"_s, 10},
                                                                       {u"d"_s, name, -60},
                                                                       {u"e"_s, name, 5, true}}
                                                      << 120 << QStringList{u"b"_s, u"a"_s, u"d"_s};
    QTest::newRow("equal times keep the listed order")
        << QList<Listed>{{u"a"_s, name, 3}, {u"b"_s, name, 3}} << 120
        << QStringList{u"a"_s, u"b"_s};
}

void TestLostTokenSearch::candidates()
{
    QFETCH(QList<Listed>, listed);
    QFETCH(int, slackSeconds);
    QFETCH(QStringList, expected);

    const CreateAttempt attempt{u"https://registry.npmjs.org/|alice"_s, u"ci-publish"_s, sentAt};
    const QList<Token> found
        = tokensFromLostCreate(toTokens(listed), attempt, std::chrono::seconds(slackSeconds));
    QCOMPARE(keysOf(found), expected);
}

void TestLostTokenSearch::defaultSlackIsTwoMinutes()
{
    const CreateAttempt attempt{{}, u"ci-publish"_s, sentAt};
    const QList<Token> listed
        = toTokens({{u"in"_s, u"ci-publish"_s, -120}, {u"out"_s, u"ci-publish"_s, -121}});
    QCOMPARE(keysOf(tokensFromLostCreate(listed, attempt)), QStringList{u"in"_s});
}

void TestLostTokenSearch::noNameOrNoSendTimeFindsNothing()
{
    // An attempt without a name or a send time matches nothing rather than everything.
    const QList<Token> listed = toTokens({{u"k1"_s, QString(), 1}, {u"k2"_s, u"x"_s, 1}});
    QVERIFY(tokensFromLostCreate(listed, CreateAttempt{{}, QString(), sentAt}).isEmpty());
    QVERIFY(tokensFromLostCreate(listed, CreateAttempt{{}, u"x"_s, QDateTime()}).isEmpty());
}

QTEST_GUILESS_MAIN(TestLostTokenSearch)
#include "tst_losttokensearch.moc"
