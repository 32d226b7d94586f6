// SPDX-License-Identifier: GPL-3.0-or-later
// The token cache file's two readers: the in-place one (jsontext's scanner, what start-up uses)
// answers for every text TokenDesk writes, and whenever it answers, the tree (QJsonDocument)
// reads the very same list; every other text it leaves to the tree, which words the problem.
#include "TestPaths.h"
#include "core/tokenlist/TokenCacheFormat.h"
#include "core/tokens/TokenJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace td;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kAccount = u"acct"_s; // the account of the fixtures in tests/data/tokens

Token fullToken()
{
    Token t;
    t.key = u"8f1e2d3c-0000-4000-8000-000000000001"_s;
    t.redacted = u"npm_NYn6...jCq0"_s;
    t.name = u"ci \"publish\"\tnew\nline ✓ \\ é"_s;
    t.description = u"Publish Token"_s;
    t.kind = TokenKind::GranularBypass2fa;
    t.packagesPermission = Permission::ReadWriteStageOnly;
    t.orgsPermission = Permission::ReadOnly;
    t.packages = {u"left-pad"_s, u"@acme/widgets"_s};
    t.scopes = {u"@acme"_s};
    t.orgs = {u"acme"_s};
    t.cidr = {u"10.0.0.0/8"_s, u"2001:db8::/32"_s};
    t.bypass2fa = true;
    t.created = QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC);
    t.updated = t.created;
    t.lastUsed = QDateTime(QDate(2026, 11, 27), QTime(23, 59, 59, 999), Qt::UTC);
    t.expires = QDateTime(QDate(2026, 12, 30), QTime(8, 0), Qt::UTC);
    t.revoked = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    return t;
}

Token bareToken(const QString &key)
{
    Token t;
    t.key = key;
    t.kind = TokenKind::ClassicPublish;
    t.readOnly = true;
    return t;
}

// A cache file's text with `entries` (JSON objects) as its token list.
QByteArray cacheWith(const QByteArray &entries, const QByteArray &version = "1",
                     const QByteArray &account = "\"acct\"",
                     const QByteArray &synced = "\"2026-11-28T12:00:00.250Z\"")
{
    return "{\"version\": " + version + ", \"accountId\": " + account + ", \"syncedAt\": " + synced
        + ", \"tokens\": [" + entries + "]}";
}

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(TD_TEST_DATA_DIR "/tokens/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void compareDates(const QDateTime &actual, const QDateTime &expected)
{
    QCOMPARE(actual, expected);
    QCOMPARE(actual.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(actual.timeSpec(), expected.timeSpec());
}

void compareLists(const CachedTokenList &actual, const CachedTokenList &expected)
{
    QCOMPARE(actual.accountId, expected.accountId);
    compareDates(actual.syncedAt, expected.syncedAt);
    QCOMPARE(actual.tokens.size(), expected.tokens.size());
    for (qsizetype i = 0; i < expected.tokens.size(); ++i) {
        const Token &a = actual.tokens.at(i);
        const Token &e = expected.tokens.at(i);
        QCOMPARE(a.accountId, e.accountId);
        QCOMPARE(a.key, e.key);
        QCOMPARE(a.redacted, e.redacted);
        QCOMPARE(a.name, e.name);
        QCOMPARE(a.description, e.description);
        QCOMPARE(a.kind, e.kind);
        QCOMPARE(a.readOnly, e.readOnly);
        QCOMPARE(a.packagesPermission, e.packagesPermission);
        QCOMPARE(a.orgsPermission, e.orgsPermission);
        QCOMPARE(a.allPackages, e.allPackages);
        QCOMPARE(a.bypass2fa, e.bypass2fa);
        QCOMPARE(a.packages, e.packages);
        QCOMPARE(a.scopes, e.scopes);
        QCOMPARE(a.orgs, e.orgs);
        QCOMPARE(a.cidr, e.cidr);
        compareDates(a.created, e.created);
        compareDates(a.updated, e.updated);
        compareDates(a.lastUsed, e.lastUsed);
        compareDates(a.expires, e.expires);
        compareDates(a.revoked, e.revoked);
    }
}

} // namespace

class TestTokenCacheFormat : public QObject
{
    Q_OBJECT
private slots:
    void readersAgree_data();
    void readersAgree();
    void whatTheWriterWritesReadsBack();
};

void TestTokenCacheFormat::readersAgree_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("readInPlace"); // false: left to the tree

    const QDateTime synced(QDate(2026, 11, 28), QTime(12, 0, 0, 250), Qt::UTC);
    QTest::newRow("as written, three tokens")
        << tokenCacheText(kAccount, {fullToken(), bareToken(u"a"_s), bareToken(u"b"_s)}, synced)
        << true;
    QTest::newRow("as written, no tokens") << tokenCacheText(kAccount, {}, synced) << true;
    QTest::newRow("indented, as earlier builds wrote it")
        << QJsonDocument::fromJson(
               tokenCacheText(kAccount, {fullToken(), bareToken(u"a"_s)}, synced))
               .toJson(QJsonDocument::Indented)
        << true;
    QTest::newRow("escapes, raw UTF-8, odd types") << fixture("valid-cache.json") << true;
    QTest::newRow("a repeated member: the last counts")
        << cacheWith(R"({"key": "k", "name": "first", "name": "second", "kind": "classic-publish",
                         "kind": "granular-read-only"})")
        << true;
    QTest::newRow("a repeated version: the last counts")
        << QByteArray(R"({"version": 2, "version": 1, "accountId": "acct",
                          "syncedAt": "2026-11-28T12:00:00Z", "tokens": []})")
        << true;
    QTest::newRow("null and absent dates")
        << cacheWith(R"({"key": "k", "created": null, "expires": ""})") << true;
    QTest::newRow("an escaped key") << cacheWith(R"({"k\u0065y": "k", "n\u0061me": "n"})") << true;
    QTest::newRow("sync time with an offset")
        << cacheWith(R"({"key": "k"})", "1", "\"acct\"", "\"2026-11-28T14:00:00+02:00\"") << true;
    QTest::newRow("a date with an offset")
        << cacheWith(R"({"key": "k", "expires": "2026-12-30T08:00:00.000+01:00"})") << true;

    // Left to the tree: a problem it words, or a text TokenDesk does not write.
    QTest::newRow("a list holding a number")
        << cacheWith(R"({"key": "k", "packages": ["a", 1]})") << false;
    QTest::newRow("a list that is a string")
        << cacheWith(R"({"key": "k", "cidr": "10/8"})") << false;
    QTest::newRow("a date that is a number") << cacheWith(R"({"key": "k", "created": 5})") << false;
    QTest::newRow("a date that does not read")
        << cacheWith(R"({"key": "k", "created": "next tuesday"})") << false;
    QTest::newRow("a date with an escape")
        << cacheWith(R"({"key": "k", "created": "\u0032026-10-01T08:00:00Z"})") << false;
    QTest::newRow("no key") << cacheWith(R"({"name": "n"})") << false;
    QTest::newRow("an empty key") << cacheWith(R"({"key": ""})") << false;
    QTest::newRow("a key that is a number") << cacheWith(R"({"key": 7})") << false;
    QTest::newRow("an entry that is not an object") << cacheWith(R"("k")") << false;
    QTest::newRow("version 1.0") << cacheWith(R"({"key": "k"})", "1.0") << false;
    QTest::newRow("version 2") << cacheWith(R"({"key": "k"})", "2") << false;
    QTest::newRow("version as a string") << cacheWith(R"({"key": "k"})", "\"1\"") << false;
    QTest::newRow("another account") << cacheWith(R"({"key": "k"})", "1", "\"other\"") << false;
    QTest::newRow("no sync time") << cacheWith(R"({"key": "k"})", "1", "\"acct\"", "null") << false;
    QTest::newRow("a sync time that does not read")
        << cacheWith(R"({"key": "k"})", "1", "\"acct\"", "\"yesterday\"") << false;
    QTest::newRow("a surrogate pair")
        << cacheWith(R"({"key": "k", "name": "\ud83d\ude00"})") << false;
    QTest::newRow("a lone surrogate") << cacheWith(R"({"key": "k", "name": "\ud83d"})") << false;
    QTest::newRow("tokens not a list")
        << QByteArray(R"({"version": 1, "accountId": "acct", "syncedAt": "2026-11-28T12:00:00Z",
                          "tokens": {}})")
        << false;
    QTest::newRow("no tokens member")
        << QByteArray(R"({"version": 1, "accountId": "acct", "syncedAt": "2026-11-28T12:00:00Z"})")
        << false;
    QTest::newRow("truncated") << fixture("truncated.json") << false;
    QTest::newRow("not an object") << fixture("not-an-object.json") << false;
    QTest::newRow("invalid UTF-8") << cacheWith("{\"key\": \"k\", \"name\": \"\xff\"}") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestTokenCacheFormat::readersAgree()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, readInPlace);
    QVERIFY(!text.isEmpty() || QByteArray(QTest::currentDataTag()) == "empty");

    const std::optional<CachedTokenList> inPlace = readTokenCacheInPlace(text, kAccount);
    QCOMPARE(inPlace.has_value(), readInPlace);
    const std::variant<CachedTokenList, QString> tree = readTokenCacheTree(text, kAccount);
    const std::variant<CachedTokenList, QString> either = readTokenCacheText(text, kAccount);
    QCOMPARE(either.index(), tree.index());
    if (const auto *problem = std::get_if<QString>(&tree)) {
        QCOMPARE(std::get<QString>(either), *problem);
        return;
    }
    const CachedTokenList &expected = std::get<CachedTokenList>(tree);
    compareLists(std::get<CachedTokenList>(either), expected);
    if (inPlace)
        compareLists(*inPlace, expected);
}

// What store() writes is read in place, to the token (the redacted form as written).
void TestTokenCacheFormat::whatTheWriterWritesReadsBack()
{
    const QDateTime synced(QDate(2026, 11, 28), QTime(12, 0, 0, 250), Qt::UTC);
    QList<Token> tokens{fullToken(), bareToken(u"classic"_s)};
    for (Token &t : tokens)
        t.accountId = kAccount;
    const QByteArray text = tokenCacheText(kAccount, tokens, synced);
    QVERIFY2(!text.contains('\n') && !text.contains(": "), "written compact");
    const std::optional<CachedTokenList> read = readTokenCacheInPlace(text, kAccount);
    QVERIFY(read);
    compareLists(*read, CachedTokenList{kAccount, synced, tokens});
}

QTEST_GUILESS_MAIN(TestTokenCacheFormat)
#include "tst_tokencacheformat.moc"
