// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parts of token create / revoke and run: npm's key-prefix matching with npm's messages,
// which tokens `run` may pick, the environment it hands the child, what a new token prints
// (including a keychain failure), and that flags are judged by the wizard's TokenDraft.
#include "cli/CliContext.h"
#include "cli/commands/RunCommandEnvironment.h"
#include "cli/commands/TokenCommandCreateFlags.h"
#include "cli/commands/TokenCommandCreateOutput.h"
#include "cli/commands/TokenCommandRevoke.h"
#include "core/util/Clock.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace td;
using namespace td::cli;

namespace {
Token token(const QString &key, const QDateTime &created, const QDateTime &expires = {},
            const QDateTime &revoked = {})
{
    Token t;
    t.key = key;
    t.name = QStringLiteral("t-") + key.left(4);
    t.created = created;
    t.expires = expires;
    t.revoked = revoked;
    return t;
}

const QDateTime kNow = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

struct Streams
{
    QBuffer in, out, err;
    CliContext context{&in, &out, &err};
    Streams()
    {
        in.open(QIODevice::ReadOnly);
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
    }
};

TokenCreation creation(bool stored)
{
    TokenCreation c;
    c.token.key = QStringLiteral("0f1e2d3c-0000-4000-8000-000000000001");
    c.token.name = QStringLiteral("ci");
    c.token.scopes = {QStringLiteral("@acme")};
    c.token.packagesPermission = Permission::ReadWrite;
    c.token.expires = kNow.addDays(7);
    c.secret = SecretBuffer::fromString(QStringLiteral("npm_TestSecret0000000000000000000000001"));
    if (!stored)
        c.storeError
            = Error{ErrorCode::KeychainLocked, QStringLiteral("the keychain is locked"), {}, 0};
    return c;
}
} // namespace

class TstCliTokenCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysForIdsFollowsNpm_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QString>("error");
        QTest::newRow("unique prefix") << QStringList{QStringLiteral("ab12")}
                                       << QStringList{QStringLiteral("ab12-x")} << QString();
        QTest::newRow("full key") << QStringList{QStringLiteral("cd34-y")}
                                  << QStringList{QStringLiteral("cd34-y")} << QString();
        QTest::newRow("two ids, one repeated")
            << QStringList{QStringLiteral("cd"), QStringLiteral("ab12"), QStringLiteral("cd34")}
            << QStringList{QStringLiteral("cd34-y"), QStringLiteral("ab12-x")} << QString();
        QTest::newRow("ambiguous")
            << QStringList{QStringLiteral("ab")} << QStringList{}
            << QStringLiteral("Token ID \"ab\" was ambiguous, a new token may have been created "
                              "since you last ran `tokendesk-cli token list`.");
        QTest::newRow("unknown") << QStringList{QStringLiteral("zz")} << QStringList{}
                                 << QStringLiteral("Unknown token id or value \"zz\".");
    }
    void keysForIdsFollowsNpm()
    {
        QFETCH(QStringList, ids);
        QFETCH(QStringList, keys);
        QFETCH(QString, error);
        const QList<Token> tokens{token(QStringLiteral("ab12-x"), kNow),
                                  token(QStringLiteral("ab19-z"), kNow),
                                  token(QStringLiteral("cd34-y"), kNow)};
        const Result<QStringList> found = TokenRevokeCommand::keysForIds(tokens, ids);
        QCOMPARE(found.ok(), error.isEmpty());
        if (found)
            QCOMPARE(found.value(), keys);
        else
            QCOMPARE(found.error().message, error);
    }

    void runPicksActiveTokensNewestFirst()
    {
        const QList<Token> tokens{
            token(QStringLiteral("old"), kNow.addDays(-10), kNow.addDays(20)),
            token(QStringLiteral("revoked"), kNow.addDays(-1), kNow.addDays(20), kNow.addSecs(-5)),
            token(QStringLiteral("expired"), kNow.addDays(-2), kNow.addSecs(-1)),
            token(QStringLiteral("newest"), kNow.addDays(-3)), // no expiry reported
            token(QStringLiteral("middle"), kNow.addDays(-5), kNow.addDays(1)),
        };
        QStringList keys;
        for (const Token &t : runCandidates(tokens, kNow))
            keys << t.key;
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("newest"), QStringLiteral("middle"),
                              QStringLiteral("old")}));
    }

    void npmAuthVariableIsTheNerfDart_data()
    {
        QTest::addColumn<QUrl>("registry");
        QTest::addColumn<QString>("variable");
        QTest::newRow("loopback") << QUrl(QStringLiteral("http://127.0.0.1:4873/"))
                                  << QStringLiteral("npm_config_//127.0.0.1:4873/:_authToken");
        QTest::newRow("npmjs") << QUrl(QStringLiteral("https://registry.npmjs.org"))
                               << QStringLiteral("npm_config_//registry.npmjs.org/:_authToken");
        QTest::newRow("path") << QUrl(QStringLiteral("https://npm.example.com/api/npm"))
                              << QStringLiteral("npm_config_//npm.example.com/api/npm/:_authToken");
    }
    void npmAuthVariableIsTheNerfDart()
    {
        QFETCH(QUrl, registry);
        QFETCH(QString, variable);
        QCOMPARE(npmAuthTokenVariable(registry), variable);
    }

    void runEnvironmentAddsTheTokenThreeWays()
    {
        QProcessEnvironment base;
        base.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin"));
        base.insert(QStringLiteral("NPM_TOKEN"), QStringLiteral("stale"));
        const SecretBuffer secret = SecretBuffer::fromString(QStringLiteral("npm_abc"));
        const QProcessEnvironment env
            = runEnvironment(base, QUrl(QStringLiteral("http://127.0.0.1:4873/")), secret);
        QCOMPARE(env.value(QStringLiteral("PATH")), QStringLiteral("/usr/bin"));
        QCOMPARE(env.value(QStringLiteral("NODE_AUTH_TOKEN")), QStringLiteral("npm_abc"));
        QCOMPARE(env.value(QStringLiteral("NPM_TOKEN")), QStringLiteral("npm_abc"));
        QCOMPARE(env.value(QStringLiteral("npm_config_//127.0.0.1:4873/:_authToken")),
                 QStringLiteral("npm_abc"));
        QCOMPARE(env.keys().size(), 4);
    }

    void createdTokenIsPrintedOnce_data()
    {
        QTest::addColumn<bool>("json");
        QTest::addColumn<bool>("stored");
        QTest::newRow("text, stored") << false << true;
        QTest::newRow("text, keychain failed") << false << false;
        QTest::newRow("json, stored") << true << true;
        QTest::newRow("json, keychain failed") << true << false;
    }
    void createdTokenIsPrintedOnce()
    {
        QFETCH(bool, json);
        QFETCH(bool, stored);
        Streams s;
        s.context.json = json;
        const TokenCreation c = creation(stored);
        printCreatedToken(c, s.context);
        const QByteArray out = s.out.data();
        const QByteArray err = s.err.data();
        QCOMPARE(out.count("npm_TestSecret0000000000000000000000001"), 1);
        QVERIFY(!err.contains("npm_TestSecret"));
        if (json) {
            const QJsonObject o = QJsonDocument::fromJson(out).object();
            QCOMPARE(o.value(QLatin1String("token")).toString(),
                     QStringLiteral("npm_TestSecret0000000000000000000000001"));
            QCOMPARE(o.value(QLatin1String("key")).toString(), c.token.key);
            QCOMPARE(o.value(QLatin1String("storedInKeychain")).toBool(), stored);
        } else {
            QVERIFY(out.startsWith("Created token npm_TestSecret0000000000000000000000001\n"));
            QCOMPARE(out.contains("Stored in your keychain"), stored);
        }
        if (stored) {
            QVERIFY(err.isEmpty());
        } else {
            QCOMPARE(err,
                     QByteArray("tokendesk-cli: warning: the token was created but could not be "
                                "stored in your keychain (the keychain is locked). Copy it now: "
                                "it is shown only this once.\n"));
        }
    }

    // `token create --json` prints the grants through TokenGrants::toJson (issue 18): the bytes
    // are the ones it printed before, with every grant field set.
    void createdTokenJsonBytesAreUnchanged()
    {
        Streams s;
        s.context.json = true;
        TokenCreation c = creation(true);
        c.token.description = QStringLiteral("deploys");
        c.token.kind = TokenKind::GranularBypass2fa;
        c.token.created = kNow;
        c.token.allPackages = true;
        c.token.packages = {QStringLiteral("left-pad")};
        c.token.orgs = {QStringLiteral("acme")};
        c.token.orgsPermission = Permission::ReadOnly;
        c.token.cidr = {QStringLiteral("10.0.0.0/8")};
        c.token.bypass2fa = true;
        printCreatedToken(c, s.context);
        const QByteArray expected = R"json({
    "allPackages": true,
    "bypass2fa": true,
    "cidr": [
        "10.0.0.0/8"
    ],
    "created": "2026-11-28T12:00:00.000Z",
    "description": "deploys",
    "expires": "2026-12-05T12:00:00.000Z",
    "key": "0f1e2d3c-0000-4000-8000-000000000001",
    "kind": "granular-bypass-2fa",
    "name": "ci",
    "orgs": [
        "acme"
    ],
    "orgsPermission": "read-only",
    "packages": [
        "left-pad"
    ],
    "packagesPermission": "read-write",
    "scopes": [
        "@acme"
    ],
    "storedInKeychain": true,
    "token": "npm_TestSecret0000000000000000000000001"
}
)json";
        if (s.out.data() != expected)
            qInfo().noquote() << s.out.data();
        QCOMPARE(s.out.data(), expected);
    }

    // The CLI has no rules of its own: its line is the draft's first issue, prefixed by the flag.
    void flagsAreJudgedByTheDraft()
    {
        SystemClock clock;
        TokenDraft fromFlags(clock);
        TokenCreateOptions options;
        const QString line = applyTokenCreateFlags(
            {QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--scopes"),
             QStringLiteral("acme"), QStringLiteral("--packages-and-scopes-permission"),
             QStringLiteral("read-write"), QStringLiteral("--expires"), QStringLiteral("91")},
            fromFlags, options);
        TokenDraft byHand(clock);
        byHand.setName(QStringLiteral("x"));
        byHand.setScopes({QStringLiteral("@acme")});
        byHand.setPackagesPermission(Permission::ReadWrite);
        byHand.setExpiryDays(91);
        QCOMPARE(line,
                 QStringLiteral("--expires: ") + byHand.firstMessage(TokenDraft::Field::Expiry));
        QCOMPARE(fromFlags.scopes(), byHand.scopes());
        QVERIFY(!options.passwordStdin);
    }
};

QTEST_GUILESS_MAIN(TstCliTokenCommands)
#include "tst_cli_tokencommands.moc"
