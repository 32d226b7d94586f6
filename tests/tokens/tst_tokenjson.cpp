// SPDX-License-Identifier: GPL-3.0-or-later
// TokenJson, the metadata cache's token entry: its bytes stay what they were when the grants
// moved to TokenGrants::toJson/fromJson (issue 18), it round-trips, and a damaged entry is
// refused rather than half read.
#include "core/tokens/TokenJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace td;
using namespace Qt::Literals::StringLiterals;

namespace {

Token sampleToken()
{
    Token t;
    t.accountId = u"https://registry.npmjs.org/|alice"_s; // not written: the file is per account
    t.key = u"8f1e2d3c-0000-4000-8000-000000000001"_s;
    t.redacted = u"npm_NYn6...jCq0"_s;
    t.name = u"ci-publish"_s;
    t.description = u"Publish Token"_s;
    t.kind = TokenKind::GranularBypass2fa;
    t.packagesPermission = Permission::ReadWriteStageOnly;
    t.orgsPermission = Permission::ReadOnly;
    t.allPackages = true;
    t.packages = {u"left-pad"_s, u"@acme/widgets"_s};
    t.scopes = {u"@acme"_s};
    t.orgs = {u"acme"_s};
    t.cidr = {u"10.0.0.0/8"_s, u"192.168.0.0/16"_s};
    t.bypass2fa = true;
    t.readOnly = true;
    t.created = QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC);
    t.updated = QDateTime(QDate(2026, 10, 2), QTime(9, 30), Qt::UTC);
    t.lastUsed = QDateTime(QDate(2026, 11, 27), QTime(23, 59, 59, 999), Qt::UTC);
    t.expires = QDateTime(QDate(2026, 12, 30), QTime(8, 0), Qt::UTC);
    t.revoked = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    return t;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestTokenJson : public QObject
{
    Q_OBJECT
private slots:
    void cacheEntryBytesAreUnchanged_data()
    {
        QTest::addColumn<Token>("token");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("every field")
            << sampleToken()
            << QByteArray(
                   R"json({"allPackages":true,"bypass2fa":true,"cidr":["10.0.0.0/8",)json"
                   R"json("192.168.0.0/16"],"created":"2026-10-01T08:00:00.000Z",)json"
                   R"json("description":"Publish Token",)json"
                   R"json("expires":"2026-12-30T08:00:00.000Z",)json"
                   R"json("key":"8f1e2d3c-0000-4000-8000-000000000001",)json"
                   R"json("kind":"granular-bypass-2fa",)json"
                   R"json("lastUsed":"2026-11-27T23:59:59.999Z","name":"ci-publish",)json"
                   R"json("orgs":["acme"],"orgsPermission":"read-only",)json"
                   R"json("packages":["left-pad","@acme/widgets"],)json"
                   R"json("packagesPermission":"read-write-stage-only","readOnly":true,)json"
                   R"json("redacted":"npm_NYn6...jCq0","revoked":"2026-12-01T00:00:00.000Z",)json"
                   R"json("scopes":["@acme"],"updated":"2026-10-02T09:30:00.000Z"})json");
        QTest::newRow("empty token")
            << Token{}
            << QByteArray(
                   R"json({"allPackages":false,"bypass2fa":false,"cidr":[],"created":"",)json"
                   R"json("description":"","expires":"","key":"","kind":"unknown",)json"
                   R"json("lastUsed":"","name":"","orgs":[],"orgsPermission":"no-access",)json"
                   R"json("packages":[],"packagesPermission":"no-access","readOnly":false,)json"
                   R"json("redacted":"","revoked":"","scopes":[],"updated":""})json");
    }
    void cacheEntryBytesAreUnchanged()
    {
        QFETCH(const Token, token);
        QFETCH(const QByteArray, expected);
        const QByteArray written = compact(tokenToJson(token));
        if (written != expected)
            qInfo().noquote() << written;
        QCOMPARE(written, expected);
    }

    void roundTrips()
    {
        const Token original = sampleToken();
        Token read;
        QVERIFY(tokenFromJson(tokenToJson(original), &read));
        QCOMPARE(compact(tokenToJson(read)), compact(tokenToJson(original)));
        QCOMPARE(compact(read.grants().toJson()), compact(original.grants().toJson()));
        QCOMPARE(read.readOnly, true);
        QCOMPARE(read.revoked, original.revoked);
    }

    void damagedEntryIsRefused_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("minimal") << QByteArray(R"({"key":"k"})") << true;
        QTest::newRow("no key") << QByteArray(R"({"name":"x"})") << false;
        QTest::newRow("packages not a list")
            << QByteArray(R"({"key":"k","packages":"x"})") << false;
        QTest::newRow("a scope not a string")
            << QByteArray(R"({"key":"k","scopes":["@a",1]})") << false;
        QTest::newRow("orgs an object") << QByteArray(R"({"key":"k","orgs":{}})") << false;
        QTest::newRow("cidr null") << QByteArray(R"({"key":"k","cidr":null})") << false;
        QTest::newRow("bad date") << QByteArray(R"({"key":"k","created":"yesterday"})") << false;
        QTest::newRow("unknown permission kept as no access")
            << QByteArray(R"({"key":"k","packagesPermission":"sideways"})") << true;
    }
    void damagedEntryIsRefused()
    {
        QFETCH(const QByteArray, entry);
        QFETCH(const bool, accepted);
        Token token;
        token.name = u"untouched"_s;
        QCOMPARE(tokenFromJson(QJsonDocument::fromJson(entry).object(), &token), accepted);
        if (!accepted)
            QCOMPARE(token.name, u"untouched"_s); // a refused entry leaves the token as it was
    }
};

QTEST_GUILESS_MAIN(TestTokenJson)
#include "tst_tokenjson.moc"
