// SPDX-License-Identifier: GPL-3.0-or-later
// MinuteTickDelay (issue 18): waits of a tick or longer end on the tick someone else already
// has, never on a timer of their own; shorter ones keep their own timer.
#include "desktop/util/MinuteTickDelay.h"

#include <QAbstractEventDispatcher>
#include <QTest>

using namespace td;
using namespace std::chrono_literals;

class TstMinuteTickDelay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aWaitEndsOnTheFirstTickAtOrAfterItsDelay_data()
    {
        QTest::addColumn<int>("delaySeconds");
        QTest::addColumn<int>("ticks");
        QTest::newRow("one minute") << 60 << 1;
        QTest::newRow("five minutes") << 300 << 5;
        QTest::newRow("between ticks: the next one") << 90 << 2;
        QTest::newRow("six hours") << 6 * 3600 << 360;
    }

    void aWaitEndsOnTheFirstTickAtOrAfterItsDelay()
    {
        QFETCH(int, delaySeconds);
        QFETCH(int, ticks);
        MinuteTickDelay delay;
        QObject context;
        int fired = 0;
        delay.start(std::chrono::seconds(delaySeconds), &context, [&] { ++fired; });
        QVERIFY(QAbstractEventDispatcher::instance()->registeredTimers(&context).isEmpty());
        for (int i = 1; i < ticks; ++i)
            delay.tick();
        QCOMPARE(fired, 0);
        delay.tick();
        QCOMPARE(fired, 1);
        delay.tick();
        QCOMPARE(fired, 1); // once
        QCOMPARE(delay.waiting(), 0);
    }

    void aWaitThatEndsMayStartTheNext()
    {
        MinuteTickDelay delay;
        QObject context;
        int fired = 0;
        std::function<void()> again = [&] {
            ++fired;
            delay.start(2min, &context, again);
        };
        delay.start(2min, &context, again);
        for (int i = 0; i < 6; ++i)
            delay.tick();
        QCOMPARE(fired, 3);
        QCOMPARE(delay.waiting(), 1);
    }

    void aGoneContextCancelsItsWait()
    {
        MinuteTickDelay delay;
        int fired = 0;
        {
            QObject context;
            delay.start(1min, &context, [&] { ++fired; });
        }
        delay.tick();
        QCOMPARE(fired, 0);
        QCOMPARE(delay.waiting(), 0);
    }

    void aWaitShorterThanATickHasItsOwnTimer()
    {
        MinuteTickDelay delay;
        QObject context;
        bool fired = false;
        delay.start(20ms, &context, [&] { fired = true; });
        QCOMPARE(delay.waiting(), 0);
        QTRY_VERIFY(fired);
    }
};

QTEST_GUILESS_MAIN(TstMinuteTickDelay)
#include "tst_minutetickdelay.moc"
