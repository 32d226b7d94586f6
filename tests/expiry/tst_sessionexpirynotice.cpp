// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "FakeWakeTimer.h"
#include "core/expiry/SessionExpiryNotice.h"

#include <QSignalSpy>
#include <QTest>

using namespace td;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

class TestSessionExpiryNotice : public QObject
{
    Q_OBJECT
private slots:
    void warnsTenMinutesBeforeOnce();
    void closeSessionWarnsAtOnce();
    void endedSessionSaysNothing();
    void earlyWakeSleepsAgain();
    void stopCancels();
};

void TestSessionExpiryNotice::warnsTenMinutesBeforeOnce()
{
    test::FakeClock clock;
    auto *timer = new test::FakeWakeTimer;
    SessionExpiryNotice notice(clock, timer);
    QSignalSpy spy(&notice, &SessionExpiryNotice::sessionEnding);
    notice.watch(u"alice"_s, clock.now().addSecs(2 * 3600));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(timer->delay(), std::chrono::milliseconds(110min));
    clock.advance(110min);
    timer->fire();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].toString(), u"alice"_s);
    QCOMPARE(spy[0][1].toLongLong(), 600);
    QCOMPARE(spy[0][2].toString(),
             u"Your npm session for alice ends in 10 minutes. Sign in again to keep working."_s);
    QVERIFY(!timer->isActive());
    QVERIFY(!notice.isWatching());
}

void TestSessionExpiryNotice::closeSessionWarnsAtOnce()
{
    test::FakeClock clock;
    SessionExpiryNotice notice(clock, new test::FakeWakeTimer);
    QSignalSpy spy(&notice, &SessionExpiryNotice::sessionEnding);
    notice.watch(u"alice"_s, clock.now().addSecs(60));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][2].toString(),
             u"Your npm session for alice ends in 1 minute. Sign in again to keep working."_s);
}

void TestSessionExpiryNotice::endedSessionSaysNothing()
{
    test::FakeClock clock;
    auto *timer = new test::FakeWakeTimer;
    SessionExpiryNotice notice(clock, timer);
    QSignalSpy spy(&notice, &SessionExpiryNotice::sessionEnding);
    notice.watch(u"alice"_s, clock.now().addSecs(-1));
    QCOMPARE(spy.count(), 0);
    QVERIFY(!timer->isActive());
}

void TestSessionExpiryNotice::earlyWakeSleepsAgain()
{
    test::FakeClock clock;
    auto *timer = new test::FakeWakeTimer;
    SessionExpiryNotice notice(clock, timer);
    QSignalSpy spy(&notice, &SessionExpiryNotice::sessionEnding);
    notice.setLeadTime(5min);
    notice.watch(u"alice"_s, clock.now().addSecs(3600));
    clock.advance(-30min); // wall clock moved back
    timer->fire();
    QCOMPARE(spy.count(), 0);
    QCOMPARE(timer->delay(), std::chrono::milliseconds(85min));
}

void TestSessionExpiryNotice::stopCancels()
{
    test::FakeClock clock;
    auto *timer = new test::FakeWakeTimer;
    SessionExpiryNotice notice(clock, timer);
    notice.watch(u"alice"_s, clock.now().addSecs(3600));
    notice.stop();
    QVERIFY(!timer->isActive());
    QVERIFY(!notice.isWatching());
}

QTEST_GUILESS_MAIN(TestSessionExpiryNotice)
#include "tst_sessionexpirynotice.moc"
