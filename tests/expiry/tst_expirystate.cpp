// SPDX-License-Identifier: GPL-3.0-or-later
// Countdown text, states and life fraction across their boundaries, with the clock as data.
#include "core/expiry/ExpiryState.h"
#include "core/tokens/Token.h"

#include <QTest>
#include <QTimeZone>

using namespace td;
using namespace std::chrono_literals;

class TestExpiryState : public QObject
{
    Q_OBJECT
private slots:
    void countdown_data();
    void countdown();
    void countdownAcrossDst();
    void state_data();
    void state();
    void customThresholds();
    void lifeFraction_data();
    void lifeFraction();
    void noticePointsAreSortedWithExpiryLast();
};

namespace {
const QDateTime kNow(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
constexpr qint64 kMin = 60, kHour = 3600, kDay = 86400;
} // namespace

void TestExpiryState::countdown_data()
{
    QTest::addColumn<qint64>("remaining"); // seconds from now to expiry
    QTest::addColumn<QString>("text");
    QTest::newRow("2 d 4 h") << 2 * kDay + 4 * kHour << "in 2 d 4 h";
    QTest::newRow("2 d 4 h 59 min floors") << 2 * kDay + 4 * kHour + 59 * kMin << "in 2 d 4 h";
    QTest::newRow("exactly 1 d") << kDay << "in 1 d";
    QTest::newRow("1 d minus 1 s") << kDay - 1 << "in 23 h 59 min";
    QTest::newRow("exactly 1 h") << kHour << "in 1 h";
    QTest::newRow("1 h plus 1 min") << kHour + kMin << "in 1 h 1 min";
    QTest::newRow("1 h minus 1 s") << kHour - 1 << "in 59 min";
    QTest::newRow("37 min") << 37 * kMin + 12 << "in 37 min";
    QTest::newRow("59 s") << qint64(59) << "in 59 s";
    QTest::newRow("1 s") << qint64(1) << "in 1 s";
    QTest::newRow("exactly now") << qint64(0) << "expired just now";
    QTest::newRow("59 s ago") << qint64(-59) << "expired just now";
    QTest::newRow("1 min ago") << -kMin << "expired 1 min ago";
    QTest::newRow("5 h ago") << -5 * kHour - 10 * kMin << "expired 5 h ago";
    QTest::newRow("3 d ago") << -3 * kDay - 2 * kHour << "expired 3 d ago";
    QTest::newRow("far future") << 3650 * kDay << "in 3650 d";
}

void TestExpiryState::countdown()
{
    QFETCH(qint64, remaining);
    QFETCH(QString, text);
    QCOMPARE(countdownText(kNow.addSecs(remaining), kNow), text);
}

// Europe/Berlin leaves summer time on 2026-10-25: noon to noon across it is 49 real hours, and a
// token expiring at local noon two days later is "in 2 d 1 h", whatever zone the dates are in.
void TestExpiryState::countdownAcrossDst()
{
    const QTimeZone berlin("Europe/Berlin");
    if (!berlin.isValid())
        QSKIP("no tz database for Europe/Berlin");
    const QDateTime now(QDate(2026, 10, 24), QTime(12, 0), berlin);
    const QDateTime expires(QDate(2026, 10, 26), QTime(12, 0), berlin);
    QCOMPARE(countdownText(expires, now), QStringLiteral("in 2 d 1 h"));
    QCOMPARE(countdownText(expires.toUTC(), now.toUTC()), QStringLiteral("in 2 d 1 h"));
    // Spring forward (2027-03-28): only 23 real hours between two local noons.
    const QDateTime springNow(QDate(2027, 3, 27), QTime(12, 0), berlin);
    const QDateTime springExpires(QDate(2027, 3, 28), QTime(12, 0), berlin);
    QCOMPARE(countdownText(springExpires, springNow), QStringLiteral("in 23 h"));
}

void TestExpiryState::state_data()
{
    QTest::addColumn<QDateTime>("expires");
    QTest::addColumn<QDateTime>("revoked");
    QTest::addColumn<ExpiryState>("state");
    const QDateTime none;
    QTest::newRow("no expiry") << none << none << ExpiryState::NoExpiry;
    QTest::newRow("far future") << kNow.addDays(3650) << none << ExpiryState::Healthy;
    QTest::newRow("14 d + 1 s") << kNow.addSecs(14 * kDay + 1) << none << ExpiryState::Healthy;
    QTest::newRow("exactly 14 d") << kNow.addSecs(14 * kDay) << none << ExpiryState::ExpiringSoon;
    QTest::newRow("3 d + 1 s") << kNow.addSecs(3 * kDay + 1) << none << ExpiryState::ExpiringSoon;
    QTest::newRow("exactly 3 d") << kNow.addSecs(3 * kDay) << none << ExpiryState::Critical;
    QTest::newRow("exactly 1 h") << kNow.addSecs(kHour) << none << ExpiryState::Critical;
    QTest::newRow("1 s left") << kNow.addSecs(1) << none << ExpiryState::Critical;
    QTest::newRow("at expiry") << kNow << none << ExpiryState::Expired;
    QTest::newRow("long expired") << kNow.addDays(-400) << none << ExpiryState::Expired;
    QTest::newRow("revoked beats healthy")
        << kNow.addDays(60) << kNow.addDays(-1) << ExpiryState::Revoked;
    QTest::newRow("revoked without expiry") << none << kNow << ExpiryState::Revoked;
}

void TestExpiryState::state()
{
    QFETCH(QDateTime, expires);
    QFETCH(QDateTime, revoked);
    QFETCH(ExpiryState, state);
    QCOMPARE(expiryState(expires, revoked, kNow), state);
    Token token;
    token.expires = expires;
    token.revoked = revoked;
    QCOMPARE(expiryState(token, kNow), state);
}

void TestExpiryState::customThresholds()
{
    ExpiryThresholds thresholds = ExpiryThresholds::defaults();
    thresholds.soon = 30 * 24h;
    thresholds.critical = 1h;
    const QDateTime in20days = kNow.addDays(20);
    QCOMPARE(expiryState(in20days, {}, kNow, thresholds), ExpiryState::ExpiringSoon);
    QCOMPARE(expiryState(in20days, {}, kNow), ExpiryState::Healthy);
    QCOMPARE(expiryState(kNow.addSecs(2 * kHour), {}, kNow, thresholds), ExpiryState::ExpiringSoon);
    QCOMPARE(expiryState(kNow.addSecs(kHour), {}, kNow, thresholds), ExpiryState::Critical);
}

void TestExpiryState::lifeFraction_data()
{
    QTest::addColumn<QDateTime>("created");
    QTest::addColumn<QDateTime>("expires");
    QTest::addColumn<double>("fraction"); // -1 = none
    QTest::newRow("new") << kNow << kNow.addDays(10) << 1.0;
    QTest::newRow("half") << kNow.addDays(-5) << kNow.addDays(5) << 0.5;
    QTest::newRow("expired") << kNow.addDays(-10) << kNow.addDays(-1) << 0.0;
    QTest::newRow("created in the future (clock skew)")
        << kNow.addDays(1) << kNow.addDays(2) << 1.0;
    QTest::newRow("no expiry") << kNow << QDateTime() << -1.0;
    QTest::newRow("no created") << QDateTime() << kNow.addDays(1) << -1.0;
}

void TestExpiryState::lifeFraction()
{
    QFETCH(QDateTime, created);
    QFETCH(QDateTime, expires);
    QFETCH(double, fraction);
    const std::optional<double> actual = remainingLifeFraction(created, expires, kNow);
    if (fraction < 0) {
        QVERIFY(!actual.has_value());
    } else {
        QVERIFY(actual.has_value());
        QCOMPARE(*actual, fraction);
    }
}

void TestExpiryState::noticePointsAreSortedWithExpiryLast()
{
    ExpiryThresholds thresholds;
    thresholds.notifyBefore = {1h, 24h * 7, 1h, -5s, 24h * 14};
    const QList<std::chrono::seconds> expected{24h * 14, 24h * 7, 1h, 0s};
    QCOMPARE(thresholds.noticePoints(), expected);
    QCOMPARE(ExpiryThresholds::defaults().noticePoints().size(), 6);
}

QTEST_GUILESS_MAIN(TestExpiryState)
#include "tst_expirystate.moc"
