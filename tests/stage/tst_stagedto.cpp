// SPDX-License-Identifier: GPL-3.0-or-later
// The stage DTO: npm's rendering of an item (lib/utils/key-values.js logStageItem: JavaScript's
// String() of each value, null left out, "actor (actorType)" only when actorType is truthy) and
// the last release of a packument (never npm's 0.0.0-stage placeholder).
#include "core/registry/json/StageDto.h"

#include <QTest>

using namespace td;

class TestStageDto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rendersLikeNpm_data()
    {
        QTest::addColumn<QByteArray>("item");
        QTest::addColumn<QStringList>("lines");
        const QByteArray base = R"("id":"i","packageName":"p","version":"1.0.0")";
        QTest::newRow("actor without type")
            << QByteArray("{" + base + R"(,"actor":"me"})")
            << QStringList{QStringLiteral("id: i"), QStringLiteral("package name: p"),
                           QStringLiteral("version: 1.0.0"), QStringLiteral("staged by: me")};
        QTest::newRow("type without actor")
            << QByteArray("{" + base + R"(,"actorType":"user"})")
            << QStringList{QStringLiteral("id: i"), QStringLiteral("package name: p"),
                           QStringLiteral("version: 1.0.0"),
                           QStringLiteral("staged by: undefined (user)")};
        QTest::newRow("empty type is falsy")
            << QByteArray("{" + base + R"(,"actor":"me","actorType":""})")
            << QStringList{QStringLiteral("id: i"), QStringLiteral("package name: p"),
                           QStringLiteral("version: 1.0.0"), QStringLiteral("staged by: me")};
        QTest::newRow("numbers, booleans, arrays, objects, null") << QByteArray(
            "{" + base
            + R"(,"size":1234,"ratio":0.5,"big":3.0,"signed":true,"list":[1,null,"x"],"meta":{},"gone":null})")
                                                                  << QStringList{
                                                                         QStringLiteral("id: i"),
                                                                         QStringLiteral(
                                                                             "package name: p"),
                                                                         QStringLiteral(
                                                                             "version: 1.0.0"),
                                                                         QStringLiteral(
                                                                             "size: 1234"),
                                                                         QStringLiteral(
                                                                             "ratio: 0.5"),
                                                                         QStringLiteral("big: 3"),
                                                                         QStringLiteral(
                                                                             "signed: true"),
                                                                         QStringLiteral(
                                                                             "list: 1,,x"),
                                                                         QStringLiteral(
                                                                             "meta: [object "
                                                                             "Object]")};
        QTest::newRow("known fields first, whatever the order")
            << QByteArray(R"({"status":"staged","shasum":"s","createdAt":"t","tag":"next",)" + base
                          + "}")
            << QStringList{QStringLiteral("id: i"),          QStringLiteral("package name: p"),
                           QStringLiteral("version: 1.0.0"), QStringLiteral("tag: next"),
                           QStringLiteral("date staged: t"), QStringLiteral("shasum: s"),
                           QStringLiteral("status: staged")};
    }
    void rendersLikeNpm()
    {
        QFETCH(QByteArray, item);
        QFETCH(QStringList, lines);
        const Result<StagedRelease> parsed = json::parseStagedRelease(item);
        QVERIFY(parsed.ok());
        QStringList got;
        for (const auto &[key, value] : parsed.value().npmFields)
            got << key + QStringLiteral(": ") + value;
        QCOMPARE(got, lines);
    }

    void lastReleaseSkipsThePlaceholderAndTheStagedVersion_data()
    {
        QTest::addColumn<QByteArray>("packument");
        QTest::addColumn<QString>("exclude");
        QTest::addColumn<QString>("version"); // empty: E404
        QTest::newRow("newest by time, not by number") << QByteArray(
            R"({"name":"p","versions":{"2.0.0":{"dist":{"tarball":"r/p-2.0.0.tgz"}},"1.5.0":{"dist":{"tarball":"r/p-1.5.0.tgz"}}},"time":{"2.0.0":"2026-01-01T00:00:00.000Z","1.5.0":"2026-06-01T00:00:00.000Z"}})")
                                                       << QString() << QStringLiteral("1.5.0");
        QTest::newRow("only the placeholder") << QByteArray(
            R"({"name":"p","versions":{"0.0.0-stage":{}},"time":{"0.0.0-stage":"2026-06-01T00:00:00.000Z"}})")
                                              << QString() << QString();
        QTest::newRow("the staged version itself is not the previous one") << QByteArray(
            R"({"name":"p","versions":{"1.0.0":{"dist":{}},"1.1.0":{"dist":{}}},"time":{"1.0.0":"2026-01-01T00:00:00.000Z","1.1.0":"2026-02-01T00:00:00.000Z"}})")
                                                                           << QStringLiteral(
                                                                                  "1.1.0")
                                                                           << QStringLiteral(
                                                                                  "1.0.0");
    }
    void lastReleaseSkipsThePlaceholderAndTheStagedVersion()
    {
        QFETCH(QByteArray, packument);
        QFETCH(QString, exclude);
        QFETCH(QString, version);
        const Result<PublishedRelease> last = json::parseLastRelease(packument, exclude);
        if (version.isEmpty()) {
            QVERIFY(!last.ok());
            QCOMPARE(last.error().code, ErrorCode::E404);
            return;
        }
        QVERIFY(last.ok());
        QCOMPARE(last.value().version, version);
    }
};

QTEST_GUILESS_MAIN(TestStageDto)
#include "tst_stagedto.moc"
