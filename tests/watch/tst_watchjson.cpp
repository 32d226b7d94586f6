// SPDX-License-Identifier: GPL-3.0-or-later
// WatchRelease as JSON (what `watch --json` prints and WatchService keeps across restarts) and
// the Releases view's order (open alarms on top, then newest first).
#include "core/watch/WatchJson.h"

#include <QTest>

using namespace td::watch;
using namespace Qt::StringLiterals;

namespace {

WatchRelease sample()
{
    WatchRelease r;
    r.registry = QUrl(u"https://registry.npmjs.org/"_s);
    r.account = u"maintainer@registry.npmjs.org"_s;
    r.kind = WatchEvent::Kind::TagMoved;
    r.package = u"@acme/ui"_s;
    r.version = u"1.0.0"_s;
    r.tag = u"latest"_s;
    r.fromVersion = u"2.0.0"_s;
    r.actor = u"mallory"_s;
    r.at = QDateTime(QDate(2026, 5, 11), QTime(19, 20, 1, 250), Qt::UTC);
    r.seenAt = r.at.addSecs(300);
    r.level = WatchVerdict::Level::Alarm;
    r.reasons = {u"latest moved back to an older major."_s};
    r.codes = {u"tag-older-major"_s};
    r.note = u"a note"_s;
    r.publishPath = u"Published by GitHub Actions"_s;
    td::provenance::PublisherIdentity identity;
    identity.issuer = u"https://token.actions.githubusercontent.com"_s;
    identity.sourceRepositoryUri = u"https://github.com/acme/ui"_s;
    identity.buildConfigUri
        = u"https://github.com/acme/ui/.github/workflows/release.yml@refs/tags/v1"_s;
    identity.sourceRepositoryRef = u"refs/tags/v1"_s;
    identity.buildTrigger = u"push"_s;
    r.publisher = identity;
    r.acknowledged = true;
    return r;
}

} // namespace

class TestWatchJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const WatchRelease r = sample();
        const QJsonObject json = releaseToJson(r);
        QCOMPARE(json.value(u"kind"_s).toString(), u"tag-moved"_s);
        QCOMPARE(json.value(u"level"_s).toString(), u"alarm"_s);
        QCOMPARE(json.value(u"open"_s).toBool(), false); // acknowledged
        QCOMPARE(json.value(u"publisher"_s).toObject().value(u"repository"_s).toString(),
                 u"acme/ui"_s);
        QCOMPARE(json.value(u"publisher"_s).toObject().value(u"workflow"_s).toString(),
                 u".github/workflows/release.yml"_s);
        const auto back = releaseFromJson(json);
        QVERIFY(back);
        QCOMPARE(releaseToJson(*back), json);
        QCOMPARE(back->key(), r.key());
        QCOMPARE(back->at, r.at);
        QVERIFY(back->publisher == r.publisher);
    }

    void whatIsNoReleaseIsSkipped()
    {
        QJsonObject unknownKind = releaseToJson(sample());
        unknownKind.insert(u"kind"_s, u"teleported"_s);
        QJsonObject unknownLevel = releaseToJson(sample());
        unknownLevel.insert(u"level"_s, u"panic"_s);
        QVERIFY(!releaseFromJson(unknownKind));
        QVERIFY(!releaseFromJson(unknownLevel));
        QVERIFY(!releaseFromJson({}));
        const QJsonArray array{unknownKind, releaseToJson(sample()), 42};
        QCOMPARE(releasesFromJson(array).size(), 1);
    }

    void openAlarmsFirstThenNewest()
    {
        WatchRelease old = sample();
        old.acknowledged = false; // an open alarm, the oldest
        old.at = old.at.addDays(-30);
        WatchRelease newest = sample();
        newest.level = WatchVerdict::Level::Expected;
        newest.version = u"3.0.0"_s;
        newest.at = newest.at.addDays(1);
        WatchRelease closed = sample(); // acknowledged alarm: by time
        WatchRelease baselineAlarm = sample();
        baselineAlarm.acknowledged = false;
        baselineAlarm.baseline = true; // a baseline never alarms
        baselineAlarm.at = baselineAlarm.at.addDays(-60);
        QList<WatchRelease> list{closed, baselineAlarm, newest, old};
        sortForView(list);
        QCOMPARE(list.at(0).at, old.at);
        QCOMPARE(list.at(1).version, u"3.0.0"_s);
        QCOMPARE(list.at(2).at, closed.at);
        QCOMPARE(list.at(3).at, baselineAlarm.at);
        QVERIFY(!baselineAlarm.isOpenAlarm());
    }
};

QTEST_GUILESS_MAIN(TestWatchJson)
#include "tst_watchjson.moc"
