// SPDX-License-Identifier: GPL-3.0-or-later
// RegistryClient against a loopback fake registry: headers, paging, error mapping, retries,
// redirects, transport limits and the OTP challenge.
#include "FakeClock.h"
#include "FakeRegistryServer.h"
#include "RegistryTestSupport.h"
#include "core/registry/RegistryClient.h"
#include "core/registry/UrlPolicy.h"
#include "td/Version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
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
using namespace td::test;
using Reply = FakeRegistryServer::Reply;
using namespace std::chrono_literals;

namespace {
// Runs one async call to completion and returns its result.
template<class T, class Start>
Result<T> await(Start start)
{
    std::optional<Result<T>> result;
    start([&result](Result<T> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return makeError(ErrorCode::Timeout, QStringLiteral("test waited too long"));
    return std::move(*result);
}

QByteArray tokenObject(int i)
{
    return QStringLiteral(
               R"({"key":"k%1","token":"npm_ab12...wx%1","name":"t%1","expiry":"2026-12-01T00:00:00.000Z",)"
               R"("permissions":[{"name":"package","action":"read"}],"scopes":[]})")
        .arg(i)
        .toUtf8();
}
} // namespace

class TestRegistryClient : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    FakeClock m_clock;
    RecordingDelayTimer m_delays;
    std::unique_ptr<FakeRegistryServer> m_server;
    std::unique_ptr<RegistryClient> m_client;

    using Credential = RegistryClient::Credential;
    void signIn(Credential kind = Credential::AccessToken)
    {
        m_client->setAuthToken(SecretBuffer(QByteArrayView("sekrit-session-value")), kind);
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeRegistryServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<RegistryClient>(&m_nam, m_server->baseUrl(), m_clock);
        m_delays.delays.clear();
        m_client->setDelayTimer(&m_delays);
    }

    void sendsNpmHeadersFromOnePlace()
    {
        signIn();
        m_server->setHandler(
            [](const auto &) { return Reply::json(200, R"({"username":"maintainer"})"); });
        const auto user = await<QString>([&](auto done) { m_client->whoami(nullptr, done); });
        QVERIFY2(user.ok(), qPrintable(why(user)));
        QCOMPARE(user.value(), QStringLiteral("maintainer"));
        const auto &request = m_server->requests().constFirst();
        QCOMPARE(request.target, QByteArray("/-/whoami"));
        QCOMPARE(request.header("authorization"), QByteArray("Bearer sekrit-session-value"));
        QCOMPARE(request.header("npm-command"), QByteArray("whoami"));
        QCOMPARE(request.header("npm-auth-type"), QByteArray("web"));
        QVERIFY(request.header("user-agent")
                    .startsWith(QByteArray(QByteArray("TokenDesk/") + td::kVersion)));
        QVERIFY(!request.hasHeader("npm-otp"));
    }

    void legacyAuthTypeIsSent()
    {
        signIn();
        m_client->setAuthType(RegistryClient::AuthType::Legacy);
        m_server->setHandler([](const auto &) { return Reply::json(200, R"({"username":"x"})"); });
        QVERIFY(await<QString>([&](auto done) { m_client->whoami(nullptr, done); }).ok());
        QCOMPARE(m_server->requests().constFirst().header("npm-auth-type"), QByteArray("legacy"));
    }

    void withoutCredentialNeedsAuthAndSendsNothing()
    {
        const auto result
            = await<TokenPage>([&](auto done) { m_client->listTokens(nullptr, done); });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::ENEEDAUTH);
        QVERIFY(m_server->requests().isEmpty());
    }

    void followsUrlsNextRelativeAndAbsolute()
    {
        signIn();
        const QByteArray base = m_server->baseUrl().toString().toUtf8();
        m_server->setHandler([base](const FakeRegistryServer::Request &r) {
            if (r.target == "/-/npm/v1/tokens?perPage=1000")
                return Reply::json(200,
                                   "{\"objects\":[" + tokenObject(1) + "," + tokenObject(2)
                                       + "],\"total\":5,\"urls\":{\"next\":\"/-/npm/v1/"
                                         "tokens?page=1&perPage=2\"}}");
            if (r.target == "/-/npm/v1/tokens?page=1&perPage=2")
                return Reply::json(200,
                                   "{\"objects\":[" + tokenObject(3) + "," + tokenObject(4)
                                       + "],\"urls\":{\"next\":\"" + base
                                       + "-/npm/v1/tokens?page=2&perPage=2\"}}");
            if (r.target == "/-/npm/v1/tokens?page=2&perPage=2")
                return Reply::json(200, "{\"objects\":[" + tokenObject(5) + "],\"urls\":{}}");
            return Reply::json(404, "{}");
        });
        const auto result
            = await<TokenPage>([&](auto done) { m_client->listTokens(nullptr, done); });
        QVERIFY2(result.ok(), qPrintable(why(result)));
        QCOMPARE(result.value().tokens.size(), 5);
        QCOMPARE(result.value().tokens.last().key, QStringLiteral("k5"));
        QCOMPARE(result.value().total, std::optional<int>(5));
        QVERIFY(result.value().anyTokenReportsExpiry);
        QCOMPARE(m_server->requests().size(), 3);
        for (const auto &request : m_server->requests())
            QCOMPARE(request.header("npm-command"), QByteArray("token"));
    }

    void pagingInACircleStops()
    {
        signIn();
        m_server->setHandler([](const auto &) {
            return Reply::json(200, R"({"objects":[],"urls":{"next":"-/npm/v1/tokens"}})");
        });
        const auto result
            = await<TokenPage>([&](auto done) { m_client->listTokens(nullptr, done); });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::MalformedResponse);
    }

    void mapsHttpFailures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("wwwAuthenticate");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("session");
        QTest::addColumn<ErrorCode>("expected");
        const QByteArray otpBody
            = R"({"error":"You must provide a one-time pass. Upgrade your client to npm@latest in order to use 2FA."})";
        QTest::newRow("401 otp header")
            << 401 << QByteArray("OTP") << otpBody << false << ErrorCode::EOTP;
        QTest::newRow("401 otp text only")
            << 401 << QByteArray() << otpBody << false << ErrorCode::EOTP;
        QTest::newRow("401 ip address")
            << 401 << QByteArray("ipaddress")
            << QByteArray(R"({"error":"Login is not allowed from your IP address"})") << false
            << ErrorCode::EAUTHIP;
        QTest::newRow("401 token") << 401 << QByteArray() << QByteArray(R"({"error":"bad token"})")
                                   << false << ErrorCode::E401;
        QTest::newRow("401 session ended")
            << 401 << QByteArray() << QByteArray(R"({"error":"expired"})") << true
            << ErrorCode::ENEEDAUTH;
        QTest::newRow("403") << 403 << QByteArray()
                             << QByteArray(R"({"error":"bypass tokens may not manage tokens"})")
                             << false << ErrorCode::E403;
        QTest::newRow("404") << 404 << QByteArray() << QByteArray(R"({"error":"Not found"})")
                             << false << ErrorCode::E404;
        QTest::newRow("409") << 409 << QByteArray() << QByteArray(R"({"error":"exists"})") << false
                             << ErrorCode::E409;
        QTest::newRow("422") << 422 << QByteArray()
                             << QByteArray(R"({"error":"the parameters are not valid"})") << false
                             << ErrorCode::E422;
        QTest::newRow("400") << 400 << QByteArray() << QByteArray(R"({"message":"bad page"})")
                             << false << ErrorCode::InvalidInput;
        QTest::newRow("500") << 500 << QByteArray() << QByteArray("oops") << false
                             << ErrorCode::ServerError;
        QTest::newRow("malformed 200")
            << 200 << QByteArray() << QByteArray(R"({"objects":[{"key":)") << false
            << ErrorCode::MalformedResponse;
        QTest::newRow("wrong shape 200")
            << 200 << QByteArray() << QByteArray(R"({"objects":{"a":1}})") << false
            << ErrorCode::MalformedResponse;
        QTest::newRow("html 200") << 200 << QByteArray() << QByteArray("<html>proxy login</html>")
                                  << false << ErrorCode::MalformedResponse;
    }

    void mapsHttpFailures()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, wwwAuthenticate);
        QFETCH(QByteArray, body);
        QFETCH(bool, session);
        QFETCH(ErrorCode, expected);
        signIn(session ? Credential::Session : Credential::AccessToken);
        m_server->setHandler([&](const auto &) {
            QList<QPair<QByteArray, QByteArray>> headers;
            if (!wwwAuthenticate.isEmpty())
                headers.append({"www-authenticate", wwwAuthenticate});
            return Reply::json(status, body, headers);
        });
        const auto result
            = await<TokenPage>([&](auto done) { m_client->listTokens(nullptr, done); });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, expected);
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(!result.error().hint.isEmpty());
        QVERIFY(!result.error().message.contains(QLatin1String("sekrit")));
        if (expected == ErrorCode::E403)
            QVERIFY(result.error().message.contains(
                QLatin1String("bypass tokens may not manage tokens")));
    }

    void retriesRateLimitAfterRetryAfter()
    {
        signIn();
        int calls = 0;
        m_server->setHandler([&](const auto &) {
            if (++calls <= 2)
                return Reply::json(429, R"({"error":"slow down"})", {{"retry-after", "7"}});
            return Reply::json(200, R"({"username":"maintainer"})");
        });
        const auto user = await<QString>([&](auto done) { m_client->whoami(nullptr, done); });
        QVERIFY(user.ok());
        QCOMPARE(calls, 3);
        QCOMPARE(m_delays.delays, (QList<std::chrono::milliseconds>{7s, 7s}));
    }

    void rateLimitRetriesAreBounded()
    {
        signIn();
        m_server->setHandler([](const auto &) {
            return Reply::json(429, "{}", {{"retry-after", "2"}});
        });
        const auto user = await<QString>([&](auto done) { m_client->whoami(nullptr, done); });
        QVERIFY(!user.ok());
        QCOMPARE(user.error().code, ErrorCode::E429);
        QCOMPARE(user.error().hint, QStringLiteral("Wait 2 seconds and try again."));
        QCOMPARE(m_server->requests().size(), 1 + m_client->transportOptions().maxRateLimitRetries);
    }

    void longRetryAfterIsReportedNotSlept()
    {
        signIn();
        m_server->setHandler([](const auto &) {
            return Reply::json(429, "{}", {{"retry-after", "3600"}});
        });
        const auto user = await<QString>([&](auto done) { m_client->whoami(nullptr, done); });
        QCOMPARE(user.error().code, ErrorCode::E429);
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY(m_delays.delays.isEmpty());
    }

    void redirectToAnotherOriginIsRefusedWithCredentials()
    {
        signIn();
        FakeRegistryServer other;
        QVERIFY(other.listen());
        other.setHandler(
            [](const auto &) { return Reply::json(200, R"({"username":"elsewhere"})"); });
        const QByteArray target = other.baseUrl().toString().toUtf8() + "-/whoami";
        m_server->setHandler([target](const auto &) {
            Reply reply;
            reply.status = 302;
            reply.headers = {{"location", target}};
            return reply;
        });
        const auto user = await<QString>([&](auto done) { m_client->whoami(nullptr, done); });
        QVERIFY(!user.ok());
        QCOMPARE(user.error().code, ErrorCode::Unsupported);
        QVERIFY2(user.error().message.contains(originOf(other.baseUrl()))
                     && user.error().message.contains(originOf(m_server->baseUrl())),
                 qPrintable(user.error().message));
        QVERIFY(other.requests().isEmpty());
        QVERIFY(m_server->requests().constFirst().hasHeader("authorization"));
    }

    void redirectWithinTheOriginKeepsAuthorization()
    {
        signIn();
        m_server->setHandler([](const FakeRegistryServer::Request &r) {
            if (r.target == "/-/whoami") {
                Reply reply;
                reply.status = 301;
                reply.headers = {{"location", "/-/whoami2"}};
                return reply;
            }
            return Reply::json(200, R"({"username":"same"})");
        });
        QVERIFY(await<QString>([&](auto done) { m_client->whoami(nullptr, done); }).ok());
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().at(1).header("authorization"),
                 QByteArray("Bearer sekrit-session-value"));
    }

    void refusesPlainHttpExceptLoopback_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<bool>("refused");
        QTest::newRow("remote http") << QStringLiteral("http://registry.example.com/") << true;
        QTest::newRow("ftp") << QStringLiteral("ftp://registry.example.com/") << true;
        QTest::newRow("loopback http")
            << QStringLiteral("LOOPBACK") << false; // the server of this test
    }

    void refusesPlainHttpExceptLoopback()
    {
        QFETCH(QString, base);
        QFETCH(bool, refused);
        RegistryClient client(
            &m_nam, base == QLatin1String("LOOPBACK") ? m_server->baseUrl() : QUrl(base), m_clock);
        client.setAuthToken(SecretBuffer(QByteArrayView("x")));
        m_server->setHandler([](const auto &) { return Reply::json(200, R"({"username":"u"})"); });
        const auto user = await<QString>([&](auto done) { client.whoami(nullptr, done); });
        QCOMPARE(!user.ok(), refused);
        if (refused)
            QCOMPARE(user.error().code, ErrorCode::Unsupported);
    }

    void refusesRedirectToRemotePlainHttp()
    {
        signIn();
        m_server->setHandler([](const auto &) {
            Reply reply;
            reply.status = 307;
            reply.headers = {{"location", "http://registry.example.com/-/whoami"}};
            return reply;
        });
        const auto user = await<QString>([&](auto done) { m_client->whoami(nullptr, done); });
        QVERIFY(!user.ok());
        QCOMPARE(user.error().code, ErrorCode::Unsupported);
    }

    void capsResponseSize()
    {
        signIn();
        TransportOptions options;
        options.maxResponseBytes = 4096;
        m_client->setTransportOptions(options);
        m_server->setHandler([](const auto &) {
            return Reply::json(200, "{\"username\":\"" + QByteArray(20000, 'a') + "\"}");
        });
        const auto user = await<QString>([&](auto done) { m_client->whoami(nullptr, done); });
        QVERIFY(!user.ok());
        QCOMPARE(user.error().code, ErrorCode::MalformedResponse);
        QVERIFY(user.error().message.contains(QLatin1String("larger")));
    }

    void defaultLimitsAreTheProducts()
    {
        const TransportOptions options = m_client->transportOptions();
        QCOMPARE(options.timeout, 30000ms);
        QCOMPARE(options.maxResponseBytes, qint64(10 * 1024 * 1024));
    }

    void timesOutWhenTheRegistryHangs()
    {
        signIn();
        TransportOptions options;
        options.timeout = 300ms;
        m_client->setTransportOptions(options);
        m_server->setHandler([](const auto &) {
            Reply reply;
            reply.mode = Reply::Mode::Hang;
            return reply;
        });
        const auto user = await<QString>([&](auto done) { m_client->whoami(nullptr, done); });
        QVERIFY(!user.ok());
        QCOMPARE(user.error().code, ErrorCode::Timeout);
    }

    void connectionResetIsANetworkError()
    {
        signIn();
        m_server->setHandler([](const auto &) {
            Reply reply;
            reply.mode = Reply::Mode::Reset;
            return reply;
        });
        const auto user = await<QString>([&](auto done) { m_client->whoami(nullptr, done); });
        QVERIFY(!user.ok());
        QCOMPARE(user.error().code, ErrorCode::Network);
    }

    void truncatedBodyIsNeverAccepted()
    {
        signIn();
        m_server->setHandler([](const auto &) {
            Reply reply = Reply::json(200, "{\"objects\":[" + tokenObject(1) + "]}");
            reply.mode = Reply::Mode::Truncated;
            return reply;
        });
        const auto result
            = await<TokenPage>([&](auto done) { m_client->listTokens(nullptr, done); });
        QVERIFY(!result.ok());
        QVERIFY2(result.error().code == ErrorCode::Network
                     || result.error().code == ErrorCode::MalformedResponse,
                 qPrintable(why(result)));
    }

    void otpCodeRetriesOnceWithNpmOtp()
    {
        signIn();
        ScriptedPrompt prompt;
        prompt.code = "123456";
        m_client->setTwoFactorPrompt(&prompt);
        m_server->setHandler([](const FakeRegistryServer::Request &r) {
            if (r.header("npm-otp") == "123456")
                return Reply::json(204, {});
            return Reply::json(401, R"({"error":"You must provide a one-time pass."})",
                               {{"www-authenticate", "OTP"}});
        });
        const auto result = await<void>(
            [&](auto done) { m_client->revokeToken(QStringLiteral("abc"), nullptr, done); });
        QVERIFY2(result.ok(), qPrintable(why(result)));
        QCOMPARE(prompt.codeRequests, 1);
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().at(1).target, QByteArray("/-/npm/v1/tokens/token/abc"));
        QCOMPARE(m_server->requests().at(1).method, QByteArray("DELETE"));
    }

    // Issue 18: a call may bring its own prompt. It answers that call's challenge; the client's
    // own prompt is neither asked nor replaced, so the next call without one still reaches it.
    // Once the call's context is gone, its prompt is not asked at all.
    void perCallPromptAnswersOnlyItsCall()
    {
        signIn();
        ScriptedPrompt clientPrompt;
        clientPrompt.code = "111111";
        ScriptedPrompt callPrompt;
        callPrompt.code = "222222";
        m_client->setTwoFactorPrompt(&clientPrompt);
        m_server->setHandler([](const FakeRegistryServer::Request &r) {
            if (r.header("npm-otp") == "111111" || r.header("npm-otp") == "222222")
                return Reply::json(204, {});
            return Reply::json(401, R"({"error":"You must provide a one-time pass."})",
                               {{"www-authenticate", "OTP"}});
        });
        const auto own = await<void>([&](auto done) {
            m_client->revokeToken(QStringLiteral("abc"), nullptr, done, &callPrompt);
        });
        QVERIFY2(own.ok(), qPrintable(why(own)));
        QCOMPARE(callPrompt.codeRequests, 1);
        QCOMPARE(clientPrompt.codeRequests, 0);
        QCOMPARE(m_server->requests().at(1).header("npm-otp"), QByteArray("222222"));

        const auto clients = await<void>(
            [&](auto done) { m_client->revokeToken(QStringLiteral("def"), nullptr, done); });
        QVERIFY2(clients.ok(), qPrintable(why(clients)));
        QCOMPARE(clientPrompt.codeRequests, 1);
        QCOMPARE(callPrompt.codeRequests, 1);
        QCOMPARE(m_server->requests().at(3).header("npm-otp"), QByteArray("111111"));

        // The asker goes away while the request is out: nobody is asked, nothing answers.
        auto *context = new QObject;
        bool answered = false;
        m_client->revokeToken(
            QStringLiteral("ghi"), context, [&](Result<void>) { answered = true; }, &callPrompt);
        delete context;
        QTRY_COMPARE(m_server->requests().size(), 5);
        QTest::qWait(200);
        QVERIFY(!answered);
        QCOMPARE(m_server->requests().size(), 5); // no retry with a code
        QCOMPARE(callPrompt.codeRequests, 1);
        QCOMPARE(clientPrompt.codeRequests, 1);
    }

    // Issue 12 item 5: a revoke succeeds only when the token is gone. npmjs answers 204,
    // Verdaccio 200 {}: trusted as they are, no extra request. Any other answer proves nothing,
    // so the token list decides: gone or revoked → success; still active → one error saying
    // the answer could not be trusted and the token still works; list unreadable → "may still be
    // active".
    void revokeSucceedsOnlyWhenTheTokenIsGone_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("listed"); // what the token list says of "abc"; "" = 500
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<int>("requests");
        const QByteArray active = R"({"key":"abc","name":"ci","revoked":null})";
        const QByteArray revoked = R"({"key":"abc","name":"ci","revoked":"2026-01-01T00:00:00Z"})";
        const QByteArray other = R"({"key":"abcdef","name":"other","revoked":null})";
        QTest::newRow("204") << 204 << QByteArray() << active << true << 1;
        QTest::newRow("205") << 205 << QByteArray() << active << true << 1;
        QTest::newRow("200 {} (Verdaccio)") << 200 << QByteArray("{}") << active << true << 1;
        QTest::newRow("empty 200, still listed") << 200 << QByteArray() << active << false << 2;
        QTest::newRow("null 200, still listed")
            << 200 << QByteArray("null") << active << false << 2;
        QTest::newRow("HTML 200, still listed")
            << 200 << QByteArray("<html>maintenance</html>") << active << false << 2;
        QTest::newRow("unexpected JSON, still listed")
            << 200 << QByteArray(R"({"unexpected":true})") << active << false << 2;
        QTest::newRow("broken JSON, still listed")
            << 200 << QByteArray("{\"objects\": [{\"key\": \"trunc") << active << false << 2;
        QTest::newRow("202, still listed") << 202 << QByteArray() << active << false << 2;
        QTest::newRow("empty 200, gone") << 200 << QByteArray() << other << true << 2;
        QTest::newRow("HTML 200, listed as revoked")
            << 200 << QByteArray("<html></html>") << revoked << true << 2;
        QTest::newRow("empty 200, list fails") << 200 << QByteArray() << QByteArray() << false << 2;
    }

    void revokeSucceedsOnlyWhenTheTokenIsGone()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, listed);
        QFETCH(bool, succeeds);
        QFETCH(int, requests);
        signIn(Credential::Session);
        m_server->setHandler([&](const FakeRegistryServer::Request &r) {
            if (r.method == "DELETE") {
                Reply reply = Reply::json(status, body);
                if (body.startsWith('<'))
                    reply.headers = {{"content-type", "text/html"}};
                return reply;
            }
            if (listed.isEmpty())
                return Reply::json(500, R"({"error":"down"})");
            return Reply::json(200, R"({"objects":[)" + listed + R"(],"urls":{}})");
        });
        const auto result = await<void>(
            [&](auto done) { m_client->revokeToken(QStringLiteral("abc"), nullptr, done); });
        QCOMPARE(m_server->requests().size(), requests);
        if (requests > 1)
            QCOMPARE(m_server->requests().at(1).target,
                     QByteArray("/-/npm/v1/tokens?perPage=1000"));
        QVERIFY2(result.ok() == succeeds, qPrintable(why(result)));
        if (succeeds)
            return;
        QCOMPARE(result.error().code, ErrorCode::MalformedResponse);
        const QString said = result.error().oneLine();
        QVERIFY2(said.contains(QLatin1String("could not be trusted")), qPrintable(said));
        QVERIFY2(said.contains(listed.isEmpty() ? QLatin1String("may still be active")
                                                : QLatin1String("is still active")),
                 qPrintable(said));
        QVERIFY2(!said.contains(QLatin1Char('\n')), qPrintable(said));
    }

    // The list that confirms a doubtful revoke follows urls.next: a token on page 2 is found.
    void revokeCheckFollowsTheListPages()
    {
        signIn(Credential::Session);
        m_server->setHandler([](const FakeRegistryServer::Request &r) {
            if (r.method == "DELETE")
                return Reply::json(200, "null");
            if (r.target.endsWith("page=1"))
                return Reply::json(200, R"({"objects":[{"key":"abc","revoked":null}],"urls":{}})");
            return Reply::json(
                200,
                R"({"objects":[{"key":"zzz","revoked":null}],"urls":{"next":"/-/npm/v1/tokens?page=1"}})");
        });
        const auto result = await<void>(
            [&](auto done) { m_client->revokeToken(QStringLiteral("abc"), nullptr, done); });
        QVERIFY(!result.ok());
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(result.error().code, ErrorCode::MalformedResponse);
    }

    // 429 hints count in words a translator can inflect (%n), whatever the number.
    void rateLimitHintSaysTheWait_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("hint");
        QTest::newRow("1") << QByteArray("1") << QStringLiteral("Wait 1 second and try again.");
        QTest::newRow("3600") << QByteArray("3600")
                              << QStringLiteral("Wait 3600 seconds and try again.");
        QTest::newRow("date") << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT")
                              << QStringLiteral(
                                     "Wait until Wed, 21 Oct 2026 07:28:00 GMT and try again.");
        QTest::newRow("none") << QByteArray() << QStringLiteral("Wait a minute and try again.");
    }

    void rateLimitHintSaysTheWait()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, hint);
        signIn();
        m_server->setHandler([&](const auto &) {
            return retryAfter.isEmpty() ? Reply::json(429, "{}")
                                        : Reply::json(429, "{}", {{"retry-after", retryAfter}});
        });
        const auto user = await<QString>([&](auto done) { m_client->whoami(nullptr, done); });
        QCOMPARE(user.error().code, ErrorCode::E429);
        QCOMPARE(user.error().hint, hint);
    }

    void wrongOtpIsReportedAfterOneRetry()
    {
        signIn();
        ScriptedPrompt prompt;
        prompt.code = "000000";
        m_client->setTwoFactorPrompt(&prompt);
        m_server->setHandler([](const auto &) {
            return Reply::json(401, R"({"error":"otp"})", {{"www-authenticate", "OTP"}});
        });
        const auto result = await<void>(
            [&](auto done) { m_client->revokeToken(QStringLiteral("abc"), nullptr, done); });
        QCOMPARE(result.error().code, ErrorCode::EOTP);
        QVERIFY(result.error().message.contains(QLatin1String("did not accept")));
        QCOMPARE(m_server->requests().size(), 2);
    }

    void otpWithoutPromptIsEotp()
    {
        signIn();
        m_server->setHandler([](const auto &) {
            return Reply::json(401, R"({"error":"otp"})", {{"www-authenticate", "OTP"}});
        });
        const auto result = await<void>(
            [&](auto done) { m_client->revokeToken(QStringLiteral("abc"), nullptr, done); });
        QCOMPARE(result.error().code, ErrorCode::EOTP);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void webOtpPollsDoneUrlThenRetries()
    {
        signIn();
        ScriptedPrompt prompt;
        m_client->setTwoFactorPrompt(&prompt);
        const QByteArray base = m_server->baseUrl().toString().toUtf8();
        int polls = 0;
        m_server->setHandler([&](const FakeRegistryServer::Request &r) {
            if (r.target.startsWith("/-/v1/done")) {
                if (++polls < 3)
                    return Reply::json(202, "{}", {{"retry-after", "2"}});
                return Reply::json(200, R"({"token":"web-otp-777"})");
            }
            if (r.header("npm-otp") == "web-otp-777")
                return Reply::json(204, {});
            return Reply::json(401,
                               "{\"authUrl\":\"" + base + "auth/cli/1\",\"doneUrl\":\"" + base
                                   + "-/v1/done?authId=1\"}",
                               {{"www-authenticate", "OTP"}});
        });
        const auto result = await<void>(
            [&](auto done) { m_client->revokeToken(QStringLiteral("abc"), nullptr, done); });
        QVERIFY2(result.ok(), qPrintable(why(result)));
        QCOMPARE(prompt.pages.size(), 1);
        QCOMPARE(prompt.pages.constFirst().path(), QStringLiteral("/auth/cli/1"));
        QCOMPARE(prompt.purposes.constFirst(), TwoFactorPrompt::Purpose::Approve);
        QCOMPARE(prompt.finishedCount, 1);
        QCOMPARE(polls, 3);
        QCOMPARE(m_delays.delays, (QList<std::chrono::milliseconds>{2s, 2s}));
        QCOMPARE(prompt.codeRequests, 0);
    }

    void webApprovalHonoursTimeLimitAndCancel_data()
    {
        QTest::addColumn<bool>("cancel");
        QTest::addColumn<ErrorCode>("expected");
        QTest::newRow("time limit") << false << ErrorCode::Timeout;
        QTest::newRow("cancel") << true << ErrorCode::Cancelled;
    }

    void webApprovalHonoursTimeLimitAndCancel()
    {
        QFETCH(bool, cancel);
        QFETCH(ErrorCode, expected);
        signIn();
        ScriptedPrompt prompt;
        prompt.cancelAtOnce = cancel;
        m_client->setTwoFactorPrompt(&prompt);
        m_client->setWebAuthTimeLimit(250s);
        const QByteArray base = m_server->baseUrl().toString().toUtf8();
        m_server->setHandler([&](const FakeRegistryServer::Request &r) {
            if (r.target.startsWith("/-/v1/done"))
                return Reply::json(202, "{}", {{"retry-after", "100"}});
            return Reply::json(401,
                               "{\"authUrl\":\"" + base + "auth\",\"doneUrl\":\"" + base
                                   + "-/v1/done?authId=2\"}",
                               {{"www-authenticate", "OTP"}});
        });
        const auto result = await<void>(
            [&](auto done) { m_client->revokeToken(QStringLiteral("abc"), nullptr, done); });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, expected);
        if (!cancel)
            QCOMPARE(m_delays.delays.size(), 3); // 100 + 100 + 100 s >= 250 s
    }

    void webLoginReturnsTheSessionToken()
    {
        ScriptedPrompt prompt;
        m_client->setTwoFactorPrompt(&prompt);
        const QByteArray base = m_server->baseUrl().toString().toUtf8();
        int polls = 0;
        m_server->setHandler([&](const FakeRegistryServer::Request &r) {
            if (r.target == "/-/v1/login" && r.method == "POST")
                return Reply::json(200,
                                   "{\"loginUrl\":\"" + base + "login/cli/9\",\"doneUrl\":\"" + base
                                       + "-/v1/done?sessionId=9\"}");
            if (++polls < 2)
                return Reply::json(202, "{}", {{"retry-after", "1"}});
            return Reply::json(200, R"({"token":"npm_session0123456789abcdefghijklmnopqrstu"})");
        });
        auto token = await<SecretBuffer>([&](auto done) { m_client->webLogin(nullptr, done); });
        QVERIFY2(token.ok(), qPrintable(why(token)));
        QCOMPARE(token.value().reveal(), QByteArray("npm_session0123456789abcdefghijklmnopqrstu"));
        QCOMPARE(prompt.purposes.constFirst(), TwoFactorPrompt::Purpose::SignIn);
        QCOMPARE(prompt.pages.constFirst().path(), QStringLiteral("/login/cli/9"));
        QCOMPARE(m_server->requests().constFirst().header("npm-command"), QByteArray("login"));
    }

    void webLoginUnsupportedIsReported()
    {
        ScriptedPrompt prompt;
        m_client->setTwoFactorPrompt(&prompt);
        m_server->setHandler([](const auto &) { return Reply::json(404, R"({"error":"nope"})"); });
        auto token = await<SecretBuffer>([&](auto done) { m_client->webLogin(nullptr, done); });
        QCOMPARE(token.error().code, ErrorCode::Unsupported);
    }

    void couchLoginSendsCredentialsAndOtp()
    {
        ScriptedPrompt prompt;
        prompt.code = "654321";
        m_client->setTwoFactorPrompt(&prompt);
        m_client->setAuthType(RegistryClient::AuthType::Legacy);
        m_server->setHandler([](const FakeRegistryServer::Request &r) {
            if (r.header("npm-otp") != "654321")
                return Reply::json(401, R"({"error":"otp"})", {{"www-authenticate", "OTP"}});
            return Reply::json(201, R"({"ok":true,"token":"session-abc"})");
        });
        auto token = await<SecretBuffer>([&](auto done) {
            m_client->couchLogin(QStringLiteral("maintainer"),
                                 SecretBuffer(QByteArrayView("pa\"ss")), nullptr, done);
        });
        QVERIFY2(token.ok(), qPrintable(why(token)));
        QCOMPARE(token.value().reveal(), QByteArray("session-abc"));
        const auto &request = m_server->requests().constFirst();
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(request.target, QByteArray("/-/user/org.couchdb.user:maintainer"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(QLatin1String("name")).toString(), QStringLiteral("maintainer"));
        QCOMPARE(body.value(QLatin1String("password")).toString(), QStringLiteral("pa\"ss"));
        QCOMPARE(body.value(QLatin1String("_id")).toString(),
                 QStringLiteral("org.couchdb.user:maintainer"));
    }

    void couchLoginOfAnExistingUserUsesBasicAuth()
    {
        m_server->setHandler([](const FakeRegistryServer::Request &r) {
            if (!r.hasHeader("authorization"))
                return Reply::json(409, R"({"error":"username is already registered"})");
            return Reply::json(201, R"({"ok":"you are authenticated as 'alice'","token":"vt"})");
        });
        auto token = await<SecretBuffer>([&](auto done) {
            m_client->couchLogin(QStringLiteral("alice"),
                                 SecretBuffer(QByteArrayView("alicepass1")), nullptr, done);
        });
        QVERIFY2(token.ok(), qPrintable(why(token)));
        QCOMPARE(m_server->requests().at(1).header("authorization"),
                 "Basic " + QByteArray("alice:alicepass1").toBase64());
    }

    void wrongPasswordIsPlain()
    {
        m_server->setHandler(
            [](const auto &) { return Reply::json(401, R"({"error":"unauthorized"})"); });
        auto token = await<SecretBuffer>([&](auto done) {
            m_client->couchLogin(QStringLiteral("alice"), SecretBuffer(QByteArrayView("bad")),
                                 nullptr, done);
        });
        QCOMPARE(token.error().code, ErrorCode::E401);
        QVERIFY(token.error().message.contains(QLatin1String("password")));
    }

    void createTokenUsesNpmSpellings()
    {
        signIn();
        m_server->setHandler([](const auto &) {
            return Reply::json(
                201,
                R"({"key":"6f1c","token":"npm_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789","name":"ci",)"
                R"("expiry":"2026-12-05T12:00:00.000Z","cidr":[],"bypass_2fa":false,"revoked":null,)"
                R"("created":"2026-11-28T12:00:00.000Z","permissions":[{"name":"package","action":"write"}],)"
                R"("scopes":[{"name":"@acme","type":"scope"}]})");
        });
        TokenCreateRequest request;
        request.name = QStringLiteral("ci");
        request.scopes = {QStringLiteral("@acme")};
        request.packagesPermission = Permission::ReadWrite;
        request.expiresDays = 7;
        request.cidr = {QStringLiteral("10.0.0.0/8")};
        auto created = await<CreatedToken>([&](auto done) {
            m_client->createToken(request, SecretBuffer(QByteArrayView("pw")), nullptr, done);
        });
        QVERIFY2(created.ok(), qPrintable(why(created)));
        QCOMPARE(created.value().secret.reveal(),
                 QByteArray("npm_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"));
        QCOMPARE(created.value().token.kind, TokenKind::GranularReadWrite);
        QCOMPARE(created.value().token.redacted, QStringLiteral("npm_ABCD...6789"));
        const QJsonObject body
            = QJsonDocument::fromJson(m_server->requests().constFirst().body).object();
        QCOMPARE(body.value(QLatin1String("password")).toString(), QStringLiteral("pw"));
        QCOMPARE(body.value(QLatin1String("expires")).toInt(), 7);
        QCOMPARE(body.value(QLatin1String("packages_and_scopes_permission")).toString(),
                 QStringLiteral("read-write"));
        QCOMPARE(body.value(QLatin1String("cidr_whitelist")).toArray().size(), 1);
    }

    void packageEndpointsEscapeScopedNames()
    {
        signIn();
        m_server->setHandler([](const FakeRegistryServer::Request &r) {
            if (r.target.endsWith("/trust"))
                return Reply::json(
                    200,
                    R"([{"id":"t1","type":"github","claims":{"repository":"acme/w","workflow_ref":{"file":"p.yml"}},"permissions":["createPackage"]}])");
            return Reply::json(200, R"({"@acme/widgets":"write"})");
        });
        auto configs = await<QList<TrustConfig>>([&](auto done) {
            m_client->listTrust(QStringLiteral("@acme/widgets"), nullptr, done);
        });
        QVERIFY2(configs.ok(), qPrintable(why(configs)));
        QCOMPARE(configs.value().size(), 1);
        QCOMPARE(configs.value().constFirst().claims.value(QLatin1String("repository")).toString(),
                 QStringLiteral("acme/w"));
        QCOMPARE(m_server->requests().constFirst().target.toLower(),
                 QByteArray("/-/package/@acme%2fwidgets/trust"));
        auto packages = await<AccessMap>(
            [&](auto done) { m_client->orgPackages(QStringLiteral("acme"), nullptr, done); });
        QCOMPARE(packages.value().value(QStringLiteral("@acme/widgets")), QStringLiteral("write"));
        QCOMPARE(m_server->requests().at(1).target, QByteArray("/-/org/acme/package"));
    }

    void resultIsDroppedWhenContextDies()
    {
        signIn();
        m_server->setHandler([](const auto &) { return Reply::json(200, R"({"username":"u"})"); });
        bool called = false;
        auto *context = new QObject;
        m_client->whoami(context, [&called](Result<QString>) { called = true; });
        delete context;
        QTest::qWait(200);
        QVERIFY(!called);
        QCOMPARE(m_server->requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRegistryClient)
#include "tst_registryclient.moc"
