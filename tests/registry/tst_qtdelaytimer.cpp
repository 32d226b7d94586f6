// SPDX-License-Identifier: GPL-3.0-or-later
// QtDelayTimer, the production DelayTimer (the CLI's watch, retries): fires once after its delay;
// a wait whose context is deleted (the poller cancels its planned wake-up that way each time it
// plans a new one) leaves no timer behind, which would still wake the process when due; a wait
// whose own call deletes its context ends cleanly.
#include "core/registry/DelayTimer.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QPointer>
#include <QTest>

using namespace td;
using namespace std::chrono_literals;

namespace {

// Every timer of `interval` alive on this thread whose object can be found: the objects under
// the event dispatcher (where Qt's bare single-shot timers live) and under `root`.
int timersOf(std::chrono::milliseconds interval, QObject *root)
{
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    QObjectList objects = dispatcher->findChildren<QObject *>();
    objects << dispatcher;
    if (root)
        objects << root << root->findChildren<QObject *>();
    int found = 0;
    for (QObject *object : std::as_const(objects)) {
        const QList<QAbstractEventDispatcher::TimerInfo> timers
            = dispatcher->registeredTimers(object);
        for (const QAbstractEventDispatcher::TimerInfo &timer : timers)
            found += timer.interval == interval.count() ? 1 : 0;
    }
    return found;
}

} // namespace

class TstQtDelayTimer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firesOnceAfterItsDelay()
    {
        QtDelayTimer timer;
        QObject context;
        int fired = 0;
        timer.start(20ms, &context, [&fired] { ++fired; });
        QCOMPARE(fired, 0);
        QTRY_COMPARE(fired, 1);
        QTest::qWait(100);
        QCOMPARE(fired, 1);
    }

    void aDeletedContextLeavesNoTimer()
    {
        QtDelayTimer timer;
        auto *context = new QObject;
        bool fired = false;
        timer.start(1h, context, [&fired] { fired = true; });
        QCOMPARE(timersOf(1h, context), 1);
        delete context;
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(timersOf(1h, nullptr), 0);
        QVERIFY(!fired);
    }

    void aCallThatDeletesItsContextEndsCleanly()
    {
        QtDelayTimer timer;
        QPointer<QObject> context = new QObject;
        int fired = 0;
        timer.start(10ms, context, [&] {
            ++fired;
            delete context.data(); // as the poller replaces its wake-up context
        });
        QTRY_COMPARE(fired, 1);
        QVERIFY(!context);
        QTest::qWait(50);
        QCOMPARE(fired, 1);
    }

    void aNullContextStillFires()
    {
        QtDelayTimer timer;
        int fired = 0;
        timer.start(10ms, nullptr, [&fired] { ++fired; });
        QTRY_COMPARE(fired, 1);
    }
};

QTEST_GUILESS_MAIN(TstQtDelayTimer)
#include "tst_qtdelaytimer.moc"
