// SPDX-License-Identifier: GPL-3.0-or-later
// The Releases view's model (core/watch): one row per release in the service's order, raw values
// for sorting (levels by rank, dates as dates), open alarms pinned on top in every sort, and the
// roles the desktop reads (level, open alarm, time, key).
#include "core/watch/WatchReleaseModel.h"

#include <QTest>

using namespace td::watch;
using namespace Qt::StringLiterals;

namespace {
WatchRelease release(const QString &package, const QString &version, WatchVerdict::Level level,
                     const QString &at)
{
    WatchRelease r;
    r.registry = QUrl(u"http://127.0.0.1:4873/"_s);
    r.package = package;
    r.version = version;
    r.level = level;
    r.at = QDateTime::fromString(at, Qt::ISODate);
    r.reasons = {u"reason of %1"_s.arg(version)};
    return r;
}

QStringList versionsInOrder(const WatchReleaseModel &model)
{
    QStringList versions;
    for (int row = 0; row < model.rowCount(); ++row)
        versions << model.release(row)->version;
    return versions;
}

QList<WatchRelease> sample()
{
    using L = WatchVerdict::Level;
    return {release(u"@acme/ui"_s, u"1.1.1"_s, L::Alarm, u"2026-12-05T10:00:00Z"_s),
            release(u"@acme/core"_s, u"2.0.0"_s, L::Notable, u"2026-12-06T10:00:00Z"_s),
            release(u"@acme/ui"_s, u"1.1.0"_s, L::Expected, u"2026-11-05T10:00:00Z"_s),
            release(u"@acme/theme"_s, u"10.0.0"_s, L::Expected, u"2026-12-01T10:00:00Z"_s)};
}
} // namespace

class TstWatchReleaseModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsAndRoles()
    {
        WatchReleaseModel model;
        model.setReleases(sample());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(WatchReleaseModel::ColumnCount));
        const QModelIndex first = model.index(0, WatchReleaseModel::ReasonColumn);
        QCOMPARE(first.data().toString(), u"reason of 1.1.1"_s);
        QCOMPARE(first.data(WatchReleaseModel::LevelRole).toInt(), int(WatchVerdict::Level::Alarm));
        QVERIFY(first.data(WatchReleaseModel::OpenAlarmRole).toBool());
        QCOMPARE(first.data(WatchReleaseModel::AtRole).toDateTime(),
                 QDateTime::fromString(u"2026-12-05T10:00:00Z"_s, Qt::ISODate));
        QCOMPARE(first.data(WatchReleaseModel::KeyRole).toString(), sample().first().key());
        QCOMPARE(model.rowOfKey(sample().at(2).key()), 2);
        QCOMPARE(model.rowOfKey(u"nothing"_s), -1);
        QCOMPARE(model.index(0, WatchReleaseModel::VerdictColumn).data().toString(),
                 levelWords(WatchVerdict::Level::Alarm));
    }

    void answeredAndBaselineSayIt()
    {
        QList<WatchRelease> releases = sample();
        releases[0].acknowledged = true;
        releases[2].baseline = true;
        WatchReleaseModel model;
        model.setReleases(releases);
        QVERIFY(!model.index(0, 0).data(WatchReleaseModel::OpenAlarmRole).toBool());
        QVERIFY(model.index(0, 0).data().toString().contains(u"answered"_s));
        QVERIFY(model.index(2, 0).data().toString().contains(u"history"_s));
    }

    void sortKeepsOpenAlarmsOnTop_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("versions");
        const int asc = Qt::AscendingOrder;
        const int desc = Qt::DescendingOrder;
        QTest::newRow("when, newest first")
            << int(WatchReleaseModel::WhenColumn) << desc
            << QStringList{u"1.1.1"_s, u"2.0.0"_s, u"10.0.0"_s, u"1.1.0"_s};
        QTest::newRow("when, oldest first")
            << int(WatchReleaseModel::WhenColumn) << asc
            << QStringList{u"1.1.1"_s, u"1.1.0"_s, u"10.0.0"_s, u"2.0.0"_s};
        QTest::newRow("verdict by rank, worst first")
            << int(WatchReleaseModel::VerdictColumn) << desc
            << QStringList{u"1.1.1"_s, u"2.0.0"_s, u"1.1.0"_s, u"10.0.0"_s};
        QTest::newRow("package") << int(WatchReleaseModel::PackageColumn) << asc
                                 << QStringList{u"1.1.1"_s, u"2.0.0"_s, u"10.0.0"_s, u"1.1.0"_s};
    }

    void sortKeepsOpenAlarmsOnTop()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, versions);
        WatchReleaseModel model;
        model.setReleases(sample());
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(versionsInOrder(model), versions);
        // New data keeps the chosen order.
        model.setReleases(sample());
        QCOMPARE(versionsInOrder(model), versions);
    }
};

QTEST_GUILESS_MAIN(TstWatchReleaseModel)
#include "tst_watchreleasemodel.moc"
