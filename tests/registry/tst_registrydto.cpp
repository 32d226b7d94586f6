// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON DTOs: token normalisation across npmjs granular, classic and Verdaccio shapes, and
// malformed answers becoming MalformedResponse instead of exceptions.
#include "RegistryFixtures.h"
#include "core/registry/json/AuthDto.h"
#include "core/registry/json/ErrorBody.h"
#include "core/registry/json/PackageDto.h"
#include "core/registry/json/TokenDto.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace td;

// QVERIFY2 evaluates its message even on success, so never call error() on a good result there.
template<class R>
QString why(const R &result)
{
    return result.ok()
        ? QString()
        : result.error().codeName() + QStringLiteral(": ") + result.error().oneLine();
}

namespace {
QByteArray fixture(const char *name)
{
    return test::registryFixture(name);
}
} // namespace

class TestRegistryDto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalisesNpmjsGranularTokens()
    {
        const auto page = json::parseTokenPage(fixture("npmjs-granular-page.json"));
        QVERIFY2(page.ok(), qPrintable(why(page)));
        QCOMPARE(page.value().tokens.size(), 4);
        QVERIFY(page.value().anyTokenReportsExpiry);
        QCOMPARE(page.value().total, std::optional<int>(4));
        QVERIFY(page.value().next.isEmpty());

        const Token &bypass = page.value().tokens.at(0);
        QCOMPARE(bypass.kind, TokenKind::GranularBypass2fa);
        QCOMPARE(bypass.name, QStringLiteral("publish_token"));
        QCOMPARE(bypass.redacted, QStringLiteral("npm_NYn6...jCq0"));
        QCOMPARE(bypass.expires, QDateTime(QDate(2026, 2, 3), QTime(20, 6, 18, 920), Qt::UTC));
        QCOMPARE(bypass.lastUsed, QDateTime(QDate(2026, 2, 2), QTime(8, 21, 34, 208), Qt::UTC));
        QCOMPARE(bypass.packages, QStringList{QStringLiteral("a_test_package")});
        QCOMPARE(bypass.packagesPermission, Permission::ReadWrite);
        QVERIFY(!bypass.isRevoked());

        const Token &readOnly = page.value().tokens.at(1);
        QCOMPARE(readOnly.kind, TokenKind::GranularReadOnly);
        QVERIFY(!readOnly.hasExpiry());
        QCOMPARE(readOnly.cidr, QStringList{QStringLiteral("10.0.0.0/8")});
        QCOMPARE(readOnly.scopes, QStringList{QStringLiteral("@acme")});
        QCOMPARE(readOnly.orgs, QStringList{QStringLiteral("acme")});
        QCOMPARE(readOnly.orgsPermission, Permission::ReadOnly);
        QVERIFY(!readOnly.lastUsed.isValid());

        const Token &stage = page.value().tokens.at(2);
        QCOMPARE(stage.kind, TokenKind::GranularStageOnly);
        QVERIFY(stage.allPackages);
        QVERIFY(stage.isRevoked());

        QCOMPARE(page.value().tokens.at(3).kind, TokenKind::GranularReadWrite);
        QCOMPARE(page.value().tokens.at(3).packages,
                 QStringList{QStringLiteral("@maintainer/cli")});
    }

    void normalisesClassicTokens()
    {
        const auto page = json::parseTokenPage(fixture("classic-page.json"));
        QVERIFY2(page.ok(), qPrintable(why(page)));
        QCOMPARE(page.value().tokens.size(), 3);
        QVERIFY(!page.value().anyTokenReportsExpiry);
        QCOMPARE(page.value().tokens.at(0).kind, TokenKind::ClassicPublish);
        QVERIFY(page.value().tokens.at(0).cidr.isEmpty());
        QCOMPARE(page.value().tokens.at(1).kind, TokenKind::ClassicReadOnly);
        QCOMPARE(page.value().tokens.at(1).cidr, QStringList{QStringLiteral("192.168.1.0/24")});
        QCOMPARE(page.value().tokens.at(2).kind, TokenKind::ClassicAutomation);
        for (const Token &t : page.value().tokens)
            QVERIFY(!t.hasExpiry());
    }

    void normalisesVerdaccioTokens()
    {
        const auto page = json::parseTokenPage(fixture("verdaccio-page.json"));
        QVERIFY2(page.ok(), qPrintable(why(page)));
        QCOMPARE(page.value().tokens.size(), 2);
        QVERIFY(!page.value().anyTokenReportsExpiry);
        QVERIFY(!page.value().total.has_value());
        const Token &t = page.value().tokens.at(0);
        QCOMPARE(t.kind, TokenKind::ClassicPublish);
        QVERIFY(t.name.isEmpty());
        QVERIFY(!t.hasExpiry());
        QCOMPARE(t.redacted, QStringLiteral("ZTE5M...0MA=="));
        QCOMPARE(t.key, QStringLiteral("f4d6dbde8f1f34dd4ab5e7fef91dc8f2"));
        QCOMPARE(page.value().tokens.at(1).kind, TokenKind::ClassicReadOnly);
        QCOMPARE(page.value().tokens.at(1).cidr, QStringList{QStringLiteral("127.0.0.1/32")});
    }

    void verdaccioCreatedTokenHasItsSecret()
    {
        auto created = json::parseCreatedToken(
            R"({"token":"dmVyZGFjY2lvLXNlY3JldC10b2tlbg==","user":"alice","key":"f4d6","cidr":[],"readonly":false,"created":"2026-11-28T02:44:56.031Z"})");
        QVERIFY(created.ok());
        QCOMPARE(created.value().secret.reveal(), QByteArray("dmVyZGFjY2lvLXNlY3JldC10b2tlbg=="));
        QCOMPARE(created.value().token.kind, TokenKind::ClassicPublish);
        QVERIFY(!created.value().token.redacted.contains(QLatin1String("LXNlY3JldC10")));
    }

    // fuzz_registry_json found it: a created token without a key could not enter the token
    // cache. Such an answer is broken like one without the field, so the create flow's lost-token
    // recovery takes over (tst_losttokenrecovery).
    void createdTokenWithoutKeyIsMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("key missing")
            << QByteArray(R"({"token":"npm_abcdefghijklmnowxyz0154326789"})");
        QTest::newRow("key empty") << QByteArray(
            R"({"token":"npm_abcdefghijklmnowxyz0154326789","key":"","permissions":[{"name":"package","action":"write"}]})");
    }
    void createdTokenWithoutKeyIsMalformed()
    {
        QFETCH(QByteArray, body);
        const auto created = json::parseCreatedToken(body);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, ErrorCode::MalformedResponse);
    }

    void malformedAnswersAreErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray(R"({"objects":[{"key":"a","name":"x")");
        QTest::newRow("no objects") << QByteArray(R"({"urls":{}})");
        QTest::newRow("objects not array") << QByteArray(R"({"objects":"x"})");
        QTest::newRow("object without key") << QByteArray(R"({"objects":[{"name":"x"}]})");
        QTest::newRow("key not string") << QByteArray(R"({"objects":[{"key":5}]})");
        // fuzz_registry_json found it: the token cache cannot hold a token without a key.
        QTest::newRow("key empty") << QByteArray(R"({"objects":[{"key":"","token":"a3f92c"}]})");
        QTest::newRow("entry not object") << QByteArray(R"({"objects":[42]})");
    }

    void malformedAnswersAreErrors()
    {
        QFETCH(QByteArray, body);
        const auto page = json::parseTokenPage(body);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, ErrorCode::MalformedResponse);
        QVERIFY(!page.error().message.isEmpty());
    }

    void searchTotal_data()
    {
        QTest::addColumn<QByteArray>("total"); // the member's text; empty: no member
        QTest::addColumn<int>("expected");     // -1: the answer is malformed
        QTest::newRow("given") << QByteArray("7") << 7;
        QTest::newRow("absent: the hits counted") << QByteArray() << 1;
        QTest::newRow("a whole float") << QByteArray("3.0") << 3;
        QTest::newRow("a string") << QByteArray(R"("7")") << -1;
        // fuzz_registry_json found it: converting 1.4e64 to int was undefined behaviour.
        QTest::newRow("a float beyond int") << QByteArray("1.4444444444444444e64") << -1;
        QTest::newRow("an integer beyond int") << QByteArray("4294967296") << -1;
        QTest::newRow("beyond 64 bits") << QByteArray("18446744073709551615") << -1;
        QTest::newRow("far below int") << QByteArray("-9999999999") << -1;
    }

    void searchTotal()
    {
        QFETCH(QByteArray, total);
        QFETCH(int, expected);
        QByteArray body = R"({"objects":[{"package":{"name":"left-pad"}}])";
        if (!total.isEmpty())
            body += R"(,"total":)" + total;
        body += '}';
        const auto search = json::parseSearch(body);
        if (expected < 0) {
            QVERIFY(!search.ok());
            QCOMPARE(search.error().code, ErrorCode::MalformedResponse);
            return;
        }
        QVERIFY(search.ok());
        QCOMPARE(search.value().total, expected);
    }

    void authAnswers()
    {
        const QByteArray whoami = R"({"username":"maintainer"})";
        QCOMPARE(json::parseWhoami(whoami).value(), QStringLiteral("maintainer"));
        QCOMPARE(json::parseWhoami("{}").error().code, ErrorCode::E401); // Verdaccio: expired
        const QByteArray badLogin
            = R"({"loginUrl":"javascript:x","doneUrl":"https://r/-/v1/done"})";
        QCOMPARE(json::parseWebLoginUrls(badLogin).error().code, ErrorCode::MalformedResponse);
        const QByteArray goodLogin
            = R"({"loginUrl":"https://www.npmjs.com/login?next=/login/cli/1",)"
              R"("doneUrl":"https://registry.npmjs.org/-/v1/done?sessionId=1"})";
        QVERIFY(json::parseWebLoginUrls(goodLogin).ok());
        const QByteArray noToken = R"({"ok":true})";
        QCOMPARE(json::parseTokenAnswer(noToken).error().code, ErrorCode::MalformedResponse);
        const QByteArray tfa
            = R"({"name":"m","tfa":{"mode":"auth-and-writes","pending":false},"email":"m@x"})";
        QCOMPARE(json::parseProfile(tfa).value().twoFactor, TwoFactorMode::AuthAndWrites);
        const QByteArray noTfa = R"({"name":"m","tfa":null})";
        QCOMPARE(json::parseProfile(noTfa).value().twoFactor, TwoFactorMode::Disabled);
    }

    void secretBodiesAreValidJson()
    {
        const SecretBuffer body = json::couchLoginBody(
            QStringLiteral("alice"), SecretBuffer(QByteArrayView("p\"w\\\n")),
            QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        const QJsonObject object = QJsonDocument::fromJson(body.reveal()).object();
        QCOMPARE(object.value(QLatin1String("password")).toString(), QStringLiteral("p\"w\\\n"));
        QCOMPARE(object.value(QLatin1String("type")).toString(), QStringLiteral("user"));

        TokenCreateRequest classic;
        classic.classic = true;
        classic.classicReadOnly = true;
        const QJsonObject c
            = QJsonDocument::fromJson(
                  json::createTokenBody(classic, SecretBuffer(QByteArrayView("pw"))).reveal())
                  .object();
        QCOMPARE(c.value(QLatin1String("readonly")).toBool(), true);
        QVERIFY(c.value(QLatin1String("cidr_whitelist")).isArray());
        QCOMPARE(c.value(QLatin1String("password")).toString(), QStringLiteral("pw"));
    }

    void otpChallengeBodies()
    {
        const QByteArray web = R"({"authUrl":"https://www.npmjs.com/auth/cli/1",)"
                               R"("doneUrl":"https://registry.npmjs.org/-/v1/done?authId=1"})";
        QVERIFY(json::otpChallengeUrls(web).has_value());
        const QByteArray code = R"({"error":"You must provide a one-time pass."})";
        QVERIFY(!json::otpChallengeUrls(code).has_value());
        const QByteArray message = R"({"message":"bad"})";
        QCOMPARE(json::serverMessage(message), QStringLiteral("bad"));
        QVERIFY(json::serverMessage("not json").isEmpty());
    }

    void packageListings()
    {
        const QByteArray map = R"({"a":"read","@s/b":"write"})";
        QCOMPARE(json::parseStringMap(map).value().size(), 2);
        QCOMPARE(json::parseStringMap("[]").error().code, ErrorCode::MalformedResponse);
        const QByteArray searchBody = R"({"objects":[{"package":{"name":"a","version":"1.0.0",)"
                                      R"("maintainers":[{"username":"m"}]}}],"total":1})";
        const auto search = json::parseSearch(searchBody);
        QCOMPARE(search.value().hits.constFirst().maintainers, QStringList{QStringLiteral("m")});
        const QByteArray packumentBody
            = R"({"name":"@acme/w","dist-tags":{"latest":"1.0.0"},"versions":{"1.0.0":{"_npmUser":)"
              R"({"name":"GitHub Actions","trustedPublisher":{"id":"github"}},"dist":{"attestations":{}}}},)"
              R"("maintainers":[{"name":"m"}]})";
        const auto packument = json::parsePackument(packumentBody);
        QVERIFY(packument.ok());
        QVERIFY(packument.value().versions.constFirst().trustedPublisher);
        QVERIFY(packument.value().versions.constFirst().hasAttestations);
        QCOMPARE(json::parseTrustConfigs("").value().size(), 0);
        const QByteArray single = R"({"id":"1","type":"gitlab","claims":{}})";
        QCOMPARE(json::parseTrustConfigs(single).value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRegistryDto)
#include "tst_registrydto.moc"
