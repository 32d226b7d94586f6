// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop benchmark (label "benchmark": `make benchmark`, skipped by `make test`). Runs itself
// as a child process, so each number is a fresh program:
//   - start to first painted table with 1,000 cached tokens (monotonic time from just before
//     exec to the moment the table's viewport receives its first paint event), beside an empty
//     QMainWindow's first paint measured the same way; what start-up defers until after that
//     paint (keychain, notices, network, the staged-release poll) does not count. Measured on
//     the harness's X server (xcb, the platform users run), and again on Qt's offscreen
//     platform, which has no display server, platform theme or icon theme to ask;
//   - for reference, not a goal: a QMainWindow holding only a QTableView of the same 1,000 rows'
//     text (a QStandardItemModel, the default delegate; fontconfig read on a second thread as
//     TokenDesk does), measured the same way, and TokenDesk beside it: how much of the gap to
//     the empty window the rows alone take;
//   - idle RSS two seconds after that, beside the empty QMainWindow's (xcb);
//   - filter latency (text typed into the filter box → table repainted), median of 20, beside
//     an empty QMainWindow's update → repaint (xcb).
// TD_BENCH_FIRST_PAINT_ONLY=1 measures the first rows alone (each child exits at its first
// paint): for profiling start-up, quicker, and `--child app DIR` under callgrind stops there.
// Each start row also prints its ratio round by round (the children of one round run a second
// apart, while this machine's speed drifts between rounds). TD_BENCH_BASELINE_DESKTOP=<another
// build of this benchmark> starts that build's app child in every round too and prints this
// build − baseline round by round: a before/after under one load.
#include "BenchSpread.h"
#include "DemoTokens.h"
#include "DesktopBenchSupport.h"
#include "core/secrets/InMemorySecretStore.h"
#include "desktop/Application.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/startup/FontConfigWarmUp.h"
#include "desktop/startup/StartupMarks.h"
#include "desktop/startup/WindowWarmUp.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMainWindow>
#include <QProcess>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>

using namespace td;

namespace {
using test::kBenchTokens;
using test::rssKb;

// Nanoseconds on the monotonic clock, which the parent and its children share: the child reads
// it when the first paint event arrives, so what the program does after that paint (the work
// deferred until then) does not count, however soon the child gets to report it.
qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

class PaintWatch : public QObject
{
public:
    using QObject::QObject;
    int paints = 0;
    qint64 firstPaintNs = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && ++paints == 1) {
            firstPaintNs = monotonicNs();
            startupMark("first paint");
        }
        return QObject::eventFilter(watched, event);
    }
};

// Waits until the watched widget has painted again; returns the elapsed milliseconds.
double untilPainted(PaintWatch &watch, const std::function<void()> &change)
{
    const int before = watch.paints;
    QElapsedTimer timer;
    timer.start();
    change();
    while (watch.paints == before && timer.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return double(timer.nsecsElapsed()) / 1e6;
}

bool firstPaintOnly()
{
    return qEnvironmentVariableIsSet("TD_BENCH_FIRST_PAINT_ONLY");
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// A QMainWindow holding only a QTableView of the same 1,000 tokens' text (a QStandardItemModel,
// the default delegate): what showing the rows alone costs.
std::unique_ptr<QMainWindow> plainTableWindow(QStandardItemModel &model)
{
    const QList<Token> tokens = test::demoTokens(QDateTime::currentDateTimeUtc(), kBenchTokens);
    model.setColumnCount(6);
    for (const Token &token : tokens) {
        QList<QStandardItem *> row;
        for (const QString &text :
             {token.name, token.key.left(8), token.expires.toString(Qt::ISODate),
              token.lastUsed.toString(Qt::ISODate), token.created.toString(Qt::ISODate),
              token.bypass2fa ? QStringLiteral("bypass") : QString()})
            row.append(new QStandardItem(text));
        model.appendRow(row);
    }
    auto window = std::make_unique<QMainWindow>();
    auto *table = new QTableView(window.get());
    table->setModel(&model);
    window->setCentralWidget(table);
    window->resize(1100, 680);
    return window;
}

int child(int argc, char *argv[], const QByteArray &kind, const QString &dataDir)
{
    startupMark("child main");
    const bool empty = kind == "empty";
    const bool plainTable = kind == "table";
    // As the program's main() starts; the plain table too, so that beside it TokenDesk shows what
    // it adds to the rows (the empty window lays out no text and needs none of it).
    if (!empty)
        startFontConfigWarmUp();
    QApplication qapp(argc, argv);
    startupMark("QApplication");
    std::optional<WindowWarmUp> warmUp; // as main() does
    if (!empty && !plainTable)
        warmUp.emplace();
    PaintWatch watch;
    QStandardItemModel plainModel;
    std::unique_ptr<QMainWindow> window;
    std::unique_ptr<InMemorySecretStore> secrets;
    std::unique_ptr<Application> app;
    QWidget *watched = nullptr;
    QLineEdit *filter = nullptr;
    if (empty || plainTable) {
        if (empty) {
            window = std::make_unique<QMainWindow>();
            window->resize(1100, 680);
            watched = window.get();
        } else {
            window = plainTableWindow(plainModel);
            watched = static_cast<QTableView *>(window->centralWidget())->viewport();
        }
        watched->installEventFilter(&watch);
        window->show();
    } else {
        secrets = std::make_unique<InMemorySecretStore>();
        Application::Options options;
        options.dataDir = dataDir;
        options.secrets = secrets.get();
        options.probeKeychain = false;
        app = std::make_unique<Application>(options);
        watched = app->mainWindow()->tokenTable()->viewport();
        watched->installEventFilter(&watch);
        filter = app->mainWindow()->findChild<QLineEdit *>(QStringLiteral("tokenFilter"));
        app->start();
    }
    while (watch.paints == 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    std::printf("painted %lld\n", watch.firstPaintNs);
    std::fflush(stdout);
    if (firstPaintOnly())
        return 0;
    QTest::qWait(2000);
    std::printf("rss %lld\n", rssKb());
    QList<double> latencies;
    const QStringList texts{QStringLiteral("acme"), QStringLiteral("ci"),
                            QStringLiteral("token-09"), QStringLiteral("publish"), QString()};
    for (int i = 0; i < 20; ++i) {
        latencies << untilPainted(watch, [&] {
            if (filter)
                filter->setText(texts.at(i % texts.size()));
            else
                watched->update();
        });
    }
    std::printf("filter %.3f\n", median(latencies));
    std::fflush(stdout);
    return 0;
}

struct Numbers
{
    QList<double> startMs;
    QList<double> rssMb;
    QList<double> filterMs;
};

// One child on `platform`; `full` also measures its idle RSS and filter latency, otherwise it
// exits at its first paint. `program`: another build's benchmark, or empty for this one.
bool runChild(const QString &kind, const QString &dataDir, const QString &platform, bool full,
              Numbers &numbers, const QString &program = {})
{
    // Every app run starts with no notice memory, as the first run did.
    QFile::remove(dataDir + QStringLiteral("/notices.json"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    if (full)
        environment.remove(QStringLiteral("TD_BENCH_FIRST_PAINT_ONLY"));
    else
        environment.insert(QStringLiteral("TD_BENCH_FIRST_PAINT_ONLY"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    const qint64 startNs = monotonicNs();
    test::startBenchChild(process, {kind, dataDir}, program);
    QByteArray out;
    bool painted = false;
    while (process.waitForReadyRead(30000) || process.state() == QProcess::Running) {
        out += process.readAllStandardOutput();
        if (const qsizetype at = out.indexOf("painted "); !painted && at >= 0) {
            const qsizetype end = out.indexOf('\n', at);
            if (end > at) {
                painted = true;
                numbers.startMs << double(out.mid(at + 8, end - at - 8).toLongLong() - startNs)
                        / 1e6;
            }
        }
        if (out.contains("filter ") || (painted && !full))
            break;
        if (timer.elapsed() > 60000)
            return false;
    }
    process.waitForFinished(30000);
    out += process.readAllStandardOutput();
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("rss "))
            numbers.rssMb << line.mid(4).toDouble() / 1024.0;
        else if (line.startsWith("filter "))
            numbers.filterMs << line.mid(7).toDouble();
    }
    return painted && (!full || (!numbers.rssMb.isEmpty() && !numbers.filterMs.isEmpty()));
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 4 && qstrcmp(argv[1], "--child") == 0)
        return child(argc, argv, QByteArray(argv[2]), QString::fromLocal8Bit(argv[3]));

    QCoreApplication qapp(argc, argv);
    // `--seed DIR`: only writes the data a child starts from, for profiling one child by hand
    // (`perf record … --child app DIR`, or TD_STARTUP_MARKS=1).
    if (argc >= 3 && qstrcmp(argv[1], "--seed") == 0)
        return test::seedCachedTokens(QString::fromLocal8Bit(argv[2])) ? 0 : 1;
    QTemporaryDir dir;
    if (!test::prepareBenchDataDir(dir))
        return 1;
    // TD_BENCH_RUNS (default 7): more runs steady the medians on a noisy machine.
    const int runs = qEnvironmentVariableIsSet("TD_BENCH_RUNS")
        ? std::max(1, qEnvironmentVariableIntValue("TD_BENCH_RUNS"))
        : 7;
    // The harness's platform (xcb on its X server) for every row; offscreen for the start row.
    const QString display = qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("xcb"));
    const QString offscreen = QStringLiteral("offscreen");
    const bool full = !firstPaintOnly();
    const QString baseline = qEnvironmentVariable("TD_BENCH_BASELINE_DESKTOP");
    const QString appKind = QStringLiteral("app");
    Numbers app;
    Numbers empty;
    Numbers appOffscreen;
    Numbers emptyOffscreen;
    Numbers baselineApp;
    Numbers baselineOffscreen;
    Numbers plainTable;
    Numbers plainTableOffscreen;
    const QString tableKind = QStringLiteral("table");
    for (int i = 0; i < runs; ++i) {
        if (!runChild(QStringLiteral("empty"), dir.path(), display, full, empty)
            || !runChild(tableKind, dir.path(), display, false, plainTable)
            || !runChild(tableKind, dir.path(), offscreen, false, plainTableOffscreen)
            || !runChild(appKind, dir.path(), display, full, app)
            || !runChild(QStringLiteral("empty"), dir.path(), offscreen, false, emptyOffscreen)
            || !runChild(appKind, dir.path(), offscreen, false, appOffscreen)
            || (!baseline.isEmpty()
                && (!runChild(appKind, dir.path(), display, false, baselineApp, baseline)
                    || !runChild(appKind, dir.path(), offscreen, false, baselineOffscreen,
                                 baseline)))) {
            std::fprintf(stderr, "a child run failed%s\n",
                         baseline.isEmpty() ? "" : " (is the baseline a build of this benchmark?)");
            return 1;
        }
    }
    std::printf("\nTokenDesk desktop benchmark: %d cached tokens, median of %d runs\n",
                kBenchTokens, runs);
    const QByteArray startRow = "start to first painted table, " + display.toUtf8() + " (ms)";
    std::printf("%-50s %12s %18s\n", "", "TokenDesk", "empty QMainWindow");
    std::printf("%-50s %12.1f %18.1f\n", startRow.constData(), median(app.startMs),
                median(empty.startMs));
    std::printf("%-50s %12.1f %18.1f\n", "start to first painted table, offscreen (ms)",
                median(appOffscreen.startMs), median(emptyOffscreen.startMs));
    if (full) {
        std::printf("%-50s %12.1f %18.1f\n", "idle RSS after 2 s (MB)", median(app.rssMb),
                    median(empty.rssMb));
        std::printf("%-50s %12.2f %18.2f\n", "filter typed -> table repainted (ms, median of 20)",
                    median(app.filterMs), median(empty.filterMs));
        std::printf("(empty QMainWindow column for the filter row: update() -> repaint)\n");
    }
    const auto ratio = [](const char *platform, const Numbers &tokendesk, const Numbers &floor) {
        const double first = median(tokendesk.startMs);
        const double base = median(floor.startMs);
        std::printf("tokendesk first table, %s: %.1f ms | empty QMainWindow %.1f ms | %.2f\u00d7 "
                    "(goal \u2264 1.5\u00d7)\n",
                    platform, first, base, base > 0 ? first / base : 0.0);
    };
    ratio(display.toUtf8().constData(), app, empty);
    ratio("offscreen", appOffscreen, emptyOffscreen);
    // `what` ÷ its reference, each round's pair divided: median and middle half.
    const auto ratioRounds = [](const char *what, const char *platform, const Numbers &tokendesk,
                                const Numbers &reference) {
        const test::Spread s
            = test::spread(test::perRound(tokendesk.startMs, reference.startMs, true));
        std::printf("  %sround by round, %s: median %.2f\u00d7 (middle half %.2f\u00d7 to "
                    "%.2f\u00d7)\n",
                    what, platform, s.middle, s.low, s.high);
    };
    ratioRounds("", display.toUtf8().constData(), app, empty);
    ratioRounds("", "offscreen", appOffscreen, emptyOffscreen);
    // For reference, not a goal: the rows alone in a plain Qt window, and TokenDesk beside it.
    std::printf(
        "a QMainWindow with only a QTableView of the same %d rows (for reference, "
        "not a goal): %s %.1f ms (%.2f\u00d7 empty), offscreen %.1f ms (%.2f\u00d7 empty)\n",
        kBenchTokens, display.toUtf8().constData(), median(plainTable.startMs),
        median(plainTable.startMs) / std::max(median(empty.startMs), 0.001),
        median(plainTableOffscreen.startMs),
        median(plainTableOffscreen.startMs) / std::max(median(emptyOffscreen.startMs), 0.001));
    const char *besideTable = "TokenDesk \u00f7 that window, ";
    ratioRounds(besideTable, display.toUtf8().constData(), app, plainTable);
    ratioRounds(besideTable, "offscreen", appOffscreen, plainTableOffscreen);
    if (!baseline.isEmpty()) {
        std::printf("baseline %s, first table: %s %.1f ms, offscreen %.1f ms\n",
                    qPrintable(baseline), display.toUtf8().constData(), median(baselineApp.startMs),
                    median(baselineOffscreen.startMs));
        const auto change = [](const char *platform, const Numbers &now, const Numbers &before) {
            const test::Spread s = test::spread(test::perRound(now.startMs, before.startMs, false));
            std::printf("  this build \u2212 baseline, round by round, %s: median %+.1f ms (middle "
                        "half %+.1f to %+.1f ms)\n",
                        platform, s.middle, s.low, s.high);
        };
        change(display.toUtf8().constData(), app, baselineApp);
        change("offscreen", appOffscreen, baselineOffscreen);
    }
    return 0;
}
