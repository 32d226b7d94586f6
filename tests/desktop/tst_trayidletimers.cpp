// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18: hidden in the tray with the staged-release poll on, TokenDesk wakes at most once a
// minute besides due notices. Every timer alive on the main thread while hidden is listed here
// with its owner: the minute tick may run, and the wake timers of notices due later; anything
// else (the staged poll's own timer, a six-hour check, a hidden view's relayout) is a wake-up the
// minute tick does not pay for. Qt's timers run on the monotonic clock, so the test takes their
// inventory instead of waiting ten real minutes (tests/benchmarks/bench_tray_idle.cpp does that).
#include "DemoAccount.h"
#include "FakeClock.h"
#include "XcbTestMain.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/stage/StageInbox.h"
#include "desktop/Application.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/tray/TrayController.h"

#include <QAbstractEventDispatcher>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using namespace td;
using td::test::FakeClock;

namespace {

void collect(QObject *object, QSet<QObject *> &seen)
{
    if (!object || seen.contains(object))
        return;
    seen.insert(object);
    const QObjectList children = object->children();
    for (QObject *child : children)
        collect(child, seen);
}

QString describe(const QObject *object)
{
    QString name = QString::fromLatin1(object->metaObject()->className());
    if (!object->objectName().isEmpty())
        name += QLatin1Char('/') + object->objectName();
    if (const QObject *parent = object->parent())
        name += QStringLiteral(" in ") + QString::fromLatin1(parent->metaObject()->className());
    return name;
}

// Owned by a notice's wake timer (QtWakeTimer): a notice due then may wake the process.
bool wakesForANotice(const QObject *object)
{
    for (const QObject *o = object; o; o = o->parent())
        if (o->inherits("td::WakeTimer"))
            return true;
    return false;
}

} // namespace

class TstTrayIdleTimers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QStandardPaths::setTestModeEnabled(true);
    }

    void hiddenInTheTrayOnlyTheMinuteTickRuns()
    {
        QTemporaryDir dir;
        FakeClock clock;
        QVERIFY(test::seedDemoAccount(dir.path(), clock.now(), 40));

        InMemorySecretStore secrets;
        Application::Options options = test::demoAppOptions(dir.path(), clock, secrets);
        options.startHidden = true; // as the login autostart does
        Application app(options);
        QSignalSpy polls(app.stageInbox(), &StageInbox::updated);
        app.start();
        QVERIFY(app.tray()->isAvailable());
        QVERIFY(!app.mainWindow()->isVisible());
        QTRY_VERIFY(polls.count() >= 1); // the staged-release poll is on and has run once
        QTest::qWait(300);               // what start-up posted has settled

        QSet<QObject *> objects;
        collect(&app, objects);
        collect(qApp, objects);
        collect(QAbstractEventDispatcher::instance(), objects); // single-shot timers live here
        const QWidgetList topLevels = QApplication::topLevelWidgets();
        for (QWidget *widget : topLevels)
            collect(widget, objects);

        QStringList extra;
        int minuteTicks = 0;
        QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
        for (QObject *object : std::as_const(objects)) {
            const QList<QAbstractEventDispatcher::TimerInfo> timers
                = dispatcher->registeredTimers(object);
            for (const QAbstractEventDispatcher::TimerInfo &timer : timers) {
                qInfo().noquote() << "alive while hidden:" << describe(object) << "every"
                                  << timer.interval << "ms";
                if (object->objectName() == QLatin1String("minuteTimer")
                    && timer.interval == 60 * 1000) {
                    ++minuteTicks;
                    continue;
                }
                if (wakesForANotice(object))
                    continue;
                extra << QStringLiteral("%1 every %2 ms").arg(describe(object)).arg(timer.interval);
            }
        }
        QVERIFY2(extra.isEmpty(), qPrintable(extra.join(QStringLiteral("; "))));
        QCOMPARE(minuteTicks, 1); // the tick itself runs (and is the one this test found)
    }
};

TD_XCB_TEST_MAIN(TstTrayIdleTimers)
#include "tst_trayidletimers.moc"
