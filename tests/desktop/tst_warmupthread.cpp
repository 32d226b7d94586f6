// SPDX-License-Identifier: GPL-3.0-or-later
// WarmUpThread (issue 18: fontconfig's configuration is read on it while QApplication starts):
// the work runs once, on another thread, and finish() returns only after it has run.
#include "desktop/startup/WarmUpThread.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace std::chrono_literals;

class TestWarmUpThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finishWaitsForTheWork()
    {
        std::atomic<bool> done = false;
        std::thread::id ranOn;
        td::WarmUpThread thread;
        thread.start([&] {
            std::this_thread::sleep_for(50ms); // still running when finish() is called
            ranOn = std::this_thread::get_id();
            done = true;
        });
        thread.finish();
        QVERIFY(done);
        QVERIFY(ranOn != std::this_thread::get_id());
    }

    void theWorkRunsOnce()
    {
        std::atomic<int> runs = 0;
        td::WarmUpThread thread;
        thread.start([&] { ++runs; });
        thread.start([&] { ++runs; });
        thread.finish();
        thread.start([&] { ++runs; }); // not again after finish() either
        thread.finish();
        QCOMPARE(runs.load(), 1);
    }

    void finishWithoutStartReturns()
    {
        td::WarmUpThread thread;
        thread.finish();
        thread.finish();
    }

    void theOwnerWaitsWhenNobodyFinished()
    {
        std::atomic<bool> done = false;
        {
            td::WarmUpThread thread;
            thread.start([&] {
                std::this_thread::sleep_for(50ms);
                done = true;
            });
        }
        QVERIFY(done);
    }
};

QTEST_APPLESS_MAIN(TestWarmUpThread)
#include "tst_warmupthread.moc"
