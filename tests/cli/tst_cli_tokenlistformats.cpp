// SPDX-License-Identifier: GPL-3.0-or-later
// `token list --parseable` and `--json` in npm 11's own formats (lib/commands/token.js): the
// registry's objects with npm's short id added; npm's seven tab-separated columns with JavaScript's
// join rules (absent and null are empty, readonly by truthiness, the CIDR list comma-joined);
// and the other subcommand names npm accepts (ls, rm, delete, remove).
#include "cli/commands/TokenCommandAliases.h"
#include "cli/commands/TokenCommandList.h"
#include "cli/commands/TokenListFormats.h"
#include "core/registry/json/TokenDto.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace td;
using namespace td::cli;

namespace {
// One page as a registry sends it, read by the same parser the CLI uses.
TokenPage page(const QByteArray &objects)
{
    const Result<TokenPage> parsed
        = json::parseTokenPage(R"({"objects":[)" + objects + R"(],"urls":{}})");
    if (!parsed)
        qFatal("page: %s", qPrintable(parsed.error().oneLine()));
    return parsed.value();
}

QByteArray secondLine(const TokenPage &p)
{
    const QList<QByteArray> lines
        = tokenlist::npmParseable(p, TokenListCommand::shortIds(p.tokens)).split('\n');
    return lines.value(1);
}
} // namespace

class TstCliTokenListFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseableLine_data()
    {
        QTest::addColumn<QByteArray>("object");
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("granular (npmjs, sandbox)")
            << QByteArray(R"({"key":"0b5f1a2c-0001-4000-8000-000000000001","token":"npm_ab...wxyz",
                 "name":"release-bot","created":"2026-10-01T08:00:00.000Z","readonly":false,
                 "cidr":[],"expiry":null,"permissions":[{"name":"package","action":"write"}]})")
            << QByteArray("0b5f1a2c-0001-4000-8000-000000000001\tnpm_ab...wxyz\t0b5f1a\t"
                          "release-bot\t2026-10-01T08:00:00.000Z\tfalse\t");
        QTest::newRow("classic with a CIDR list")
            << QByteArray(R"({"key":"a1b2c3d4e5f6","token":"9f3e2a","readonly":true,
                 "cidr_whitelist":["192.168.1.0/24","10.0.0.1/32"],"created":"2025-01-02T03:04:05Z"})")
            << QByteArray("a1b2c3d4e5f6\t9f3e2a\ta1b2c3\t\t2025-01-02T03:04:05Z\ttrue\t"
                          "192.168.1.0/24,10.0.0.1/32");
        QTest::newRow("null fields are empty, as Array.join writes them")
            << QByteArray(R"({"key":"ffeeddccbbaa","token":null,"name":null,"created":null,
                 "readonly":null,"cidr_whitelist":null})")
            << QByteArray("ffeeddccbbaa\t\tffeedd\t\t\tfalse\t");
        QTest::newRow("empty CIDR list")
            << QByteArray(R"({"key":"123456789abc","token":"npm_x","cidr_whitelist":[]})")
            << QByteArray("123456789abc\tnpm_x\t123456\t\t\tfalse\t");
        QTest::newRow("Verdaccio's cidr is not npm's cidr_whitelist")
            << QByteArray(R"({"key":"v1v2v3v4v5","token":"abc...","readonly":false,
                 "cidr":["127.0.0.1/32"],"created":1767225600000})")
            << QByteArray("v1v2v3v4v5\tabc...\tv1v2v3\t\t1767225600000\tfalse\t");
    }
    void parseableLine()
    {
        QFETCH(QByteArray, object);
        QFETCH(QByteArray, line);
        QCOMPARE(secondLine(page(object)), line);
    }

    void parseableHasNpmsHeaderEvenWithoutTokens()
    {
        const TokenPage empty = page({});
        QCOMPARE(tokenlist::npmParseable(empty, {}),
                 QByteArray("key\ttoken\tid\tname\tcreated\treadonly\tCIDR whitelist\n"));
    }

    // Every field the registry sent, untouched, plus npm's id: the shortest unique prefix of at
    // least six characters.
    void jsonIsTheRegistrysObjectsWithNpmsId()
    {
        const QByteArray a = R"({"key":"abcdef01","token":"npm_a","name":"one","expiry":null,
            "scopes":[{"name":"@acme","type":"scope"}],"publish_policy":"stage_only"})";
        const QByteArray b
            = R"({"key":"abcdef02","token":"npm_b","cidr_whitelist":["1.2.3.4/32"]})";
        const TokenPage p = page(a + ',' + b);
        const QJsonArray out
            = QJsonDocument::fromJson(tokenlist::npmJson(p, TokenListCommand::shortIds(p.tokens)))
                  .array();
        QCOMPARE(out.size(), 2);
        QJsonObject first = QJsonDocument::fromJson(a).object();
        first.insert(QStringLiteral("id"), QStringLiteral("abcdef01"));
        QJsonObject second = QJsonDocument::fromJson(b).object();
        second.insert(QStringLiteral("id"), QStringLiteral("abcdef02"));
        QCOMPARE(out.at(0).toObject(), first);
        QCOMPARE(out.at(1).toObject(), second);
    }

    // A page whose raw objects do not all read (or that has none) is still written token by
    // token, each with its id.
    void jsonWritesEveryTokenWhenObjectsDoNotParseTogether()
    {
        TokenPage p = page(R"({"key":"abcdef01","name":"one"},{"key":"abcdef02","name":"two"})");
        p.rawObjects[1] = "{not json";
        const QJsonArray broken
            = QJsonDocument::fromJson(tokenlist::npmJson(p, TokenListCommand::shortIds(p.tokens)))
                  .array();
        QCOMPARE(broken.size(), 2);
        QCOMPARE(broken.at(0).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("one"));
        // The broken one is written from the fields TokenDesk read, like a page without objects.
        QCOMPARE(broken.at(1).toObject().value(QLatin1String("key")).toString(),
                 QStringLiteral("abcdef02"));
        QCOMPARE(broken.at(1).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("abcdef02"));

        p.rawObjects.clear(); // a client that kept no objects: TokenDesk's own fields
        const QJsonArray rebuilt
            = QJsonDocument::fromJson(tokenlist::npmJson(p, TokenListCommand::shortIds(p.tokens)))
                  .array();
        QCOMPARE(rebuilt.size(), 2);
        QCOMPARE(rebuilt.at(1).toObject().value(QLatin1String("key")).toString(),
                 QStringLiteral("abcdef02"));
        QCOMPARE(rebuilt.at(1).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("abcdef02"));
    }

    void jsonOfNoTokensIsAnEmptyArray()
    {
        QCOMPARE(tokenlist::npmJson(page({}), {}), QByteArray("[]\n"));
    }

    // npm's bytes (JSON.stringify(tokens, null, 2)): the registry's member order, npm's id last,
    // two spaces per level, empty lists as []; an `id` the registry sent is replaced in place.
    void jsonIsWrittenInNpmsBytes()
    {
        const TokenPage p = page(R"({"key":"abcdef01","token":"npm_a","cidr":[],
            "scopes":[{"type":"package","name":"*"}]},{"id":7,"key":"abcdef02","name":"caf\u00e9"})");
        QCOMPARE(tokenlist::npmJson(p, TokenListCommand::shortIds(p.tokens)),
                 QByteArray("[\n"
                            "  {\n"
                            "    \"key\": \"abcdef01\",\n"
                            "    \"token\": \"npm_a\",\n"
                            "    \"cidr\": [],\n"
                            "    \"scopes\": [\n"
                            "      {\n"
                            "        \"type\": \"package\",\n"
                            "        \"name\": \"*\"\n"
                            "      }\n"
                            "    ],\n"
                            "    \"id\": \"abcdef01\"\n"
                            "  },\n"
                            "  {\n"
                            "    \"id\": \"abcdef02\",\n"
                            "    \"key\": \"abcdef02\",\n"
                            "    \"name\": \"caf\303\251\"\n"
                            "  }\n"
                            "]\n"));
    }

    // The CLI writes --json in 64 KiB pieces as it makes them: the same bytes as the whole text,
    // across many pieces (1,000 tokens are about 400 KiB) and for an empty list.
    void jsonWrittenInPiecesIsTheSameText()
    {
        QByteArray objects;
        for (int i = 0; i < 1000; ++i)
            objects += (i ? "," : "")
                + QByteArray(R"({"key":"%1","token":"npm_...ab","name":"bench %2",
                    "created":"2026-10-01T08:00:00.000Z","readonly":false,"cidr":["10.0.0.0/8"],
                    "permissions":[{"name":"package","action":"write"}]})")
                      .replace("%1",
                               QUuid::createUuidV5(QUuid(), QString::number(i))
                                   .toByteArray(QUuid::WithoutBraces))
                      .replace("%2", QByteArray::number(i));
        for (const TokenPage &p : {page(objects), page({})}) {
            const QHash<QString, QString> ids = TokenListCommand::shortIds(p.tokens);
            QBuffer written;
            QVERIFY(written.open(QIODevice::WriteOnly));
            tokenlist::writeNpmJson(written, p, ids);
            QCOMPARE(written.data(), tokenlist::npmJson(p, ids));
        }
        QVERIFY(tokenlist::npmJson(page(objects), {}).size() > 4 * 64 * 1024);
    }

    void npmsSubcommandNames_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("meant");
        QTest::newRow("list") << "list"
                              << "list";
        QTest::newRow("ls") << "ls"
                            << "list";
        QTest::newRow("revoke") << "revoke"
                                << "revoke";
        QTest::newRow("rm") << "rm"
                            << "revoke";
        QTest::newRow("delete") << "delete"
                                << "revoke";
        QTest::newRow("remove") << "remove"
                                << "revoke";
        QTest::newRow("create") << "create"
                                << "create";
        QTest::newRow("rotate (TokenDesk's own)") << "rotate"
                                                  << "rotate";
        QTest::newRow("unknown stays unknown") << "lst"
                                               << "lst";
        QTest::newRow("case matters, as in npm") << "LS"
                                                 << "LS";
    }
    void npmsSubcommandNames()
    {
        QFETCH(QString, typed);
        QFETCH(QString, meant);
        QCOMPARE(canonicalTokenSubcommand(typed), meant);
    }
};

QTEST_GUILESS_MAIN(TstCliTokenListFormats)
#include "tst_cli_tokenlistformats.moc"
