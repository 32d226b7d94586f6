// SPDX-License-Identifier: GPL-3.0-or-later
// Urgency by absolute time left (issue 16): every boundary, and the bar's 30-day scale.
#include "core/expiry/ExpiryUrgency.h"

#include <QTest>

using namespace td;

class TstExpiryUrgency : public QObject
{
    Q_OBJECT
    const QDateTime m_now = QDateTime(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC);

private Q_SLOTS:
    void urgencyByTimeLeft_data()
    {
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<bool>("revoked");
        QTest::addColumn<Urgency>("expected");
        constexpr qint64 day = 86400;
        QTest::newRow("5 h") << qint64(5 * 3600) << false << Urgency::Critical;
        QTest::newRow("1 d - 1 s") << day - 1 << false << Urgency::Critical;
        QTest::newRow("1 d") << day << false << Urgency::High;
        QTest::newRow("2 d") << 2 * day << false << Urgency::High;
        QTest::newRow("3 d") << 3 * day << false << Urgency::Warning;
        QTest::newRow("6 d") << 6 * day << false << Urgency::Warning;
        QTest::newRow("7 d") << 7 * day << false << Urgency::Calm;
        QTest::newRow("40 d") << 40 * day << false << Urgency::Calm;
        QTest::newRow("now") << qint64(0) << false << Urgency::Expired;
        QTest::newRow("2 d ago") << -2 * day << false << Urgency::Expired;
        QTest::newRow("revoked") << 40 * day << true << Urgency::Revoked;
    }
    void urgencyByTimeLeft()
    {
        QFETCH(qint64, secondsLeft);
        QFETCH(bool, revoked);
        QFETCH(Urgency, expected);
        const QDateTime revokedAt = revoked ? m_now.addDays(-1) : QDateTime();
        QCOMPARE(expiryUrgency(m_now.addSecs(secondsLeft), revokedAt, m_now), expected);
    }

    void noExpiryIsItsOwnUrgency() { QCOMPARE(expiryUrgency({}, {}, m_now), Urgency::NoExpiry); }

    void barFillIsTimeLeftOnAThirtyDayScale()
    {
        QCOMPARE(timeLeftBarFill(m_now.addDays(15), m_now), 0.5);
        QCOMPARE(timeLeftBarFill(m_now.addDays(400), m_now), 1.0);
        QVERIFY(timeLeftBarFill(m_now.addSecs(60), m_now) > 0.0); // a live token keeps a sliver
        QCOMPARE(timeLeftBarFill(m_now.addDays(-1), m_now), 0.0);
        QCOMPARE(timeLeftBarFill({}, m_now), 0.0);
    }
};

QTEST_GUILESS_MAIN(TstExpiryUrgency)
#include "tst_expiryurgency.moc"
