// SPDX-License-Identifier: GPL-3.0-or-later
// CiHttp, the CI clients' shared request helper: the credential header goes to the API base's
// origin only (also CircleCI's Circle-Token, which HttpTransport must treat as a credential when
// a redirect points elsewhere), each status becomes one plain error, and a JSON body with a secret
// is built without the secret passing through a QString.
#include "FakeRegistryServer.h"
#include "core/cisecrets/CiHttp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

HttpResponse answer(int status, const QByteArray &body = {}, Headers headers = {})
{
    HttpResponse r;
    r.status = status;
    r.url = QUrl(QStringLiteral("https://api.github.com/repos/acme/widgets/actions/secrets/X"));
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

std::optional<Result<HttpResponse>> sendAndWait(CiHttp &http, CiRequest request)
{
    std::optional<Result<HttpResponse>> result;
    http.send(std::move(request),
              [&result](Result<HttpResponse> r) { result.emplace(std::move(r)); });
    QDeadlineTimer deadline(10000);
    while (!result && !deadline.hasExpired())
        QTest::qWait(5);
    return result;
}

} // namespace

class TestCiHttp : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    CiClientServices services() { return CiClientServices{&m_nam, nullptr, nullptr, {}}; }

private Q_SLOTS:
    void statusesBecomePlainErrors_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<HttpResponse>("response");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("inMessage");
        QTest::addColumn<QString>("inHint");
        const int gh = int(CiProvider::GitHub);
        QTest::newRow("401") << gh << answer(401, R"({"message":"Bad credentials"})")
                             << int(ErrorCode::E401) << QStringLiteral("did not accept")
                             << QStringLiteral("tokendesk-cli ci login github");
        QTest::newRow("403 with GitHub's permission")
            << gh
            << answer(403, R"({"message":"Resource not accessible"})",
                      {{"x-accepted-github-permissions", "secrets=write"}})
            << int(ErrorCode::E403)
            << QStringLiteral("The GitHub token lacks the permission secrets=write; grant it "
                              "(fine-grained token: Secrets read and write) or run tokendesk-cli "
                              "ci login github again.")
            << QString();
        QTest::newRow("403 with an OAuth scope")
            << gh << answer(403, {}, {{"x-accepted-oauth-scopes", "admin:org"}})
            << int(ErrorCode::E403) << QStringLiteral("lacks the scope admin:org")
            << QStringLiteral("gh auth refresh -s admin:org");
        QTest::newRow("403 without words, GitLab")
            << int(CiProvider::GitLab) << answer(403, R"({"message":"403 Forbidden"})")
            << int(ErrorCode::E403) << QStringLiteral("403 Forbidden")
            << QStringLiteral("the Maintainer role");
        QTest::newRow("GitHub's rate limit is a 403 too")
            << gh << answer(403, {}, {{"x-ratelimit-remaining", "0"}}) << int(ErrorCode::E429)
            << QStringLiteral("limiting") << QString();
        QTest::newRow("404") << gh << answer(404, R"({"message":"Not Found"})")
                             << int(ErrorCode::E404)
                             << QStringLiteral("has no repository acme/widgets") << QString();
        QTest::newRow("422") << gh << answer(422, R"({"message":"key_id does not match"})")
                             << int(ErrorCode::E422) << QStringLiteral("key_id does not match")
                             << QString();
        QTest::newRow("429") << gh << answer(429, {}, {{"retry-after", "120"}})
                             << int(ErrorCode::E429) << QStringLiteral("limiting") << QString();
        QTest::newRow("502") << gh << answer(502, "<html>bad gateway</html>")
                             << int(ErrorCode::ServerError) << QStringLiteral("HTTP 502")
                             << QStringLiteral("try again later");
    }

    void statusesBecomePlainErrors()
    {
        QFETCH(int, provider);
        QFETCH(HttpResponse, response);
        QFETCH(int, code);
        QFETCH(QString, inMessage);
        QFETCH(QString, inHint);
        CiRequest request;
        request.subject = QStringLiteral("repository acme/widgets");
        request.permission = QStringLiteral("the Maintainer role on acme/widgets");
        const Error error = CiHttp::mapError(CiProvider(provider), response, request);
        QCOMPARE(int(error.code), code);
        QCOMPARE(error.httpStatus, response.status);
        QVERIFY2(error.message.contains(inMessage), qPrintable(error.message));
        QVERIFY2(error.hint.contains(inHint, Qt::CaseInsensitive), qPrintable(error.hint));
        if (response.status == 429)
            QCOMPARE(error.retryAfterSeconds, 120);
    }

    void theCredentialGoesOnlyToTheApiOrigin_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("GitHub") << int(CiProvider::GitHub) << QByteArray("authorization")
                                << QByteArray("Bearer ci-credential");
        QTest::newRow("GitLab") << int(CiProvider::GitLab) << QByteArray("authorization")
                                << QByteArray("Bearer ci-credential");
        QTest::newRow("CircleCI") << int(CiProvider::CircleCi) << QByteArray("circle-token")
                                  << QByteArray("ci-credential");
    }

    void theCredentialGoesOnlyToTheApiOrigin()
    {
        QFETCH(int, provider);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        FakeRegistryServer api;
        FakeRegistryServer other;
        QVERIFY(api.listen() && other.listen());
        for (FakeRegistryServer *s : {&api, &other})
            s->setHandler([](const FakeRegistryServer::Request &) {
                return FakeRegistryServer::Reply::json(200, "{}");
            });
        CiHttp http(CiProvider(provider), api.baseUrl().resolved(QUrl(QStringLiteral("api/v4"))),
                    std::make_shared<const SecretBuffer>(QByteArrayView("ci-credential")),
                    services());

        CiRequest own;
        own.url = http.endpoint("/user");
        QCOMPARE(own.url.path(), QStringLiteral("/api/v4/user"));
        QVERIFY(sendAndWait(http, own)->ok());
        QCOMPARE(api.requests().size(), 1);
        QCOMPARE(api.requests().at(0).header(header), value);
        if (CiProvider(provider) == CiProvider::GitHub) {
            QCOMPARE(api.requests().at(0).header("accept"),
                     QByteArray("application/vnd.github+json"));
            QCOMPARE(api.requests().at(0).header("x-github-api-version"), QByteArray("2022-11-28"));
        }

        // A URL of another origin (a "next page" link, say) gets the request without it.
        CiRequest foreign;
        foreign.url = other.baseUrl().resolved(QUrl(QStringLiteral("user")));
        QVERIFY(sendAndWait(http, foreign)->ok());
        QCOMPARE(other.requests().size(), 1);
        QVERIFY(!other.requests().at(0).hasHeader("authorization"));
        QVERIFY(!other.requests().at(0).hasHeader("circle-token"));
    }

    void aRedirectElsewhereNeverCarriesCircleToken()
    {
        // A bodiless GET without Authorization may follow a redirect to another origin; with
        // Circle-Token it must not (HttpTransport counts it as a credential).
        FakeRegistryServer api;
        FakeRegistryServer other;
        QVERIFY(api.listen() && other.listen());
        const QByteArray location
            = other.baseUrl().resolved(QUrl(QStringLiteral("me"))).toEncoded();
        api.setHandler([location](const FakeRegistryServer::Request &) {
            return FakeRegistryServer::Reply::json(307, "{}", {{"location", location}});
        });
        other.setHandler([](const FakeRegistryServer::Request &) {
            return FakeRegistryServer::Reply::json(200, R"({"login":"x"})");
        });
        CiHttp http(CiProvider::CircleCi, api.baseUrl(),
                    std::make_shared<const SecretBuffer>(QByteArrayView("circle-secret")),
                    services());
        CiRequest request;
        request.url = http.endpoint("/me");
        const auto result = sendAndWait(http, request);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().code, ErrorCode::Unsupported);
        QCOMPARE(other.requests().size(), 0);
    }

    void aSecretJsonBodyIsValidJson_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("npm token") << QByteArray("npm_abcDEF0123456789");
        QTest::newRow("quotes and backslashes") << QByteArray("a\"b\\c");
        QTest::newRow("control characters") << QByteArray("a\nb\tc\x01");
        QTest::newRow("UTF-8") << QByteArray("p\xc3\xa4ss");
    }

    void aSecretJsonBodyIsValidJson()
    {
        QFETCH(QByteArray, secret);
        const auto body = ciJsonBodyWithSecret(
            QJsonObject{{QStringLiteral("masked"), true},
                        {QStringLiteral("environment_scope"), QStringLiteral("*")}},
            "value", SecretBuffer(secret));
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(body->reveal(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QLatin1String("value")).toString().toUtf8(), secret);
        QCOMPARE(o.value(QLatin1String("masked")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("environment_scope")).toString(), QStringLiteral("*"));
        const auto only = ciJsonBodyWithSecret({}, "value", SecretBuffer(secret));
        QCOMPARE(QJsonDocument::fromJson(only->reveal()).object().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCiHttp)
#include "tst_cihttp.moc"
