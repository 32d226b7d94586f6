// SPDX-License-Identifier: GPL-3.0-or-later
// detectChanges between two full packuments, and staged versions by actors never seen staging.
#include "core/watch/PackumentChanges.h"
#include "core/watch/StagedActors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace td::watch;

namespace {

// A full packument of @acme/ui from a compact spec: versions "v:user[:deprecated message]",
// tags "tag=v", maintainers; time[v] = 2026-06-<n> for the n-th version listed.
QJsonObject doc(const QStringList &versions, const QStringList &tags = {u"latest=1.0.0"_s},
                const QStringList &maintainers = {u"alice"_s})
{
    QJsonObject all, time, distTags;
    QJsonArray people;
    int day = 1;
    for (const QString &spec : versions) {
        const QStringList parts = spec.split(u':');
        QJsonObject manifest{{u"name"_s, u"@acme/ui"_s},
                             {u"version"_s, parts[0]},
                             {u"_npmUser"_s, QJsonObject{{u"name"_s, parts.value(1)}}}};
        if (parts.size() > 2)
            manifest.insert(u"deprecated"_s, parts[2]);
        all.insert(parts[0], manifest);
        time.insert(parts[0], u"2026-06-%1T10:00:00.000Z"_s.arg(day++, 2, 10, QLatin1Char('0')));
    }
    time.insert(u"modified"_s, u"2026-07-01T12:00:00.000Z"_s);
    for (const QString &tag : tags)
        distTags.insert(tag.section(u'=', 0, 0), tag.section(u'=', 1));
    for (const QString &name : maintainers)
        people.append(QJsonObject{{u"name"_s, name}, {u"email"_s, QString(name + u"@x.org"_s)}});
    return {{u"name"_s, u"@acme/ui"_s},
            {u"versions"_s, all},
            {u"time"_s, time},
            {u"dist-tags"_s, distTags},
            {u"maintainers"_s, people}};
}

// "kind version tag from actor [others] detail", for comparing whole events at once.
QString describe(const WatchEvent &e)
{
    return QStringList{kindName(e.kind), e.version, e.tag,
                       e.fromVersion,    e.actor,   u'[' + e.others.join(u',') + u']',
                       e.detail}
        .join(u' ')
        .trimmed();
}

} // namespace

class TestWatchEvents : public QObject
{
    Q_OBJECT
private slots:
    void detect_data();
    void detect();
    void newVersionTimesAndOrder();
    void stagedByNewActor();
};

void TestWatchEvents::detect_data()
{
    QTest::addColumn<QJsonObject>("before");
    QTest::addColumn<QJsonObject>("after");
    QTest::addColumn<QStringList>("expected");

    const QStringList one{u"1.0.0:ci"_s};
    QTest::newRow("first sight is the baseline")
        << QJsonObject() << doc({u"1.0.0:ci"_s, u"1.1.0:mallory"_s}) << QStringList();
    QTest::newRow("nothing changed") << doc(one) << doc(one) << QStringList();
    QTest::newRow("a new version, its tag moves")
        << doc(one) << doc({u"1.0.0:ci"_s, u"1.1.0:mallory"_s}, {u"latest=1.1.0"_s})
        << QStringList{u"new-version 1.1.0   mallory []"_s, u"tag-moved 1.1.0 latest 1.0.0  []"_s};
    QTest::newRow("a version removed") << doc({u"1.0.0:ci"_s, u"1.1.0:ci"_s}) << doc(one)
                                       << QStringList{u"version-removed 1.1.0    []"_s};
    QTest::newRow("a version deprecated") << doc(one) << doc({u"1.0.0:ci:use 2.x"_s})
                                          << QStringList{u"deprecated 1.0.0    [] use 2.x"_s};
    QTest::newRow("an already deprecated version is no news")
        << doc({u"1.0.0:ci:old"_s}) << doc({u"1.0.0:ci:old"_s}) << QStringList();
    QTest::newRow("an empty deprecation message undeprecates")
        << doc(one) << doc({u"1.0.0:ci:"_s}) << QStringList();
    QTest::newRow("a tag added and one removed")
        << doc(one, {u"latest=1.0.0"_s, u"beta=1.0.0"_s})
        << doc(one, {u"latest=1.0.0"_s, u"next=1.0.0"_s})
        << QStringList{u"tag-moved  beta 1.0.0  []"_s, u"tag-moved 1.0.0 next   []"_s};
    QTest::newRow("a maintainer added")
        << doc(one) << doc(one, {u"latest=1.0.0"_s}, {u"alice"_s, u"mallory"_s})
        << QStringList{u"maintainer-added    mallory [alice]"_s};
    QTest::newRow("a maintainer removed")
        << doc(one, {u"latest=1.0.0"_s}, {u"alice"_s, u"bob"_s}) << doc(one)
        << QStringList{u"maintainer-removed    bob [alice]"_s};
}

void TestWatchEvents::detect()
{
    QFETCH(QJsonObject, before);
    QFETCH(QJsonObject, after);
    QFETCH(QStringList, expected);
    QStringList got;
    const QList<WatchEvent> events = detectChanges(before, after);
    for (const WatchEvent &e : events) {
        QCOMPARE(e.package, u"@acme/ui"_s);
        got.append(describe(e));
    }
    QCOMPARE(got, expected);
}

void TestWatchEvents::newVersionTimesAndOrder()
{
    // Listed out of order in the document: reported oldest first, each at its own publish time.
    QJsonObject after = doc({u"1.0.0:ci"_s, u"1.2.0:ci"_s, u"1.1.0:ci"_s});
    const QList<WatchEvent> events = detectChanges(doc({u"1.0.0:ci"_s}), after);
    QCOMPARE(events.size(), 2); // latest stays 1.0.0 (doc's default)
    QCOMPARE(events[0].version, u"1.2.0"_s);
    QCOMPARE(events[0].at, QDateTime(QDate(2026, 6, 2), QTime(10, 0), Qt::UTC));
    QCOMPARE(events[1].version, u"1.1.0"_s);
    QCOMPARE(events[1].at, QDateTime(QDate(2026, 6, 3), QTime(10, 0), Qt::UTC));
}

void TestWatchEvents::stagedByNewActor()
{
    const auto item = [](QString package, QString version, QString actor) {
        td::StagedRelease r;
        r.id = u"id-"_s + version;
        r.packageName = std::move(package);
        r.version = std::move(version);
        r.tag = u"latest"_s;
        r.actor = std::move(actor);
        r.created = QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC);
        r.accountId = u"alice@registry"_s;
        return r;
    };
    const QHash<QString, QStringList> known{{u"@acme/ui"_s, {u"GitHub Actions"_s}}};
    const QList<WatchEvent> events = stagedByNewActors(
        {item(u"@acme/ui"_s, u"1.2.0"_s, u"GitHub Actions"_s), // a known stager
         item(u"@acme/ui"_s, u"1.2.1"_s, u"mallory"_s),        // new
         item(u"@acme/ui"_s, u"0.0.0-stage"_s, u"eve"_s),      // npm's placeholder
         item(u"@acme/new"_s, u"1.0.0"_s, u"mallory"_s)},      // first sight of the package
        known);
    QCOMPARE(events.size(), 1);
    const WatchEvent &e = events.first();
    QCOMPARE(e.kind, WatchEvent::Kind::StagedByNewActor);
    QCOMPARE(e.spec(), u"@acme/ui@1.2.1"_s);
    QCOMPARE(e.actor, u"mallory"_s);
    QCOMPARE(e.others, QStringList{u"GitHub Actions"_s});
    QCOMPARE(e.detail, u"id-1.2.1"_s);
    QCOMPARE(e.account, u"alice@registry"_s);
    QCOMPARE(e.at, QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC));
}

QTEST_GUILESS_MAIN(TestWatchEvents)
#include "tst_watchevents.moc"
