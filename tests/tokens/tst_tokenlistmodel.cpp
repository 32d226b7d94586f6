// SPDX-License-Identifier: GPL-3.0-or-later
// TokenListModel + TokenFilterProxy: checked by QAbstractItemModelTester, sorted on raw values,
// filtered by text and by the revoked/expired toggle, ticking only the expiry column.
#include "FakeClock.h"
#include "core/expiry/ExpiryState.h"
#include "core/expiry/ExpiryUrgency.h"
#include "core/tokenlist/TokenFilterProxy.h"
#include "core/tokenlist/TokenListModel.h"
#include "core/tokens/KindBadge.h"
#include "core/tokens/ScopeSummary.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace td;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

class TestTokenListModel : public QObject
{
    Q_OBJECT
private slots:
    void passesModelTester();
    void scopeSummary_data();
    void scopeSummary();
    void columnsShowTextAndRawValues();
    void rolesStartAtUserRole();
    void publishBadges_data();
    void publishBadges();
    void urgencyRoles_data();
    void urgencyRoles();
    void kindPillsAndHeaderTooltips();
    void tickAnnouncesOnlyTheExpiryColumn();
    void tickVisibleRowsOfASortedView();
    void sortsOnRawValues();
    void filterByText();
    void hidesRevokedAndExpiredUntilAsked();
    void expiringRowLeavesTheFilteredView();
    void removeTokenByKey();
    void keychainColumn();
    void thousandTokens();

private:
    test::FakeClock m_clock;
    Token token(const QString &name, qint64 expiresInSeconds) const;
};

Token TestTokenListModel::token(const QString &name, qint64 expiresInSeconds) const
{
    Token t;
    t.key = u"key-"_s + name;
    t.name = name;
    t.kind = TokenKind::GranularReadWrite;
    t.created = m_clock.now().addDays(-10);
    t.expires = m_clock.now().addSecs(expiresInSeconds);
    t.scopes = {u"@acme"_s};
    return t;
}

void TestTokenListModel::passesModelTester()
{
    TokenListModel model(m_clock);
    TokenFilterProxy proxy;
    proxy.setSourceTokenModel(&model);
    QAbstractItemModelTester sourceTester(&model,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTokens({token(u"a"_s, 3600), token(u"b"_s, -3600), token(u"c"_s, 86400 * 30)});
    proxy.sort(TokenListModel::ExpiresColumn);
    proxy.setShowInactive(true);
    proxy.setSearchText(u"b"_s);
    proxy.setSearchText({});
    model.tick();
    m_clock.advance(2h);
    model.tick();
    QVERIFY(model.removeToken(u"key-a"_s));
    model.setStoredInKeychain({u"key-c"_s});
    model.setTokens({});
}

void TestTokenListModel::scopeSummary_data()
{
    QTest::addColumn<QStringList>("packages");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QStringList>("orgs");
    QTest::addColumn<bool>("all");
    QTest::addColumn<QString>("summary");
    const QStringList none;
    QTest::newRow("all") << none << none << none << true << "all packages";
    QTest::newRow("one package") << QStringList{u"left-pad"_s} << none << none << false
                                 << "left-pad";
    QTest::newRow("3 packages + scope")
        << QStringList{u"a"_s, u"b"_s, u"c"_s} << QStringList{u"@acme"_s} << none << false
        << "3 packages, @acme";
    QTest::newRow("many scopes") << none << QStringList{u"@a"_s, u"@b"_s, u"@c"_s} << none << false
                                 << "3 scopes";
    QTest::newRow("org") << none << none << QStringList{u"acme"_s} << false << "acme (org)";
    QTest::newRow("nothing") << none << none << none << false << "no packages";
}

void TestTokenListModel::scopeSummary()
{
    QFETCH(QStringList, packages);
    QFETCH(QStringList, scopes);
    QFETCH(QStringList, orgs);
    QFETCH(bool, all);
    QFETCH(QString, summary);
    Token t;
    t.kind = TokenKind::GranularReadOnly;
    t.packages = packages;
    t.scopes = scopes;
    t.orgs = orgs;
    t.allPackages = all;
    QCOMPARE(td::scopeSummary(t), summary);
}

void TestTokenListModel::columnsShowTextAndRawValues()
{
    TokenListModel model(m_clock);
    Token t = token(u"ci-publish"_s, 2 * 86400 + 4 * 3600);
    t.bypass2fa = true;
    t.kind = TokenKind::GranularBypass2fa;
    Token classic;
    classic.key = u"classic"_s;
    classic.redacted = u"npm_abcd...wxyz"_s;
    classic.kind = TokenKind::ClassicPublish;
    model.setTokens({t, classic});
    QCOMPARE(model.columnCount(), 8);
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, TokenListModel::NameColumn).toString(), u"ci-publish"_s);
    QCOMPARE(cell(0, TokenListModel::KindColumn).toString(), u"publish (bypasses 2FA)"_s);
    QCOMPARE(cell(0, TokenListModel::ScopeColumn).toString(), u"@acme"_s);
    QCOMPARE(cell(0, TokenListModel::ExpiresColumn).toString(), u"in 2 d 4 h"_s);
    QCOMPARE(cell(0, TokenListModel::ExpiresColumn, TokenListModel::RawValueRole).toDateTime(),
             t.expires);
    QCOMPARE(cell(0, TokenListModel::ExpiresColumn, TokenListModel::ExpiryStateRole)
                 .value<ExpiryState>(),
             ExpiryState::Critical);
    QCOMPARE(cell(0, TokenListModel::ExpiresColumn, TokenListModel::LifeFractionRole).toDouble(),
             (2 * 86400.0 + 4 * 3600) / (12 * 86400.0 + 4 * 3600));
    QCOMPARE(cell(0, TokenListModel::LastUsedColumn).toString(), u"never"_s);
    QCOMPARE(cell(0, TokenListModel::Bypass2faColumn).toString(), u"yes"_s);
    QCOMPARE(cell(0, TokenListModel::Bypass2faColumn, TokenListModel::RawValueRole).toBool(), true);
    QCOMPARE(cell(0, TokenListModel::NameColumn, TokenListModel::TokenKeyRole).toString(),
             u"key-ci-publish"_s);
    // A classic token: no name, no expiry.
    QCOMPARE(cell(1, TokenListModel::NameColumn).toString(), u"npm_abcd...wxyz"_s);
    QCOMPARE(cell(1, TokenListModel::ScopeColumn).toString(), u"all packages"_s);
    QCOMPARE(cell(1, TokenListModel::ExpiresColumn).toString(), u"no expiry"_s);
    QVERIFY(!cell(1, TokenListModel::ExpiresColumn, TokenListModel::LifeFractionRole).isValid());
    QCOMPARE(cell(1, TokenListModel::ExpiresColumn, TokenListModel::ExpiryStateRole)
                 .value<ExpiryState>(),
             ExpiryState::NoExpiry);
    QCOMPARE(model.headerData(TokenListModel::ExpiresColumn, Qt::Horizontal).toString(),
             u"Expires"_s);
}

void TestTokenListModel::rolesStartAtUserRole()
{
    QCOMPARE(int(TokenListModel::RawValueRole), int(Qt::UserRole));
    QVERIFY(TokenListModel(m_clock).roleNames().contains(TokenListModel::ExpiryStateRole));
}

void TestTokenListModel::publishBadges_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("packagesPermission");
    QTest::addColumn<int>("orgsPermission");
    QTest::addColumn<bool>("revoked"); // or expired
    QTest::addColumn<bool>("stageOnly");
    QTest::addColumn<bool>("cutoff");
    QTest::addColumn<QString>("badge");
    const QString stops = u"stops publishing in January 2027"_s;
    const QString stage = u"stage only"_s;
    const int rw = int(Permission::ReadWrite), none = int(Permission::NoAccess);
    QTest::newRow("bypass 2FA") << int(TokenKind::GranularBypass2fa) << rw << none << false << false
                                << true << stops;
    QTest::newRow("read-write with 2FA")
        << int(TokenKind::GranularReadWrite) << rw << none << false << false << true << stops;
    QTest::newRow("read-write, permissions unknown")
        << int(TokenKind::GranularReadWrite) << none << none << false << false << true << stops;
    QTest::newRow("writes to orgs only")
        << int(TokenKind::GranularReadWrite) << int(Permission::ReadOnly) << rw << false << false
        << false << QString();
    QTest::newRow("revoked bypass")
        << int(TokenKind::GranularBypass2fa) << rw << none << true << false << false << QString();
    QTest::newRow("expired read-write")
        << int(TokenKind::GranularReadWrite) << rw << -1 << true << false << false << QString();
    QTest::newRow("stage only") << int(TokenKind::GranularStageOnly)
                                << int(Permission::ReadWriteStageOnly) << none << false << true
                                << false << stage;
    QTest::newRow("read-only") << int(TokenKind::GranularReadOnly) << int(Permission::ReadOnly)
                               << none << false << false << false << QString();
    QTest::newRow("classic automation") << int(TokenKind::ClassicAutomation) << none << none
                                        << false << false << false << QString();
}

void TestTokenListModel::publishBadges()
{
    QFETCH(int, kind);
    QFETCH(int, packagesPermission);
    QFETCH(int, orgsPermission);
    QFETCH(bool, revoked);
    QFETCH(bool, stageOnly);
    QFETCH(bool, cutoff);
    QFETCH(QString, badge);
    Token t = token(u"t"_s, 86400);
    t.kind = TokenKind(kind);
    t.packagesPermission = Permission(packagesPermission);
    // orgsPermission -1: no access, and the token expired yesterday instead of being revoked.
    t.orgsPermission = orgsPermission < 0 ? Permission::NoAccess : Permission(orgsPermission);
    if (revoked && orgsPermission < 0)
        t.expires = m_clock.now().addDays(-1);
    else if (revoked)
        t.revoked = m_clock.now().addDays(-1);
    TokenListModel model(m_clock);
    model.setTokens({t});
    for (int column = 0; column < TokenListModel::ColumnCount; ++column) {
        const QModelIndex index = model.index(0, column);
        QCOMPARE(index.data(TokenListModel::StageOnlyRole).toBool(), stageOnly);
        QCOMPARE(index.data(TokenListModel::PublishCutoffRole).toBool(), cutoff);
    }
    const QModelIndex kindIndex = model.index(0, TokenListModel::KindColumn);
    QCOMPARE(kindIndex.data(TokenListModel::BadgeTextRole).toString(), badge);
    QCOMPARE(kindIndex.data(Qt::ToolTipRole).toString().contains(u"January 2027"_s),
             cutoff || stageOnly);
    // Sorting stays on the raw kind, not on the badge text.
    QCOMPARE(kindIndex.data(TokenListModel::RawValueRole).toInt(), kind);
    QVERIFY(model.roleNames().contains(TokenListModel::PublishCutoffRole));
}

void TestTokenListModel::tickAnnouncesOnlyTheExpiryColumn()
{
    TokenListModel model(m_clock);
    QList<Token> tokens;
    for (int i = 0; i < 10; ++i)
        tokens << token(QString::number(i), 3600 + i);
    model.setTokens(tokens);
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    m_clock.advance(60s);
    model.tick(2, 5);
    QCOMPARE(spy.count(), 1);
    const QModelIndex topLeft = spy[0][0].toModelIndex();
    const QModelIndex bottomRight = spy[0][1].toModelIndex();
    QCOMPARE(topLeft.row(), 2);
    QCOMPARE(bottomRight.row(), 5);
    QCOMPARE(topLeft.column(), int(TokenListModel::ExpiresColumn));
    QCOMPARE(bottomRight.column(), int(TokenListModel::ExpiresColumn));
    QCOMPARE(model.index(3, TokenListModel::ExpiresColumn).data().toString(), u"in 59 min"_s);

    spy.clear();
    model.setNow(m_clock.now().addSecs(7200)); // whole table
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][1].toModelIndex().row(), 9);
    QCOMPARE(model.index(0, TokenListModel::ExpiresColumn).data().toString(), u"expired 1 h ago"_s);
    spy.clear();
    model.tick(20, 30); // beyond the table: nothing to announce
    QCOMPARE(spy.count(), 0);
}

void TestTokenListModel::tickVisibleRowsOfASortedView()
{
    TokenListModel model(m_clock);
    model.setTokens(
        {token(u"c"_s, 300), token(u"a"_s, 100), token(u"b"_s, 200), token(u"d"_s, 400)});
    TokenFilterProxy proxy;
    proxy.setSourceTokenModel(&model);
    proxy.sort(TokenListModel::NameColumn);
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    proxy.tickVisible(0, 1); // "a" (source 1) and "b" (source 2): one contiguous run
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].toModelIndex().row(), 1);
    QCOMPARE(spy[0][1].toModelIndex().row(), 2);
    spy.clear();
    proxy.tickVisible(1, 3); // b, c, d = source 2, 0, 3 → runs [0] and [2..3]
    QCOMPARE(spy.count(), 2);
}

void TestTokenListModel::sortsOnRawValues()
{
    TokenListModel model(m_clock);
    Token noExpiry = token(u"classic"_s, 0);
    noExpiry.expires = {};
    // Text order would put "in 10 d" before "in 2 d"; the raw dates must not.
    model.setTokens({token(u"ten-days"_s, 10 * 86400), noExpiry, token(u"two-days"_s, 2 * 86400),
                     token(u"two-hours"_s, 7200)});
    TokenFilterProxy proxy;
    proxy.setSourceTokenModel(&model);
    proxy.sort(TokenListModel::ExpiresColumn, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.index(row, TokenListModel::NameColumn).data().toString();
    QCOMPARE(order, (QStringList{u"two-hours"_s, u"two-days"_s, u"ten-days"_s, u"classic"_s}));
    proxy.sort(TokenListModel::ExpiresColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, TokenListModel::NameColumn).data().toString(), u"classic"_s);
}

void TestTokenListModel::filterByText()
{
    TokenListModel model(m_clock);
    Token widgets = token(u"ci-publish"_s, 86400);
    widgets.packages = {u"@acme/widgets"_s};
    Token reader = token(u"Install Token"_s, 86400);
    reader.description = u"for renovate"_s;
    model.setTokens({widgets, reader});
    TokenFilterProxy proxy;
    proxy.setSourceTokenModel(&model);
    proxy.setSearchText(u"WIDGETS"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"ci-publish"_s);
    proxy.setSearchText(u"renovate"_s);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"Install Token"_s);
    proxy.setSearchText(u"nothing like this"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(u"  "_s);
    QCOMPARE(proxy.rowCount(), 2);
}

void TestTokenListModel::hidesRevokedAndExpiredUntilAsked()
{
    TokenListModel model(m_clock);
    Token revoked = token(u"revoked"_s, 86400);
    revoked.revoked = m_clock.now().addSecs(-10);
    model.setTokens({token(u"live"_s, 86400), token(u"expired"_s, -1), revoked});
    TokenFilterProxy proxy;
    proxy.setSourceTokenModel(&model);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setShowInactive(true);
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(model.index(2, TokenListModel::ExpiresColumn).data().toString(), u"revoked"_s);
}

void TestTokenListModel::expiringRowLeavesTheFilteredView()
{
    TokenListModel model(m_clock);
    model.setTokens({token(u"soon"_s, 30), token(u"later"_s, 86400)});
    TokenFilterProxy proxy;
    proxy.setSourceTokenModel(&model);
    QCOMPARE(proxy.rowCount(), 2);
    m_clock.advance(31s);
    model.tick();
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"later"_s);
}

void TestTokenListModel::removeTokenByKey()
{
    TokenListModel model(m_clock);
    QList<Token> tokens;
    for (int i = 0; i < 50; ++i)
        tokens << token(QString::number(i), 86400);
    model.setTokens(tokens);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(model.removeToken(u"key-17"_s));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed[0][1].toInt(), 17);
    QCOMPARE(model.rowCount(), 49);
    QCOMPARE(model.rowOfKey(u"key-17"_s), -1);
    QCOMPARE(model.rowOfKey(u"key-18"_s), 17);
    QVERIFY(!model.removeToken(u"key-17"_s));
}

void TestTokenListModel::keychainColumn()
{
    TokenListModel model(m_clock);
    model.setTokens({token(u"a"_s, 86400), token(u"b"_s, 86400)});
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    model.setStoredInKeychain({u"key-b"_s});
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].toModelIndex().column(), int(TokenListModel::InKeychainColumn));
    QCOMPARE(model.index(0, TokenListModel::InKeychainColumn).data().toString(), u"no"_s);
    QCOMPARE(model.index(1, TokenListModel::InKeychainColumn).data().toString(), u"yes"_s);
}

void TestTokenListModel::thousandTokens()
{
    TokenListModel model(m_clock);
    QList<Token> tokens;
    for (int i = 0; i < 1000; ++i) {
        Token t = token(u"token-"_s + QString::number(i), (i % 200 - 20) * 3600);
        t.packages = {u"pkg-"_s + QString::number(i)};
        tokens << t;
    }
    TokenFilterProxy proxy;
    proxy.setSourceTokenModel(&model);
    QElapsedTimer timer;
    timer.start();
    model.setTokens(tokens);
    const qint64 loadMs = timer.restart();
    proxy.sort(TokenListModel::ExpiresColumn);
    const qint64 sortMs = timer.restart();
    proxy.setSearchText(u"pkg-99"_s);
    const qint64 filterMs = timer.restart();
    QCOMPARE(proxy.rowCount(), 11); // pkg-99 and pkg-990..999
    proxy.setSearchText({});
    model.tick(0, 39); // a screenful
    const qint64 tickMs = timer.restart();
    qInfo("1000 tokens: load %lld ms, sort by expiry %lld ms, filter %lld ms, tick %lld ms", loadMs,
          sortMs, filterMs, tickMs);
    QCOMPARE(proxy.rowCount(), 1000 - 21 * 5); // 21 of every 200 have expired
    // The same operations under the model tester (not timed: the tester re-reads everything).
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSearchText(u"pkg-1"_s);
    m_clock.advance(3h);
    model.tick(0, 39);
    proxy.setShowInactive(true);
    QCOMPARE(proxy.rowCount(), 111);
}

// Issue 16: the row's urgency by absolute time left (a long-lived token 5 h before its expiry is
// critical), the bar's 30-day scale and the bypass-2FA mark, on every column of the row.
void TestTokenListModel::urgencyRoles_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<bool>("bypass");
    QTest::addColumn<Urgency>("urgency");
    QTest::addColumn<double>("fill");
    QTest::newRow("5 h") << qint64(5 * 3600) << false << Urgency::Critical << 0.04;
    QTest::newRow("2 d") << qint64(2 * 86400) << false << Urgency::High << 2.0 / 30;
    QTest::newRow("6 d") << qint64(6 * 86400) << false << Urgency::Warning << 6.0 / 30;
    QTest::newRow("40 d") << qint64(40 * 86400) << false << Urgency::Calm << 1.0;
    QTest::newRow("expired") << qint64(-86400) << false << Urgency::Expired << 0.0;
    QTest::newRow("bypass") << qint64(40 * 86400) << true << Urgency::Calm << 1.0;
}

void TestTokenListModel::urgencyRoles()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(bool, bypass);
    QFETCH(Urgency, urgency);
    QFETCH(double, fill);
    Token t = token(u"t"_s, secondsLeft);
    t.created = m_clock.now().addDays(-365);
    t.bypass2fa = bypass;
    TokenListModel model(m_clock);
    model.setTokens({t});
    for (int column = 0; column < TokenListModel::ColumnCount; ++column) {
        const QModelIndex index = model.index(0, column);
        QCOMPARE(index.data(TokenListModel::UrgencyRole).value<Urgency>(), urgency);
        QCOMPARE(index.data(TokenListModel::Bypass2faRole).toBool(), bypass);
    }
    const QModelIndex expires = model.index(0, TokenListModel::ExpiresColumn);
    QVERIFY(qAbs(expires.data(TokenListModel::BarFillRole).toDouble() - fill) < 0.001);
    QVERIFY(
        !model.index(0, TokenListModel::NameColumn).data(TokenListModel::BarFillRole).isValid());
}

void TestTokenListModel::kindPillsAndHeaderTooltips()
{
    Token t = token(u"ci"_s, 40 * 86400);
    t.kind = TokenKind::GranularBypass2fa;
    t.packagesPermission = Permission::ReadWrite;
    TokenListModel model(m_clock);
    model.setTokens({t});
    const auto pills = model.index(0, TokenListModel::KindColumn)
                           .data(TokenListModel::KindBadgesRole)
                           .value<QList<KindBadge>>();
    QStringList words;
    for (const KindBadge &pill : pills)
        words.append(pill.text);
    QCOMPARE(words,
             (QStringList{u"granular"_s, u"bypasses 2FA"_s, u"read-write"_s, u"ends Jan 2027"_s}));
    QVERIFY(
        !model.index(0, TokenListModel::NameColumn).data(TokenListModel::KindBadgesRole).isValid());
    // The bypass mark before the name is explained in words.
    QVERIFY(model.index(0, TokenListModel::NameColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"Bypasses two-factor authentication"_s));
    // A narrow column elides its title; the tooltip keeps it whole.
    for (int column = 0; column < TokenListModel::ColumnCount; ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal, Qt::ToolTipRole),
                 model.headerData(column, Qt::Horizontal));
}

QTEST_GUILESS_MAIN(TestTokenListModel)
#include "tst_tokenlistmodel.moc"
