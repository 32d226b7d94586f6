// SPDX-License-Identifier: GPL-3.0-or-later
// TokenCache: metadata survives a restart, never holds a secret, and a damaged file is reported
// and kept aside rather than lost.
#include "TestPaths.h"
#include "core/tokenlist/TokenCache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace Qt::Literals::StringLiterals;

class TestTokenCache : public QObject
{
    Q_OBJECT
private slots:
    void roundTripSurvivesRestart();
    void notFoundBeforeFirstSync();
    void accountsAreSeparate();
    void fileIsPrivate();
    void neverWritesAWholeSecret();
    void damagedFileIsKeptAside_data();
    void damagedFileIsKeptAside();
    void secondDamageDoesNotOverwriteFirst();
    void storeReplacesTheList();
    void readAheadGivesTheFileAsItIsAtLoad_data();
    void readAheadGivesTheFileAsItIsAtLoad();

private:
    static Token sampleToken();
    const QDateTime m_synced{QDate(2026, 11, 28), QTime(12, 0, 0, 250), Qt::UTC};
};

Token TestTokenCache::sampleToken()
{
    Token t;
    t.accountId = u"https://registry.npmjs.org/|alice"_s;
    t.key = u"8f1e2d3c-0000-4000-8000-000000000001"_s;
    t.redacted = u"npm_NYn6...jCq0"_s;
    t.name = u"ci-publish"_s;
    t.description = u"Publish Token"_s;
    t.kind = TokenKind::GranularBypass2fa;
    t.packagesPermission = Permission::ReadWrite;
    t.orgsPermission = Permission::ReadOnly;
    t.packages = {u"left-pad"_s, u"@acme/widgets"_s};
    t.scopes = {u"@acme"_s};
    t.orgs = {u"acme"_s};
    t.cidr = {u"10.0.0.0/8"_s};
    t.bypass2fa = true;
    t.created = QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC);
    t.updated = t.created;
    t.lastUsed = QDateTime(QDate(2026, 11, 27), QTime(23, 59, 59, 999), Qt::UTC);
    t.expires = QDateTime(QDate(2026, 12, 30), QTime(8, 0), Qt::UTC);
    return t;
}

void TestTokenCache::roundTripSurvivesRestart()
{
    QTemporaryDir dir;
    const Token original = sampleToken();
    Token noExpiry;
    noExpiry.key = u"ab"_s.repeated(64);
    noExpiry.kind = TokenKind::ClassicPublish;
    QVERIFY(TokenCache(dir.path()).store(original.accountId, {original, noExpiry}, m_synced).ok());

    const TokenCache reopened(dir.path()); // a new instance = a restart
    const Result<CachedTokenList> loaded = reopened.load(original.accountId);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QCOMPARE(loaded.value().syncedAt, m_synced);
    QCOMPARE(loaded.value().tokens.size(), 2);
    const Token &t = loaded.value().tokens[0];
    QCOMPARE(t.accountId, original.accountId);
    QCOMPARE(t.key, original.key);
    QCOMPARE(t.redacted, original.redacted);
    QCOMPARE(t.name, original.name);
    QCOMPARE(t.description, original.description);
    QCOMPARE(t.kind, original.kind);
    QCOMPARE(t.packagesPermission, original.packagesPermission);
    QCOMPARE(t.orgsPermission, original.orgsPermission);
    QCOMPARE(t.packages, original.packages);
    QCOMPARE(t.scopes, original.scopes);
    QCOMPARE(t.orgs, original.orgs);
    QCOMPARE(t.cidr, original.cidr);
    QCOMPARE(t.bypass2fa, true);
    QCOMPARE(t.created, original.created);
    QCOMPARE(t.lastUsed, original.lastUsed);
    QCOMPARE(t.expires, original.expires);
    QVERIFY(!t.revoked.isValid());
    const Token &classic = loaded.value().tokens[1];
    QCOMPARE(classic.kind, TokenKind::ClassicPublish);
    QVERIFY(!classic.expires.isValid());
}

void TestTokenCache::notFoundBeforeFirstSync()
{
    QTemporaryDir dir;
    const Result<CachedTokenList> loaded = TokenCache(dir.path()).load(u"nobody"_s);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, ErrorCode::NotFound);
}

void TestTokenCache::accountsAreSeparate()
{
    QTemporaryDir dir;
    TokenCache cache(dir.path());
    Token a = sampleToken();
    Token b = sampleToken();
    b.key = u"other"_s;
    QVERIFY(cache.store(u"alice"_s, {a}, m_synced).ok());
    QVERIFY(cache.store(u"bob"_s, {b, a}, m_synced).ok());
    QCOMPARE(cache.load(u"alice"_s).value().tokens.size(), 1);
    QCOMPARE(cache.load(u"bob"_s).value().tokens.size(), 2);
    QVERIFY(cache.pathFor(u"alice"_s) != cache.pathFor(u"bob"_s));
    QVERIFY(cache.remove(u"alice"_s).ok());
    QCOMPARE(cache.load(u"alice"_s).error().code, ErrorCode::NotFound);
    QVERIFY(cache.load(u"bob"_s).ok());
}

void TestTokenCache::fileIsPrivate()
{
    QTemporaryDir dir;
    TokenCache cache(dir.path() + u"/nested/token-cache"_s);
    QVERIFY(cache.store(u"alice"_s, {sampleToken()}, m_synced).ok());
    const QFile::Permissions mode = QFile(cache.pathFor(u"alice"_s)).permissions();
    QCOMPARE(mode & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
}

// A caller that mistakenly puts a whole secret in `redacted` must not get it onto disk.
void TestTokenCache::neverWritesAWholeSecret()
{
    QTemporaryDir dir;
    TokenCache cache(dir.path());
    Token t = sampleToken();
    const QString secret = u"npm_abcdEFGH0123456789abcdefghijklmnWXYZ"_s;
    QCOMPARE(secret.size(), 40);
    t.redacted = secret;
    QVERIFY(cache.store(u"alice"_s, {t}, m_synced).ok());
    QFile file(cache.pathFor(u"alice"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(secret.toLatin1()));
    QVERIFY(!bytes.contains("0123456789abcdefghijklmn"));
    QCOMPARE(cache.load(u"alice"_s).value().tokens[0].redacted, u"npm_abcd...WXYZ"_s);
}

void TestTokenCache::damagedFileIsKeptAside_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("problem");
    QTest::newRow("truncated") << "truncated.json"
                               << "(unterminated string)";
    QTest::newRow("future version") << "future-version.json"
                                    << "(unknown format version)";
    QTest::newRow("entry without key") << "entry-without-key.json"
                                       << "(a token entry is damaged)";
    QTest::newRow("bad date") << "bad-date.json"
                              << "(a token entry is damaged)";
    QTest::newRow("not an object") << "not-an-object.json"
                                   << "(not a JSON object)";
}

void TestTokenCache::damagedFileIsKeptAside()
{
    QFETCH(QString, fixture);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    TokenCache cache(dir.path());
    const QString path = cache.pathFor(u"acct"_s);
    QVERIFY(QFile::copy(QStringLiteral(TD_TEST_DATA_DIR "/tokens/") + fixture, path));
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray originalBytes = original.readAll();
    original.close();

    const Result<CachedTokenList> loaded = cache.load(u"acct"_s);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, ErrorCode::Io);
    QVERIFY2(loaded.error().message.contains(problem), qPrintable(loaded.error().message));
    QVERIFY(loaded.error().message.contains(path + u".corrupt"_s));
    QCOMPARE(loaded.error().hint, u"Refresh to download the list again."_s);

    QFile aside(path + u".corrupt"_s);
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), originalBytes);
    // The next sync writes a fresh cache in its place.
    QCOMPARE(cache.load(u"acct"_s).error().code, ErrorCode::NotFound);
    QVERIFY(cache.store(u"acct"_s, {sampleToken()}, m_synced).ok());
    QVERIFY(cache.load(u"acct"_s).ok());
}

void TestTokenCache::secondDamageDoesNotOverwriteFirst()
{
    QTemporaryDir dir;
    TokenCache cache(dir.path());
    const QString path = cache.pathFor(u"acct"_s);
    for (int i = 0; i < 2; ++i) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("garbage " + QByteArray::number(i));
        file.close();
        QVERIFY(!cache.load(u"acct"_s).ok());
    }
    QFile first(path + u".corrupt"_s), second(path + u".corrupt-2"_s);
    QVERIFY(first.open(QIODevice::ReadOnly) && second.open(QIODevice::ReadOnly));
    QCOMPARE(first.readAll(), QByteArray("garbage 0"));
    QCOMPARE(second.readAll(), QByteArray("garbage 1"));
}

void TestTokenCache::storeReplacesTheList()
{
    QTemporaryDir dir;
    TokenCache cache(dir.path());
    QVERIFY(cache.store(u"acct"_s, {sampleToken(), sampleToken()}, m_synced).ok());
    QVERIFY(cache.store(u"acct"_s, {}, m_synced.addSecs(60)).ok());
    const Result<CachedTokenList> loaded = cache.load(u"acct"_s);
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value().tokens.isEmpty());
    QCOMPARE(loaded.value().syncedAt, m_synced.addSecs(60));
}

// Issue 18: start-up parses the lists on a worker thread while the window is built; whatever
// happened to the file between then and load() is what load() answers.
void TestTokenCache::readAheadGivesTheFileAsItIsAtLoad_data()
{
    QTest::addColumn<QString>("between"); // what happens after readAhead(), before load()
    QTest::addColumn<int>("tokens");      // what load() then answers; -1: NotFound
    QTest::newRow("nothing") << u"nothing"_s << 1;
    QTest::newRow("this cache stores a new list") << u"store"_s << 2;
    QTest::newRow("another process stores one") << u"other store"_s << 2;
    QTest::newRow("another process removes it") << u"other remove"_s << -1;
}

void TestTokenCache::readAheadGivesTheFileAsItIsAtLoad()
{
    QFETCH(QString, between);
    QFETCH(int, tokens);
    QTemporaryDir dir;
    const QString account = sampleToken().accountId;
    Token second = sampleToken();
    second.key = u"8f1e2d3c-0000-4000-8000-000000000002"_s;
    TokenCache cache(dir.path());
    QVERIFY(cache.store(account, {sampleToken()}, m_synced));

    cache.readAhead({account, u"never-cached"_s});
    TokenCache otherProcess(dir.path());
    if (between == "store"_L1)
        QVERIFY(cache.store(account, {sampleToken(), second}, m_synced));
    else if (between == "other store"_L1)
        QVERIFY(otherProcess.store(account, {sampleToken(), second}, m_synced));
    else if (between == "other remove"_L1)
        QVERIFY(otherProcess.remove(account));

    const auto loaded = cache.load(account);
    if (tokens < 0) {
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, ErrorCode::NotFound);
    } else {
        QVERIFY(loaded);
        QCOMPARE(loaded.value().tokens.size(), tokens);
        QCOMPARE(loaded.value().tokens.first().key, sampleToken().key);
        QCOMPARE(loaded.value().syncedAt, m_synced);
    }
    QCOMPARE(cache.load(u"never-cached"_s).error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestTokenCache)
#include "tst_tokencache.moc"
