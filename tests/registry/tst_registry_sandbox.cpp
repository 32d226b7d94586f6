// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: RegistryClient, SessionManager and tokendesk-cli against the real tokendesk-sandbox
// over HTTP, with the real keychain (run under tests/run-headless.sh).
#include "AwaitResult.h"
#include "FakeRegistryServer.h"
#include "Harness.h"
#include "HttpHelper.h"
#include "LogCapture.h"
#include "RegistryTestSupport.h"
#include "SandboxProcess.h"
#include "Totp.h"
#include "core/account/AccountStore.h"
#include "core/account/SessionManager.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {
const QByteArray kTotpSecret = "JBSWY3DPEHPK3PXP";
const QByteArray kPassword = "sandbox-password";

QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}
} // namespace

class TestRegistrySandbox : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    QNetworkAccessManager m_nam;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<SessionManager> m_sessions;

    QUrl control(const char *path) const
    {
        return m_sandbox->url().resolved(QUrl(QLatin1String(path)));
    }

    HttpReply post(const char *path, const QJsonValue &body)
    {
        return httpCall("POST", control(path), json(body), {{"content-type", "application/json"}});
    }

    Result<Account> legacySignIn(ScriptedPrompt &prompt)
    {
        prompt.code = totp(kTotpSecret, QDateTime::currentDateTimeUtc());
        SignInRequest request;
        request.registry = m_sandbox->url();
        request.method = SignInMethod::Legacy;
        request.username = QStringLiteral("maintainer");
        request.password = std::make_shared<const SecretBuffer>(QByteArrayView(kPassword));
        return await<Account>(
            [&](auto done) { m_sessions->signIn(request, &prompt, nullptr, done); });
    }

    // A client holding the account's session from the keychain.
    std::unique_ptr<RegistryClient> authorizedClient(const Account &account)
    {
        auto client = std::make_unique<RegistryClient>(&m_nam, m_sandbox->url(), m_clock);
        const auto ok = await<void>(
            [&](auto done) { m_sessions->authorize(*client, account.id, nullptr, done); });
        if (!ok)
            qWarning("authorize failed: %s", qPrintable(why(ok)));
        return client;
    }

private Q_SLOTS:
    void init()
    {
        TD_REQUIRE_HARNESS();
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_dir = std::make_unique<QTemporaryDir>();
        m_keychain = std::make_unique<KeychainSecretStore>(QStringLiteral("tokendesk-e2e"));
        m_accounts
            = std::make_unique<AccountStore>(m_dir->filePath(QStringLiteral("accounts.json")));
        m_sessions
            = std::make_unique<SessionManager>(&m_nam, m_keychain.get(), m_accounts.get(), m_clock);
    }

    void cleanup()
    {
        m_sessions.reset();
        m_sandbox.reset();
    }

    void legacySignInWithTotpKeepsSessionInKeychain()
    {
        ScriptedPrompt prompt;
        const auto account = legacySignIn(prompt);
        QVERIFY2(account.ok(), qPrintable(why(account)));
        QCOMPARE(account.value().user, QStringLiteral("maintainer"));
        QCOMPARE(prompt.codeRequests, 1);
        QCOMPARE(account.value().twoFactor, TwoFactorMode::AuthAndWrites);
        auto stored = await<SecretBuffer>([&](auto done) {
            m_keychain->read(SecretStore::sessionKey(account.value().id), nullptr, done);
        });
        QVERIFY2(stored.ok(), qPrintable(why(stored)));
        QVERIFY(!stored.value().isEmpty());
        auto client = authorizedClient(account.value());
        const auto user = await<QString>([&](auto done) { client->whoami(nullptr, done); });
        QCOMPARE(user.ok() ? user.value() : why(user), QStringLiteral("maintainer"));
        QVERIFY(await<void>([&](auto done) {
                    m_sessions->signOut(account.value().id, nullptr, done);
                }).ok());
        QCOMPARE(await<SecretBuffer>([&](auto done) {
                     m_keychain->read(SecretStore::sessionKey(account.value().id), nullptr, done);
                 })
                     .error()
                     .code,
                 ErrorCode::NotFound);
    }

    void webSignInApprovedThroughTheControlApi()
    {
        ScriptedPrompt prompt;
        prompt.onPage = [this](const QUrl &) {
            // The user approves in the browser: here, through the sandbox's control API.
            QTimer::singleShot(100, this, [this] {
                const HttpReply pending = httpCall("GET", control("-/sandbox/pending"));
                for (const QJsonValue &p : pending.json().array())
                    post(
                        "-/sandbox/approve",
                        QJsonObject{{QStringLiteral("id"), p.toObject().value(QLatin1String("id"))},
                                    {QStringLiteral("username"), QStringLiteral("maintainer")},
                                    {QStringLiteral("approve"), true}});
            });
        };
        SignInRequest request;
        request.registry = m_sandbox->url();
        request.method = SignInMethod::Web;
        const auto account = await<Account>(
            [&](auto done) { m_sessions->signIn(request, &prompt, nullptr, done); });
        QVERIFY2(account.ok(), qPrintable(why(account)));
        QCOMPARE(prompt.purposes,
                 QList<TwoFactorPrompt::Purpose>{TwoFactorPrompt::Purpose::SignIn});
        QCOMPARE(account.value().capabilities.webLogin, std::optional<bool>(true));
        auto client = authorizedClient(account.value());
        QVERIFY(await<TokenPage>([&](auto done) { client->listTokens(nullptr, done); }).ok());
    }

    void sessionEndsWhenTheClockMovesTwoHours()
    {
        ScriptedPrompt prompt;
        const auto account = legacySignIn(prompt);
        QVERIFY2(account.ok(), qPrintable(why(account)));
        auto client = authorizedClient(account.value());
        QVERIFY(await<TokenPage>([&](auto done) { client->listTokens(nullptr, done); }).ok());
        QCOMPARE(
            post("-/sandbox/clock", QJsonObject{{QStringLiteral("advance_seconds"), 7200}}).status,
            200);
        const auto after = await<TokenPage>([&](auto done) { client->listTokens(nullptr, done); });
        QVERIFY(!after.ok());
        QCOMPARE(after.error().code, ErrorCode::ENEEDAUTH);
        QVERIFY(after.error().hint.contains(QLatin1String("Sign in again")));
    }

    void listsAThousandTokensAcrossPages()
    {
        QJsonArray tokens;
        for (int i = 0; i < 1000; ++i)
            tokens.append(QJsonObject{
                {QStringLiteral("owner"), QStringLiteral("maintainer")},
                {QStringLiteral("name"), QStringLiteral("t%1").arg(i)},
                {QStringLiteral("packages_all"), true},
                {QStringLiteral("packages_and_scopes_permission"), QStringLiteral("read-only")}});
        const QJsonObject seed{
            {QStringLiteral("users"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("maintainer")},
                             {QStringLiteral("password"), QString::fromLatin1(kPassword)},
                             {QStringLiteral("tfa"), QStringLiteral("totp")},
                             {QStringLiteral("totp_secret"), QString::fromLatin1(kTotpSecret)}}}},
            {QStringLiteral("tokens"), tokens}};
        QCOMPARE(post("-/sandbox/reset", seed).status, 200);
        ScriptedPrompt prompt;
        const auto account = legacySignIn(prompt);
        QVERIFY2(account.ok(), qPrintable(why(account)));
        auto client = authorizedClient(account.value());
        QElapsedTimer timer;
        timer.start();
        const auto page
            = await<TokenPage>([&](auto done) { client->listTokens(nullptr, done); }, 120000);
        QVERIFY2(page.ok(), qPrintable(why(page)));
        qInfo("listed %lld tokens in %lld ms", qlonglong(page.value().tokens.size()),
              timer.elapsed());
        QCOMPARE(page.value().tokens.size(), 1000);
        QSet<QString> keys;
        for (const Token &t : page.value().tokens)
            keys.insert(t.key);
        QCOMPARE(keys.size(), 1000);
        QVERIFY(page.value().anyTokenReportsExpiry);
    }

    // Issue 18: pages of 1,000 (the remaining ones in parallel) from the real sandbox: every
    // token once, in ceil(n / 1,000) requests (npm's default page of 10 would take n / 10).
    void listsManyTokensInPagesOfAThousand_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("requests");
        QTest::newRow("1,000: one page") << 1000 << 1;
        QTest::newRow("2,500: three pages") << 2500 << 3;
    }

    void listsManyTokensInPagesOfAThousand()
    {
        QFETCH(int, count);
        QFETCH(int, requests);
        const QJsonObject seed{
            {QStringLiteral("users"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("maintainer")},
                             {QStringLiteral("password"), QString::fromLatin1(kPassword)},
                             {QStringLiteral("tfa"), QStringLiteral("totp")},
                             {QStringLiteral("totp_secret"), QString::fromLatin1(kTotpSecret)}}}}};
        QCOMPARE(post("-/sandbox/reset", seed).status, 200);
        QCOMPARE(post("-/sandbox/tokens/fill",
                      QJsonObject{{QStringLiteral("owner"), QStringLiteral("maintainer")},
                                  {QStringLiteral("count"), count}})
                     .status,
                 200);
        ScriptedPrompt prompt;
        const auto account = legacySignIn(prompt);
        QVERIFY2(account.ok(), qPrintable(why(account)));
        auto client = authorizedClient(account.value());
        const int before = int(m_sandbox->log().count("GET /-/npm/v1/tokens "));
        const auto page
            = await<TokenPage>([&](auto done) { client->listTokens(nullptr, done); }, 120000);
        QVERIFY2(page.ok(), qPrintable(why(page)));
        QSet<QString> keys;
        for (const Token &t : page.value().tokens)
            keys.insert(t.key);
        QCOMPARE(page.value().tokens.size(), count);
        QCOMPARE(keys.size(), count);
        QCOMPARE(page.value().total, std::optional<int>(count));
        QTRY_COMPARE(int(m_sandbox->log().count("GET /-/npm/v1/tokens ")) - before, requests);
    }

    void faultInjectedErrorsMapToNpmCodes_data()
    {
        QTest::addColumn<QJsonObject>("rule");
        QTest::addColumn<ErrorCode>("expected");
        const auto rule = [](std::initializer_list<QPair<QString, QJsonValue>> fields) {
            QJsonObject o{{QStringLiteral("method"), QStringLiteral("GET")},
                          {QStringLiteral("path"), QStringLiteral("/-/npm/v1/tokens*")}};
            for (const auto &[k, v] : fields)
                o.insert(k, v);
            return o;
        };
        const QJsonObject error{{QStringLiteral("error"), QStringLiteral("injected")}};
        QTest::newRow("E401") << rule(
            {{QStringLiteral("status"), 401}, {QStringLiteral("body"), error}})
                              << ErrorCode::ENEEDAUTH;
        QTest::newRow("EOTP") << rule(
            {{QStringLiteral("status"), 401},
             {QStringLiteral("body"), error},
             {QStringLiteral("headers"),
              QJsonObject{{QStringLiteral("www-authenticate"), QStringLiteral("OTP")}}}})
                              << ErrorCode::EOTP;
        QTest::newRow("EAUTHIP") << rule(
            {{QStringLiteral("status"), 401},
             {QStringLiteral("body"), error},
             {QStringLiteral("headers"),
              QJsonObject{{QStringLiteral("www-authenticate"), QStringLiteral("ipaddress")}}}})
                                 << ErrorCode::EAUTHIP;
        QTest::newRow("E403") << rule(
            {{QStringLiteral("status"), 403}, {QStringLiteral("body"), error}})
                              << ErrorCode::E403;
        QTest::newRow("E404") << rule(
            {{QStringLiteral("status"), 404}, {QStringLiteral("body"), error}})
                              << ErrorCode::E404;
        QTest::newRow("E409") << rule(
            {{QStringLiteral("status"), 409}, {QStringLiteral("body"), error}})
                              << ErrorCode::E409;
        QTest::newRow("E422") << rule(
            {{QStringLiteral("status"), 422}, {QStringLiteral("body"), error}})
                              << ErrorCode::E422;
        QTest::newRow("E429 long wait")
            << rule({{QStringLiteral("status"), 429}, {QStringLiteral("retry_after"), 999}})
            << ErrorCode::E429;
        QTest::newRow("E500") << rule(
            {{QStringLiteral("status"), 500}, {QStringLiteral("body"), error}})
                              << ErrorCode::ServerError;
        QTest::newRow("malformed")
            << rule({{QStringLiteral("malformed_json"), true}}) << ErrorCode::MalformedResponse;
        QTest::newRow("reset") << rule({{QStringLiteral("reset"), true}}) << ErrorCode::Network;
        QTest::newRow("truncated")
            << rule({{QStringLiteral("truncate"), true}}) << ErrorCode::Network;
        QTest::newRow("429 then fine") << rule({{QStringLiteral("status"), 429},
                                                {QStringLiteral("retry_after"), 1},
                                                {QStringLiteral("times"), 2}})
                                       << ErrorCode::Cancelled; // stands for "succeeds"
    }

    void faultInjectedErrorsMapToNpmCodes()
    {
        QFETCH(QJsonObject, rule);
        QFETCH(ErrorCode, expected);
        ScriptedPrompt prompt;
        const auto account = legacySignIn(prompt);
        QVERIFY2(account.ok(), qPrintable(why(account)));
        auto client = authorizedClient(account.value());
        QCOMPARE(post("-/sandbox/faults", QJsonArray{rule}).status, 200);
        const auto page = await<TokenPage>([&](auto done) { client->listTokens(nullptr, done); });
        if (expected == ErrorCode::Cancelled) {
            QVERIFY2(page.ok(), qPrintable(why(page)));
            return;
        }
        QVERIFY(!page.ok());
        if (expected == ErrorCode::Network && page.error().code == ErrorCode::MalformedResponse)
            return; // a truncated body may also end as unreadable JSON; never as success
        QCOMPARE(page.error().code, expected);
        QVERIFY(!page.error().hint.isEmpty());
    }

    void redirectToAnotherOriginIsRefused()
    {
        ScriptedPrompt prompt;
        const auto account = legacySignIn(prompt);
        QVERIFY2(account.ok(), qPrintable(why(account)));
        FakeRegistryServer elsewhere;
        QVERIFY(elsewhere.listen());
        elsewhere.setHandler([](const auto &) {
            return FakeRegistryServer::Reply::json(200, R"({"username":"elsewhere"})");
        });
        const QJsonObject rule{
            {QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("path"), QStringLiteral("/-/whoami")},
            {QStringLiteral("status"), 302},
            {QStringLiteral("headers"),
             QJsonObject{{QStringLiteral("location"),
                          QString(elsewhere.baseUrl().toString() + QStringLiteral("-/whoami"))}}}};
        QCOMPARE(post("-/sandbox/faults", QJsonArray{rule}).status, 200);
        auto client = authorizedClient(account.value());
        const auto user = await<QString>([&](auto done) { client->whoami(nullptr, done); });
        // A request with the session is never sent to another origin, not even stripped of it.
        QVERIFY(elsewhere.requests().isEmpty());
        QVERIFY(!user.ok());
        QCOMPARE(user.error().code, ErrorCode::Unsupported);
    }

    void cliSignsInListsAndSignsOut()
    {
        const QString cli = programPath(QStringLiteral("tokendesk-cli"));
        const QString registry = m_sandbox->url().toString();
        const auto run = [&](const QStringList &args, const QByteArray &input = {}) {
            QProcess p;
            // Global options (--registry, --json) come before the command, as with npm.
            p.start(cli, QStringList{QStringLiteral("--registry"), registry} + args);
            p.waitForStarted();
            p.write(input);
            p.closeWriteChannel();
            p.waitForFinished(60000);
            return std::tuple<int, QByteArray, QByteArray>(p.exitCode(), p.readAllStandardOutput(),
                                                           p.readAllStandardError());
        };
        const QByteArray otp = totp(kTotpSecret, QDateTime::currentDateTimeUtc());
        auto [code, out, err] = run(
            {QStringLiteral("login"), QStringLiteral("--auth-type"), QStringLiteral("legacy"),
             QStringLiteral("--username"), QStringLiteral("maintainer"),
             QStringLiteral("--password-stdin"), QStringLiteral("--otp"), QString::fromLatin1(otp)},
            kPassword + "\n");
        QVERIFY2(code == 0, err.constData());
        QVERIFY(out.contains("session ends in"));
        std::tie(code, out, err) = run({QStringLiteral("whoami")});
        QVERIFY2(code == 0, err.constData());
        QCOMPARE(out.trimmed(), QByteArray("maintainer"));
        std::tie(code, out, err)
            = run({QStringLiteral("--json"), QStringLiteral("token"), QStringLiteral("list")});
        QVERIFY2(code == 0, err.constData());
        const QJsonArray tokens = QJsonDocument::fromJson(out).array();
        QVERIFY(tokens.size() >= 10); // the demo seed's tokens
        // npm's shape (issue 17): the registry's object plus npm's short id.
        QVERIFY(tokens.at(0).toObject().contains(QLatin1String("key")));
        QVERIFY(tokens.at(0).toObject().contains(QLatin1String("id")));
        QVERIFY(!out.contains(kPassword));
        std::tie(code, out, err) = run({QStringLiteral("token"), QStringLiteral("list")});
        QVERIFY2(code == 0, err.constData());
        QVERIFY(out.startsWith("ID"));
        std::tie(code, out, err) = run({QStringLiteral("logout")});
        QVERIFY2(code == 0, err.constData());
        std::tie(code, out, err) = run({QStringLiteral("whoami")});
        QCOMPARE(code, 1);
        QVERIFY(err.startsWith("tokendesk-cli: ENEEDAUTH"));
        QCOMPARE(err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestRegistrySandbox)
#include "tst_registry_sandbox.moc"
