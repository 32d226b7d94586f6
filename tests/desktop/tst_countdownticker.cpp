// SPDX-License-Identifier: GPL-3.0-or-later
// The table's countdowns tick every second while the window is on screen and not at all while it
// is hidden in the tray (issue 18: at most one wake-up a minute when idle there); shown again, the
// rows catch up at once rather than a second later.
#include "DemoTokens.h"
#include "FakeClock.h"
#include "core/tokenlist/TokenFilterProxy.h"
#include "core/tokenlist/TokenListModel.h"
#include "desktop/mainwindow/CountdownTicker.h"

#include <QMainWindow>
#include <QTableView>
#include <QTest>

using namespace td;

class TestCountdownTicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ticksOnlyWhileTheWindowIsShown()
    {
        test::FakeClock clock;
        TokenListModel model(clock);
        model.setTokens(test::demoTokens(clock.now()));
        TokenFilterProxy proxy;
        proxy.setSourceTokenModel(&model);
        QMainWindow window;
        auto *table = new QTableView;
        table->setModel(&proxy);
        window.setCentralWidget(table);
        CountdownTicker ticker(table, &proxy);
        QVERIFY(!ticker.isTicking()); // built before the window shows: nothing to tick yet

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(ticker.isTicking());
        QCOMPARE(ticker.intervalMs(), 1000);

        window.hide(); // closed to the tray
        QVERIFY(!ticker.isTicking());

        clock.advance(std::chrono::hours(1));
        QVERIFY(model.now() != clock.now());
        window.show();
        QVERIFY(ticker.isTicking());
        QCOMPARE(model.now(), clock.now()); // caught up on show, not a tick later
    }
};

QTEST_MAIN(TestCountdownTicker)
#include "tst_countdownticker.moc"
