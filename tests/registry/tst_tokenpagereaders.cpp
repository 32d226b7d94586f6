// SPDX-License-Identifier: GPL-3.0-or-later
// parseTokenPage reads a token list in place from the registry's text (issue 18) and leaves
// whatever that reader might answer differently to nlohmann's tree. Each row is a body; the
// in-place reader must either decline it (where the row says so) or give exactly the tree's page:
// every token field, urls.next, total, whether expiry is reported and each object's text.
#include "RegistryFixtures.h"
#include "core/registry/json/TokenDto.h"
#include "core/tokens/TokenJson.h"

#include <QTest>

#include <algorithm>
#include <string>

using namespace td;

namespace {

QByteArray fixture(const char *name)
{
    return test::registryFixture(name);
}

QByteArray page(const QByteArray &objects, const QByteArray &rest = R"("urls":{})")
{
    return R"({"objects":[)" + objects + "]," + rest + '}';
}

void compare(const TokenPage &a, const TokenPage &b)
{
    QCOMPARE(a.tokens.size(), b.tokens.size());
    for (qsizetype i = 0; i < a.tokens.size(); ++i)
        QCOMPARE(tokenToJson(a.tokens.at(i)), tokenToJson(b.tokens.at(i)));
    QCOMPARE(a.next, b.next);
    QCOMPARE(a.total, b.total);
    QCOMPARE(a.anyTokenReportsExpiry, b.anyTokenReportsExpiry);
    QCOMPARE(a.rawObjects, b.rawObjects);
}

} // namespace

class TstTokenPageReaders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bothReadersAgree_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("inPlace");
        const auto row = [](const char *name, const QByteArray &body, bool inPlace) {
            QTest::newRow(name) << body << inPlace;
        };
        row("npmjs granular", fixture("npmjs-granular-page.json"), true);
        row("classic", fixture("classic-page.json"), true);
        row("Verdaccio", fixture("verdaccio-page.json"), true);
        row("empty", page({}), true);
        row("a repeated field: the last counts",
            page(R"({"key":"k1","name":"first","name":"last","readonly":true,"readonly":false})"),
            true);
        row("escaped keys and values",
            page("{\"k\\u0065y\":\"k1\",\"name\":\"caf\\u00e9\\n\\\"x\\\"\",\"n\\u0061me\":\"y\"}"),
            true);
        row("grants of odd shapes",
            page(R"({"key":"k1","permissions":["x",{"name":"org","action":"write"},null],
                    "scopes":"everything","expiry":null})"),
            true);
        row("scopes, orgs and a stage-only policy",
            page(R"({"key":"k1","permissions":[{"name":"package","action":"write"}],
                    "publish_policy":"stage_only","scopes":[{"type":"scope","name":"acme"},
                    {"type":"org","name":"acme"},{"type":"package","name":"@a/b"},
                    {"type":"package","name":"@bare"}],"cidr":["1.2.3.4/32",7]})"),
            true);
        row("fields of the wrong type read as absent",
            page(R"({"key":"k1","readonly":"yes","created":17,"name":{},"cidr_whitelist":"x",
                    "bypass_2fa":1,"expires":"not a date"})"),
            true);
        row("urls.next and total", page(R"({"key":"k1"})", R"("urls":{"next":"/p2"},"total":41)"),
            true);
        row("urls not an object", page(R"({"key":"k1"})", R"("urls":"x","total":null)"), true);
        row("total as a float", page(R"({"key":"k1"})", R"("total":41.0)"), true);
        row("total of ten digits", page(R"({"key":"k1"})", R"("total":1234567890)"), false);
        row("objects twice: the last counts",
            R"({"objects":[{"key":"k1"}],"objects":[{"key":"k2"},{"key":"k3"}]})", true);
        row("a lone surrogate", page(R"({"key":"k1","name":"\ud800"})"), false);
        row("a surrogate pair", page(R"({"key":"k1","name":"\ud83d\ude00"})"), false);
        row("a byte-order mark", "\xEF\xBB\xBF" + page(R"({"key":"k1"})"), false);
        row("objects null", R"({"objects":null})", false);
        row("objects an object", R"({"objects":{"a":{"key":"k1"}}})", false);
        row("no objects", R"({"urls":{}})", false);
        row("an item that is not an object", page(R"({"key":"k1"},7)"), false);
        row("no key", page(R"({"name":"x"})"), false);
        row("an empty key", page(R"({"key":""})"), false);
        row("a key that is not a string", page(R"({"key":12})"), false);
        row("trailing bytes", page(R"({"key":"k1"})") + "x", false);
        row("not JSON", "<html>", false);
    }
    void bothReadersAgree()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, inPlace);
        const std::optional<TokenPage> fast = json::readTokenPageInPlace(body);
        const Result<TokenPage> tree = json::readTokenPageTree(body);
        QCOMPARE(fast.has_value(), inPlace);
        const Result<TokenPage> chosen = json::parseTokenPage(body);
        QCOMPARE(chosen.ok(), tree.ok());
        if (!tree.ok()) {
            QCOMPARE(chosen.error().code, tree.error().code);
            QCOMPARE(chosen.error().oneLine(), tree.error().oneLine());
            return;
        }
        compare(chosen.value(), tree.value());
        if (fast)
            compare(*fast, tree.value());
    }

    // The raw objects are views into the body the page keeps (TokenPage::rawSources): changing
    // or dropping the caller's body must not change them, nor may a body whose bytes the caller
    // owns (QByteArray::fromRawData) be viewed in place.
    void rawObjectsOutliveTheBody_data()
    {
        QTest::addColumn<bool>("inPlace");
        QTest::addColumn<bool>("rawData");
        QTest::newRow("in place, the caller's array") << true << false;
        QTest::newRow("in place, the caller's bytes") << true << true;
        QTest::newRow("tree, the caller's array") << false << false;
        QTest::newRow("tree, the caller's bytes") << false << true;
    }
    void rawObjectsOutliveTheBody()
    {
        QFETCH(bool, inPlace);
        QFETCH(bool, rawData);
        const QByteArray text = page(R"({"key":"k1","name":"one"},{"key":"k2","name":"two"})");
        std::string bytes = text.toStdString();
        QByteArray body = rawData ? QByteArray::fromRawData(bytes.data(), qsizetype(bytes.size()))
                                  : QByteArray(text.constData(), text.size());
        TokenPage read = inPlace ? json::readTokenPageInPlace(body).value()
                                 : json::readTokenPageTree(body).value();
        // The caller writes over its bytes, then lets its array go.
        if (rawData)
            std::fill(bytes.begin(), bytes.end(), 'x');
        else
            body.fill('x');
        body = QByteArray();
        const QList<QByteArray> expected{R"({"key":"k1","name":"one"})",
                                         R"({"key":"k2","name":"two"})"};
        QCOMPARE(read.rawObjects, expected);
        // A page that takes the objects over (as TokenListPager's merge does) keeps them too.
        TokenPage all;
        all.rawObjects = std::move(read.rawObjects);
        all.rawSources = std::move(read.rawSources);
        read = TokenPage();
        QCOMPARE(all.rawObjects, expected);
    }
};

QTEST_APPLESS_MAIN(TstTokenPageReaders)
#include "tst_tokenpagereaders.moc"
