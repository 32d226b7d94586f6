// SPDX-License-Identifier: GPL-3.0-or-later
// Settings: the thresholds text the dialog shows and parses, and the QSettings round trip.
#include "desktop/settings/AppSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace std::chrono_literals;
using Points = QList<std::chrono::seconds>;

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Points>("points");
        QTest::addColumn<bool>("ok");
        QTest::newRow("defaults") << QStringLiteral("14d, 7d, 3d, 1d, 1h")
                                  << Points{14 * 24h, 7 * 24h, 3 * 24h, 24h, 1h} << true;
        QTest::newRow("minutes and spaces")
            << QStringLiteral(" 30m ,2H") << Points{30min, 2h} << true;
        QTest::newRow("empty means only at expiry") << QString() << Points{} << true;
        QTest::newRow("garbage is reported")
            << QStringLiteral("7d, soon") << Points{7 * 24h} << false;
        QTest::newRow("zero is refused") << QStringLiteral("0d") << Points{} << false;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(Points, points);
        QFETCH(bool, ok);
        bool parsedOk = !ok;
        QCOMPARE(AppSettings::parseThresholds(text, &parsedOk), points);
        QCOMPARE(parsedOk, ok);
    }

    void formatIsWhatParseReads()
    {
        const Points points{14 * 24h, 36h, 90min};
        QCOMPARE(AppSettings::thresholdsText(points), QStringLiteral("14d, 36h, 90m"));
        QCOMPARE(AppSettings::parseThresholds(AppSettings::thresholdsText(points)), points);
    }

    void roundTripThroughQSettings()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QCOMPARE(AppSettings::load(settings).clipboardTimeout, 30s); // defaults when empty
        QCOMPARE(AppSettings::load(settings).thresholds.notifyBefore,
                 ExpiryThresholds::defaults().notifyBefore);
        AppSettings changed;
        changed.thresholds.notifyBefore = {2 * 24h, 2h};
        changed.clipboardTimeout = 45s;
        changed.save(settings);
        const AppSettings loaded = AppSettings::load(settings);
        QCOMPARE(loaded.thresholds.notifyBefore, (Points{2 * 24h, 2h}));
        QCOMPARE(loaded.clipboardTimeout, 45s);
    }

    // Issue 15: the CI grace period before the old token is revoked: 10 minutes by default,
    // 0 allowed (revoke as soon as CI holds the new token), nonsense ignored.
    void ciGracePeriodRoundTrip()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QCOMPARE(AppSettings::load(settings).ciGracePeriod, 600s);
        AppSettings changed;
        changed.ciGracePeriod = 0s;
        changed.save(settings);
        QCOMPARE(AppSettings::load(settings).ciGracePeriod, 0s);
        changed.ciGracePeriod = 90s;
        changed.save(settings);
        QCOMPARE(AppSettings::load(settings).ciGracePeriod, 90s);
        settings.setValue(QStringLiteral("ci/gracePeriodSeconds"), -5);
        QCOMPARE(AppSettings::load(settings).ciGracePeriod, 600s);
        settings.setValue(QStringLiteral("ci/gracePeriodSeconds"), QStringLiteral("soon"));
        QCOMPARE(AppSettings::load(settings).ciGracePeriod, 600s);
    }

    // Issue 22: the publish watch's interval, 10 minutes by default, saved in minutes and never
    // below 5 (a smaller stored value is raised to 5, as the Settings page does).
    void watchIntervalRoundTripAndClamp()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QCOMPARE(AppSettings::load(settings).watchInterval, 10min);
        AppSettings changed;
        changed.watchInterval = 7min;
        changed.save(settings);
        QCOMPARE(AppSettings::load(settings).watchInterval, 7min);
        settings.setValue(QStringLiteral("watch/intervalMinutes"), 2);
        QCOMPARE(AppSettings::load(settings).watchInterval, 5min);
        QCOMPARE(AppSettings::clampedWatchInterval(2min), 5min);
        QCOMPARE(AppSettings::clampedWatchInterval(100000min), 1440min);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
