// SPDX-License-Identifier: GPL-3.0-or-later
// lockdownPackageFromPackument: maintainers, tags and publish times from a full packument, and the
// last good version (newest before the first bad one; never bad, deprecated or a prerelease).
#include "core/lockdown/PackumentFacts.h"

#include <QJsonDocument>
#include <QTest>

using namespace td;

namespace {
// 1.0.0, 1.1.0, 1.2.0-beta.1, 1.1.1 (deprecated), 1.1.2 (bad), 1.1.3 (bad), 1.2.0 (published
// after the attack began, e.g. the attacker's own "fix").
QJsonObject packument()
{
    return QJsonDocument::fromJson(R"({
      "name": "@acme/ui",
      "maintainers": [{"name": "alice", "email": "a@x"}, {"name": "mallory", "email": "m@x"}],
      "dist-tags": {"latest": "1.1.3", "next": "1.2.0-beta.1"},
      "time": {"created": "2026-01-01T00:00:00Z", "1.0.0": "2026-01-01T00:00:00Z",
               "1.1.0": "2026-02-01T00:00:00Z", "1.2.0-beta.1": "2026-02-10T00:00:00Z",
               "1.1.1": "2026-02-15T00:00:00Z", "1.1.2": "2026-03-01T00:00:00Z",
               "1.1.3": "2026-03-01T00:05:00Z", "1.2.0": "2026-03-02T00:00:00Z"},
      "versions": {"1.0.0": {}, "1.1.0": {"maintainers": [{"name": "alice", "email": "a@x"}]},
                   "1.2.0-beta.1": {}, "1.1.1": {"deprecated": "oops"},
                   "1.1.2": {"_npmUser": {"name": "GitHub Actions", "trustedPublisher":
                             {"id": "github", "oidcConfigId": "oidc:9"}}},
                   "1.1.3": {"_npmUser": {"name": "mallory", "email": "m@x"}}, "1.2.0": {}}
    })")
        .object();
}
} // namespace

class TestPackumentFacts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lastGoodVersion_data()
    {
        QTest::addColumn<QStringList>("bad");
        QTest::addColumn<QString>("lastGood");
        QTest::newRow("two bad") << QStringList{QStringLiteral("1.1.2"), QStringLiteral("1.1.3")}
                                 << QStringLiteral("1.1.0");
        QTest::newRow("only the newest bad")
            << QStringList{QStringLiteral("1.2.0")} << QStringLiteral("1.1.3");
        QTest::newRow("the first release bad") << QStringList{QStringLiteral("1.0.0")} << QString();
        QTest::newRow("none bad") << QStringList{} << QStringLiteral("1.2.0");
    }
    void lastGoodVersion()
    {
        QFETCH(QStringList, bad);
        QFETCH(QString, lastGood);
        const LockdownPackage p = lockdownPackageFromPackument(packument(), bad);
        QCOMPARE(p.lastGoodVersion, lastGood);
        QCOMPARE(p.badVersions, bad);
    }

    void readsMaintainersTagsAndTimes()
    {
        const LockdownPackage p = lockdownPackageFromPackument(packument(), {});
        QCOMPARE(p.name, QStringLiteral("@acme/ui"));
        QCOMPARE(p.maintainers, (QStringList{QStringLiteral("alice"), QStringLiteral("mallory")}));
        QCOMPARE(p.distTags.value(QStringLiteral("latest")), QStringLiteral("1.1.3"));
        QCOMPARE(p.distTags.value(QStringLiteral("next")), QStringLiteral("1.2.0-beta.1"));
        QCOMPARE(p.publishedAt.value(QStringLiteral("1.1.3")),
                 QDateTime(QDate(2026, 3, 1), QTime(0, 5), Qt::UTC));
        QVERIFY(!p.publishedAt.contains(QStringLiteral("created")));
    }

    // How each bad version came (the trusted publisher's config id, or a token: empty) and who
    // maintained the package at the last good version (mallory came later).
    void howBadVersionsCameAndWhoWasThere()
    {
        const LockdownPackage p = lockdownPackageFromPackument(
            packument(), {QStringLiteral("1.1.2"), QStringLiteral("1.1.3")});
        QCOMPARE(p.badVersionTrustIds,
                 (QMap<QString, QString>{{QStringLiteral("1.1.2"), QStringLiteral("oidc:9")},
                                         {QStringLiteral("1.1.3"), QString()}}));
        QCOMPARE(p.expectedMaintainers, QStringList{QStringLiteral("alice")});
    }

    // A bad version the registry already marks deprecated is not deprecated again (a second
    // lockdown, or the user was quicker on the website).
    void knowsWhichBadVersionsAreDeprecatedAlready()
    {
        const LockdownPackage p = lockdownPackageFromPackument(
            packument(), {QStringLiteral("1.1.1"), QStringLiteral("1.1.3")});
        QCOMPARE(p.deprecatedBadVersions, QStringList{QStringLiteral("1.1.1")});
    }
};

QTEST_GUILESS_MAIN(TestPackumentFacts)
#include "tst_lockdownpackumentfacts.moc"
