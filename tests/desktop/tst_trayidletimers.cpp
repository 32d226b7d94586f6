// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18: hidden in the tray with the staged-release poll on, TokenDesk wakes at most once a
// minute besides due notices. Every timer alive on the main thread while hidden is listed here
// with its owner: the minute tick may run, and the wake timers of notices due later; anything
// else (the staged poll's own timer, a six-hour check, a hidden view's relayout) is a wake-up the
// minute tick does not pay for. Qt's timers run on the monotonic clock, so the test takes their
// inventory instead of waiting ten real minutes (tests/benchmarks/bench_tray_idle.cpp does that).
// Issue 22: the publish watch runs in the hidden app too (the real tokendesk-sandbox, --seed
// watch, its @acme packages watched); its packument poll and its hourly re-read of what to watch
// must ride the same minute tick, not keep timers of their own.
#include "DemoTokens.h"
#include "FakeClock.h"
#include "SandboxProcess.h"
#include "XcbTestMain.h"
#include "core/account/AccountStore.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/stage/StageInbox.h"
#include "core/tokenlist/TokenCache.h"
#include "core/watch/PackumentPoller.h"
#include "core/watch/WatchService.h"
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

const QString kAccount = QStringLiteral("maintainer@registry.npmjs.org");

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

// Timer events the main thread delivers, by their object.
class TimerEvents : public QObject
{
public:
    QStringList owners;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Timer)
            owners << describe(watched);
        return QObject::eventFilter(watched, event);
    }
};

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
        AccountStore store(dir.filePath(QStringLiteral("accounts.json")));
        Account account;
        account.id = kAccount;
        account.user = QStringLiteral("maintainer");
        store.upsert(account);
        QVERIFY(store.save());
        TokenCache cache(dir.filePath(QStringLiteral("token-cache")));
        QVERIFY(cache.store(kAccount, test::demoTokens(clock.now(), 40), clock.now()));

        InMemorySecretStore secrets;
        Application::Options options;
        options.dataDir = dir.path();
        options.clock = &clock;
        options.secrets = &secrets;
        options.startHidden = true; // as the login autostart does
        Application app(options);
        QSignalSpy polls(app.stageInbox(), &StageInbox::updated);
        app.start();
        QVERIFY(app.tray()->isAvailable());
        QVERIFY(!app.mainWindow()->isVisible());
        QTRY_VERIFY(polls.count() >= 1); // the staged-release poll is on and has run once
        QTest::qWait(300);               // what start-up posted has settled

        expectOnlyTheMinuteTick(app);
    }

    void hiddenWithThePublishWatchOnlyTheMinuteTickRuns()
    {
        test::SandboxProcess sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--seed"), QStringLiteral("watch")}),
                 qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        FakeClock clock;
        AccountStore store(dir.filePath(QStringLiteral("accounts.json")));
        Account account;
        account.registry = sandbox.url();
        account.user = QStringLiteral("maintainer"); // writes the seed's @acme packages
        account.id = Account::makeId(sandbox.url(), account.user);
        store.upsert(account);
        QVERIFY(store.save());

        InMemorySecretStore secrets;
        Application::Options options;
        options.dataDir = dir.path();
        options.clock = &clock;
        options.secrets = &secrets;
        options.startHidden = true;
        Application app(options);
        app.start();
        QVERIFY(app.tray()->isAvailable());
        QVERIFY(!app.mainWindow()->isVisible());
        // The watch has its targets, read the first package's turn and planned the next turns.
        watch::WatchService *service = app.watchService();
        const watch::PackumentPoller &poller = service->poller();
        QTRY_VERIFY_WITH_TIMEOUT(service->targetCount() >= 2 && poller.isRunning()
                                     && poller.budget().requestsLastHour >= 1 && poller.isIdle(),
                                 30000);
        QTest::qWait(1000); // the first judgement and what start-up posted have settled
        QVERIFY(poller.isIdle());
        QVERIFY(poller.isRunning());
        expectOnlyTheMinuteTick(app, {service, &service->poller()});

        // And the watch still polls: the next package's turn is read on the tick after it came.
        auto *tick = app.findChild<QTimer *>(QStringLiteral("minuteTimer"));
        QVERIFY(tick);
        const int requests = poller.budget().requestsLastHour;
        const int releases = int(service->releases().size());
        TimerEvents timerEvents; // what the read and its judgement set off in the hidden app
        qApp->installEventFilter(&timerEvents);
        for (int minute = 0; minute < 3; ++minute) { // the turns are 10 min / packages apart
            clock.advance(std::chrono::minutes(1));
            QVERIFY(QMetaObject::invokeMethod(tick, "timeout"));
        }
        QTRY_VERIFY_WITH_TIMEOUT(poller.budget().requestsLastHour > requests && poller.isIdle()
                                     && service->releases().size() > releases,
                                 30000);
        QTest::qWait(300);
        qApp->removeEventFilter(&timerEvents);
        // A new release (the package's baseline) must not relayout the hidden Releases table.
        QVERIFY2(timerEvents.owners.isEmpty(),
                 qPrintable(timerEvents.owners.join(QStringLiteral("; "))));
    }

private:
    // Every timer alive on the main thread: the minute tick, notices' wake timers, nothing else.
    // `more` are objects outside the app's tree (owned by members rather than by children).
    static void expectOnlyTheMinuteTick(Application &app, const QList<QObject *> &more = {})
    {
        QSet<QObject *> objects;
        collect(&app, objects);
        collect(qApp, objects);
        for (QObject *object : more)
            collect(object, objects);
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
