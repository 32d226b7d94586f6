// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (issue 22): the publish watch over 500 packages on the real tokendesk-sandbox for one
// simulated hour with nothing changing, beside naive polling of the full packuments of the same
// packages at the same interval. The poller's clock is a FakeClock moved a minute at a time (the
// poller is driven minute by minute as its wake-ups would); the naive side makes its six rounds of
// 500 full reads for real. Requests and bytes are the sandbox's own counters
// (GET /-/sandbox/requests), so both sides are measured by what a registry would see; the
// poller's own budget is printed beside them. Both start from a baseline (the watch's first
// round, reading every package once in full, is not part of the hour; its cost is printed).
#include "FakeClock.h"
#include "HttpHelper.h"
#include "SandboxProcess.h"
#include "WatchBenchSeed.h"
#include "core/registry/RegistryClient.h"
#include "core/watch/PackumentPoller.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace td;
using namespace td::watch;
using namespace td::test;
using namespace std::chrono_literals;

namespace {
constexpr int kPackages = 500;
constexpr int kVersionsEach = 12;
constexpr int kNaiveInFlight = 4; // as many as the poller allows per registry

QString packageName(int i)
{
    return watchBenchPackage(i);
}

struct Counted
{
    qint64 requests = 0;
    qint64 bytes = 0;
    QJsonObject statuses;
};

Counted serverCounters(const QUrl &base)
{
    const QJsonObject all
        = httpCall("GET", base.resolved(QUrl(QStringLiteral("/-/sandbox/requests"))))
              .json()
              .object();
    const QJsonObject total = all.value(QStringLiteral("total")).toObject();
    Counted counted{total.value(QStringLiteral("requests")).toInteger(),
                    total.value(QStringLiteral("bytes")).toInteger(),
                    {}};
    const QJsonObject routes = all.value(QStringLiteral("routes")).toObject();
    for (auto it = routes.constBegin(); it != routes.constEnd(); ++it) {
        const QJsonObject statuses
            = it.value().toObject().value(QStringLiteral("statuses")).toObject();
        for (auto s = statuses.constBegin(); s != statuses.constEnd(); ++s)
            counted.statuses.insert(
                s.key(), counted.statuses.value(s.key()).toInteger() + s.value().toInteger());
    }
    return counted;
}

void resetCounters(const QUrl &base)
{
    QCOMPARE(httpCall("DELETE", base.resolved(QUrl(QStringLiteral("/-/sandbox/requests")))).status,
             200);
}

QString size(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

class BenchWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneQuietHourOf500Packages()
    {
        QTemporaryDir dir;
        const QString seedPath = dir.filePath(QStringLiteral("seed.json"));
        QVERIFY(writeWatchBenchSeed(seedPath, kPackages, kVersionsEach));
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--seed"), seedPath}),
                 qPrintable(sandbox.errorString()));
        const QUrl base = sandbox.url();

        auto nam = std::make_unique<QNetworkAccessManager>();
        FakeClock clock;
        QList<WatchTarget> targets;
        for (int i = 0; i < kPackages; ++i)
            targets.append({base, packageName(i), {}, false});

        // The watch: a first round takes the baseline (every package once in full), then one
        // quiet hour minute by minute.
        auto poller = std::make_unique<PackumentPoller>(nam.get(), clock);
        int failed = 0;
        int changed = 0;
        connect(poller.get(), &PackumentPoller::pollFailed, this, [&failed] { ++failed; });
        connect(poller.get(), &PackumentPoller::packumentChanged, this, [&changed] { ++changed; });
        poller->setTargets(targets);
        const auto runMinutes = [&](int minutes) {
            for (int minute = 0; minute < minutes; ++minute) {
                poller->pollDue();
                QVERIFY(QTest::qWaitFor([&] { return poller->isIdle(); }, 60000));
                clock.advance(60s);
            }
        };
        resetCounters(base);
        poller->start();
        runMinutes(11); // every turn of the first interval, the minute at 10:00 included
        QCOMPARE(changed, kPackages); // the baseline: first sight of each
        const Counted baseline = serverCounters(base);

        resetCounters(base);
        runMinutes(60);
        poller->stop();
        const Counted watch = serverCounters(base);
        const WatchBudget budget = poller->budget();
        QCOMPARE(changed, kPackages); // nothing changed: no full read in the hour
        QCOMPARE(failed, 0);

        // Naive: every package's full packument every 10 minutes, six rounds.
        resetCounters(base);
        RegistryClient naive(nam.get(), base, clock);
        int answered = 0;
        int errors = 0;
        for (int round = 0; round < 6; ++round) {
            int next = 0;
            int inFlight = 0;
            const std::function<void()> pump = [&] {
                while (inFlight < kNaiveInFlight && next < kPackages) {
                    ++inFlight;
                    naive.packumentJson(packageName(next++), nullptr, [&](Result<QByteArray> body) {
                        --inFlight;
                        ++answered;
                        errors += body ? 0 : 1;
                        pump();
                    });
                }
            };
            pump();
            QVERIFY(QTest::qWaitFor([&] { return answered == (round + 1) * kPackages; }, 120000));
        }
        QCOMPARE(errors, 0);
        const Counted full = serverCounters(base);

        const auto ratio = [](qint64 a, qint64 b) {
            return b ? QString::number(double(a) / double(b), 'f', 3) : QStringLiteral("-");
        };
        qInfo().noquote() << QStringLiteral(
                                 "\n%1 packages (%2 versions each), interval %3 min, one quiet hour"
                                 " (server-side counts; bytes = status line, headers and body):")
                                 .arg(kPackages)
                                 .arg(kVersionsEach)
                                 .arg(poller->interval().count() / 60);
        qInfo().noquote() << QStringLiteral("%1 %2 %3 %4")
                                 .arg(QString(), -28)
                                 .arg(QStringLiteral("watch (304)"), 14)
                                 .arg(QStringLiteral("naive full"), 14)
                                 .arg(QStringLiteral("watch/naive"), 12);
        qInfo().noquote() << QStringLiteral("%1 %2 %3 %4")
                                 .arg(QStringLiteral("requests"), -28)
                                 .arg(watch.requests, 14)
                                 .arg(full.requests, 14)
                                 .arg(ratio(watch.requests, full.requests), 12);
        qInfo().noquote() << QStringLiteral("%1 %2 %3 %4")
                                 .arg(QStringLiteral("bytes sent by the registry"), -28)
                                 .arg(size(watch.bytes), 14)
                                 .arg(size(full.bytes), 14)
                                 .arg(ratio(watch.bytes, full.bytes), 12);
        qInfo().noquote()
            << QStringLiteral("%1 %2 %3 %4")
                   .arg(QStringLiteral("answers by status"), -28)
                   .arg(QString::fromUtf8(
                            QJsonDocument(watch.statuses).toJson(QJsonDocument::Compact)),
                        14)
                   .arg(QString::fromUtf8(
                            QJsonDocument(full.statuses).toJson(QJsonDocument::Compact)),
                        14)
                   .arg(QString(), 12);
        qInfo().noquote() << QStringLiteral("%1 %2 %3")
                                 .arg(QStringLiteral("poller's budget, last 60 min"), -28)
                                 .arg(QStringLiteral("%1 req").arg(budget.requestsLastHour), 14)
                                 .arg(size(budget.bytesLastHour), 14);
        qInfo().noquote() << QStringLiteral("baseline round before the hour (not counted above): "
                                            "%1 requests, %2")
                                 .arg(baseline.requests)
                                 .arg(size(baseline.bytes));

        // What the design promises, checked rather than assumed: one request per package per
        // interval, each a 304.
        QCOMPARE(watch.requests, qint64(6 * kPackages));
        QCOMPARE(watch.statuses.value(QStringLiteral("304")).toInteger(), qint64(6 * kPackages));
        QCOMPARE(full.requests, qint64(6 * kPackages));
        QVERIFY(watch.bytes < full.bytes);
        poller.reset();
        nam.reset();
    }
};

QTEST_GUILESS_MAIN(BenchWatch)
#include "bench_watch.moc"
