// SPDX-License-Identifier: GPL-3.0-or-later
// Tray idle benchmark (label "benchmark": `make benchmark`, skipped by `make test`). Issue 18:
// hidden in the tray with the staged-release poll running, TokenDesk wakes at most once a minute
// besides due notices, and its idle RSS stays within 25 MB of an empty window. Issue 22: the same
// holds with the publish watch running (its turns ride the minute tick).
//
// Runs itself three times as child processes, side by side over the same stretch of real time
// (TD_TRAY_IDLE_SECONDS, default 600): TokenDesk started hidden in the tray (Xvfb and the
// harness's fake StatusNotifierWatcher provide one) with 1,000 cached tokens; the same with a
// second account on the real tokendesk-sandbox whose 500 packages the publish watch polls (every
// 10 minutes, so a turn comes every 1.2 s: each minute has some); and an empty QMainWindow on
// screen. Qt's timers run on the monotonic clock, which the sandbox clock cannot
// speed up, so the ten minutes are real ones. Each child counts, after a settling pause:
//   - wake-ups: timer events the main thread delivers (the event counter), by the class of the
//     timer's owner;
//   - voluntary context switches of all its threads (the kernel's count of every time a thread
//     went to sleep, whatever woke it), as a cross-check that nothing else wakes it;
//   - its RSS at the end.
#include "DesktopBenchSupport.h"
#include "SandboxProcess.h"
#include "WatchBenchSeed.h"
#include "core/account/AccountStore.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/watch/PackumentPoller.h"
#include "core/watch/WatchService.h"
#include "desktop/Application.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/tray/TrayController.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMainWindow>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

#include <unistd.h>

using namespace td;

namespace {

constexpr int kSettleMs = 5000; // start-up's own work (notices due at start, first poll) first
constexpr int kWatchedPackages = 500;

// Timer events the main thread delivers, by the class of the object that owns the timer.
class WakeCounter : public QObject
{
public:
    QMap<QString, int> byOwner;
    int total = 0;
    const QObject *ignored = nullptr; // the benchmark's own timer that ends the stretch

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Timer && watched != ignored) {
            ++total;
            // A named timer by its name ("minuteTimer"), else by the class of its owner.
            const QObject *owner = watched->parent() && watched->objectName().isEmpty()
                ? watched->parent()
                : watched;
            QString name = QString::fromLatin1(owner->metaObject()->className());
            if (!owner->objectName().isEmpty())
                name += QLatin1Char('/') + owner->objectName();
            ++byOwner[name];
        }
        return QObject::eventFilter(watched, event);
    }
};

// Of every thread, or of the main (GUI) thread only.
qint64 voluntaryContextSwitches(bool mainThreadOnly = false)
{
    qint64 sum = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    const QStringList all = tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : mainThreadOnly ? QStringList{QString::number(getpid())} : all) {
        QFile status(tasks.filePath(task) + QStringLiteral("/status"));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("voluntary_ctxt_switches:"))
                sum += line.mid(24).trimmed().toLongLong();
    }
    return sum;
}

int child(int argc, char *argv[], bool empty, const QString &dataDir, int seconds)
{
    QApplication qapp(argc, argv);
    std::unique_ptr<QMainWindow> window;
    std::unique_ptr<InMemorySecretStore> secrets;
    std::unique_ptr<Application> app;
    if (empty) {
        window = std::make_unique<QMainWindow>();
        window->resize(1100, 680);
        window->show();
    } else {
        secrets = std::make_unique<InMemorySecretStore>();
        Application::Options options;
        options.dataDir = dataDir;
        options.secrets = secrets.get();
        options.startHidden = true; // as the login autostart does
        app = std::make_unique<Application>(options);
        app->start();
        if (!app->tray()->isAvailable()) {
            std::printf("note no system tray here: the window was hidden by hand\n");
            app->mainWindow()->hide();
        }
    }
    QTest::qWait(kSettleMs);

    WakeCounter wakes;
    qapp.installEventFilter(&wakes);
    const qint64 switchesBefore = voluntaryContextSwitches();
    const qint64 mainSwitchesBefore = voluntaryContextSwitches(true);
    const int watchRequestsBefore = app ? app->watchService()->budget().requestsLastHour : 0;
    QEventLoop idle;
    qint64 switches = 0;
    qint64 mainSwitches = 0;
    QTimer end;
    end.setSingleShot(true);
    wakes.ignored = &end;
    QObject::connect(&end, &QTimer::timeout, &idle, [&] {
        switches = voluntaryContextSwitches() - switchesBefore;
        mainSwitches = voluntaryContextSwitches(true) - mainSwitchesBefore;
        idle.quit();
    });
    end.start(std::chrono::seconds(seconds));
    idle.exec();
    qapp.removeEventFilter(&wakes);

    std::printf("wakes %d\nswitches %lld\nmain %lld\nrss %lld\n", wakes.total, switches,
                mainSwitches, test::rssKb());
    if (app) // what the watch read in the stretch (its own count; at most 0 when it watches none)
        std::printf("watched %d\nread %d\n", app->watchService()->targetCount(),
                    app->watchService()->budget().requestsLastHour - watchRequestsBefore);
    for (auto it = wakes.byOwner.cbegin(); it != wakes.byOwner.cend(); ++it)
        if (it.value() > 0)
            std::printf("owner %s %d\n", qPrintable(it.key()), it.value());
    std::fflush(stdout);
    return 0;
}

struct Idle
{
    int wakes = -1;
    qint64 switches = -1;
    qint64 mainSwitches = -1;
    double rssMb = 0;
    int watched = 0;
    int read = 0;
    QStringList owners;
};

Idle parse(const QByteArray &out)
{
    Idle idle;
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("wakes "))
            idle.wakes = line.mid(6).toInt();
        else if (line.startsWith("switches "))
            idle.switches = line.mid(9).toLongLong();
        else if (line.startsWith("main "))
            idle.mainSwitches = line.mid(5).toLongLong();
        else if (line.startsWith("rss "))
            idle.rssMb = line.mid(4).toDouble() / 1024.0;
        else if (line.startsWith("watched "))
            idle.watched = line.mid(8).toInt();
        else if (line.startsWith("read "))
            idle.read = line.mid(5).toInt();
        else if (line.startsWith("owner "))
            idle.owners << QString::fromUtf8(line.mid(6));
        else if (line.startsWith("note "))
            std::printf("%s\n", line.mid(5).constData());
    }
    return idle;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 5 && qstrcmp(argv[1], "--child") == 0)
        return child(argc, argv, qstrcmp(argv[2], "empty") == 0, QString::fromLocal8Bit(argv[3]),
                     QByteArray(argv[4]).toInt());

    QCoreApplication qapp(argc, argv);
    const int seconds = qEnvironmentVariableIsSet("TD_TRAY_IDLE_SECONDS")
        ? qEnvironmentVariableIntValue("TD_TRAY_IDLE_SECONDS")
        : 600;
    QTemporaryDir dir;
    if (!test::prepareBenchDataDir(dir))
        return 1;
    // The watching TokenDesk: the same cached tokens plus an account on the sandbox.
    test::SandboxProcess sandbox;
    const QString watchDir = dir.filePath(QStringLiteral("watch"));
    if (!QDir().mkpath(watchDir) || !test::seedCachedTokens(watchDir)
        || !test::writeWatchBenchSeed(dir.filePath(QStringLiteral("seed.json")), kWatchedPackages,
                                      4)
        || !sandbox.start({QStringLiteral("--seed"), dir.filePath(QStringLiteral("seed.json"))})) {
        std::fprintf(stderr, "could not prepare the watched sandbox: %s\n",
                     qPrintable(sandbox.errorString()));
        return 1;
    }
    AccountStore accounts(watchDir + QStringLiteral("/accounts.json"));
    const bool loaded = accounts.load().ok();
    Account maintainer;
    maintainer.registry = sandbox.url();
    maintainer.user = QStringLiteral("maintainer");
    maintainer.id = Account::makeId(sandbox.url(), maintainer.user);
    accounts.upsert(maintainer);
    if (!loaded || !accounts.save().ok()) {
        std::fprintf(stderr, "could not write the watching account\n");
        return 1;
    }

    // All at once, so they share the same stretch of time and the same machine load.
    QProcess app;
    QProcess watching;
    QProcess empty;
    test::startBenchChild(app, {QStringLiteral("app"), dir.path(), QString::number(seconds)});
    test::startBenchChild(watching, {QStringLiteral("app"), watchDir, QString::number(seconds)});
    test::startBenchChild(empty, {QStringLiteral("empty"), dir.path(), QString::number(seconds)});
    const int deadlineMs = (seconds + 120) * 1000;
    for (QProcess *process : {&app, &watching, &empty})
        if (!process->waitForFinished(deadlineMs)) {
            std::fprintf(stderr, "a child did not finish\n");
            return 1;
        }
    const Idle tokendesk = parse(app.readAllStandardOutput());
    const Idle watcher = parse(watching.readAllStandardOutput());
    const Idle floor = parse(empty.readAllStandardOutput());
    if (tokendesk.wakes < 0 || watcher.wakes < 0 || floor.wakes < 0) {
        std::fprintf(stderr, "a child run failed\n");
        return 1;
    }
    const double minutes = seconds / 60.0;
    std::printf("\nTokenDesk tray idle benchmark: %d cached tokens, %d s of real time (Qt timers "
                "cannot run on the sandbox clock), staged-release poll every 300 s, counted "
                "after %d s of settling\n",
                test::kBenchTokens, seconds, kSettleMs / 1000);
    std::printf("tokendesk hidden in the tray %d wake-ups (%.2f a minute) | empty QMainWindow %d "
                "(%.2f a minute) | goal \u2264 1 a minute besides due notices\n",
                tokendesk.wakes, tokendesk.wakes / minutes, floor.wakes, floor.wakes / minutes);
    std::printf("  wake-ups by timer owner: %s\n", qPrintable(tokendesk.owners.join(u", ")));
    std::printf("tokendesk hidden with the publish watch on (%d packages on the sandbox, 10-minute "
                "interval, %d packument reads in the stretch) %d wake-ups (%.2f a minute) | goal "
                "\u2264 1 a minute besides due notices\n",
                watcher.watched, watcher.read, watcher.wakes, watcher.wakes / minutes);
    std::printf("  wake-ups by timer owner: %s; voluntary context switches: main thread %lld, all "
                "threads %lld\n",
                qPrintable(watcher.owners.join(u", ")), watcher.mainSwitches, watcher.switches);
    std::printf("voluntary context switches (each a sleep ended by a wake-up), main thread: "
                "tokendesk %lld | empty QMainWindow %lld; all threads: tokendesk %lld | empty "
                "QMainWindow %lld\n",
                tokendesk.mainSwitches, floor.mainSwitches, tokendesk.switches, floor.switches);
    std::printf("idle RSS tokendesk %.1f MB | empty QMainWindow %.1f MB | +%.1f MB (goal \u2264 "
                "+25 MB)\n",
                tokendesk.rssMb, floor.rssMb, tokendesk.rssMb - floor.rssMb);
    return 0;
}
