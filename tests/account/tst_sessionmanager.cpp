// SPDX-License-Identifier: GPL-3.0-or-later
// Sign-in, the session in the keychain, its end, and the logs: SessionManager against a loopback
// fake registry with an in-memory keychain and a fake clock.
#include "FakeClock.h"
#include "FakeRegistryServer.h"
#include "LogCapture.h"
#include "RegistryTestSupport.h"
#include "core/account/AccountStore.h"
#include "core/account/SessionManager.h"
#include "core/secrets/InMemorySecretStore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;
using Reply = FakeRegistryServer::Reply;
using Request = FakeRegistryServer::Request;

namespace {
template<class T, class Start>
Result<T> await(Start start)
{
    std::optional<Result<T>> result;
    start([&result](Result<T> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return makeError(ErrorCode::Timeout, QStringLiteral("test waited too long"));
    return std::move(*result);
}

template<class R>
QString why(const R &result)
{
    return result.ok()
        ? QString()
        : result.error().codeName() + QStringLiteral(": ") + result.error().oneLine();
}

// Secrets chosen so that redact() would not catch them: the test proves they are never logged.
const QByteArray kSession = "sess-7f3a9cq2w8e4r6t1y5";
const QByteArray kPassword = "correct-horse-battery";
const QByteArray kOtp = "482913";
} // namespace

class TestSessionManager : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    FakeClock m_clock;
    RecordingDelayTimer m_delays;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeRegistryServer> m_server;
    std::unique_ptr<InMemorySecretStore> m_secrets;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<SessionManager> m_sessions;
    bool m_webLogin = true;
    int m_polls = 0;
    QByteArray m_tokenExpiration; // GitHub-Authentication-Token-Expiration on authed answers

    // A registry with web login (unless m_webLogin is false), couch login with OTP, whoami,
    // profile, a token list and logout; only kSession is accepted.
    Reply handle(const Request &r)
    {
        const QByteArray base = m_server->baseUrl().toString().toUtf8();
        const bool authed = r.header("authorization") == "Bearer " + kSession;
        if (r.target == "/-/v1/login") {
            if (!m_webLogin)
                return Reply::json(404, R"({"error":"not found"})");
            return Reply::json(200,
                               "{\"loginUrl\":\"" + base + "login/cli/1\",\"doneUrl\":\"" + base
                                   + "-/v1/done?sessionId=1\"}");
        }
        if (r.target.startsWith("/-/v1/done")) {
            if (++m_polls < 2)
                return Reply::json(202, "{}", {{"retry-after", "1"}});
            return Reply::json(200, "{\"token\":\"" + kSession + "\"}");
        }
        if (r.target.startsWith("/-/user/org.couchdb.user:")) {
            if (!r.body.contains(kPassword))
                return Reply::json(401, R"({"error":"bad password"})");
            if (r.header("npm-otp") != kOtp)
                return Reply::json(401, R"({"error":"You must provide a one-time pass."})",
                                   {{"www-authenticate", "OTP"}});
            return Reply::json(201, "{\"ok\":true,\"token\":\"" + kSession + "\"}");
        }
        if (!authed)
            return Reply::json(401, R"({"error":"Access token expired or revoked."})");
        if (r.target == "/-/whoami") {
            if (!m_tokenExpiration.isEmpty())
                return Reply::json(200, R"({"username":"maintainer"})",
                                   {{"GitHub-Authentication-Token-Expiration", m_tokenExpiration}});
            return Reply::json(200, R"({"username":"maintainer"})");
        }
        if (r.target == "/-/npm/v1/user")
            return Reply::json(
                200, R"({"name":"maintainer","tfa":{"mode":"auth-and-writes","pending":false}})");
        if (r.target == "/-/npm/v1/tokens?perPage=1000")
            return Reply::json(
                200,
                R"({"objects":[{"key":"k1","token":"npm_ab12...yz90","name":"ci","expiry":"2026-12-01T00:00:00.000Z","permissions":[{"name":"package","action":"read"}],"scopes":[]}],"urls":{}})");
        if (r.method == "DELETE" && r.target.startsWith("/-/user/token/"))
            return Reply::json(200, R"({"ok":true})");
        return Reply::json(404, "{}");
    }

    Result<Account> signIn(SignInMethod method, ScriptedPrompt &prompt)
    {
        SignInRequest request;
        request.registry = m_server->baseUrl();
        request.method = method;
        request.username = QStringLiteral("maintainer");
        request.password = std::make_shared<const SecretBuffer>(QByteArrayView(kPassword));
        return await<Account>(
            [&](auto done) { m_sessions->signIn(request, &prompt, nullptr, done); });
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<FakeRegistryServer>();
        QVERIFY(m_server->listen());
        m_server->setHandler([this](const Request &r) { return handle(r); });
        m_secrets = std::make_unique<InMemorySecretStore>();
        m_accounts
            = std::make_unique<AccountStore>(m_dir->filePath(QStringLiteral("accounts.json")));
        m_sessions
            = std::make_unique<SessionManager>(&m_nam, m_secrets.get(), m_accounts.get(), m_clock);
        m_sessions->setDelayTimer(&m_delays);
        m_webLogin = true;
        m_polls = 0;
        m_tokenExpiration.clear();
    }

    // Issue 17: what the token list answers tells an npm-compatible registry from one without
    // a token API (unknown: an opaque token), and an empty list changes nothing else.
    void tokenListAnswersDecideTheKind()
    {
        ScriptedPrompt prompt;
        const auto account = signIn(SignInMethod::Web, prompt);
        QVERIFY2(account.ok(), qPrintable(why(account)));
        const QString id = account.value().id;
        QCOMPARE(account.value().registryKind(), RegistryKind::NpmCompatible);

        m_sessions->learnNoTokenApi(id);
        QVERIFY(m_accounts->load());
        QCOMPARE(m_accounts->find(id)->registryKind(), RegistryKind::Unknown);

        TokenPage empty;
        m_sessions->learnFromTokenList(id, empty);
        QVERIFY(m_accounts->load());
        QCOMPARE(m_accounts->find(id)->capabilities.tokenApi, std::optional<bool>(true));
        QCOMPARE(m_accounts->find(id)->capabilities.reportsExpiry, std::nullopt);
        QCOMPARE(m_accounts->find(id)->registryKind(), RegistryKind::NpmCompatible);
    }

    // Issue 17: a registry that says when the token ends (GitHub Packages' header) — the account
    // keeps it, on disk too; one that does not leaves it unknown.
    void signInKeepsTheReportedTokenExpiry()
    {
        ScriptedPrompt prompt;
        auto account = signIn(SignInMethod::Web, prompt);
        QVERIFY2(account.ok(), qPrintable(why(account)));
        QVERIFY(!account.value().credentialExpiry.isKnown());

        m_tokenExpiration = "2027-01-15 08:00:00 UTC";
        m_polls = 0;
        account = signIn(SignInMethod::Web, prompt);
        QVERIFY2(account.ok(), qPrintable(why(account)));
        const CredentialExpiry expected{QDateTime(QDate(2027, 1, 15), QTime(8, 0), Qt::UTC),
                                        CredentialExpiryBasis::ResponseHeader};
        QCOMPARE(account.value().credentialExpiry, expected);
        QVERIFY(m_accounts->load());
        QCOMPARE(m_accounts->find(account.value().id)->credentialExpiry, expected);
    }

    void webSignInKeepsTheSessionInTheKeychain()
    {
        ScriptedPrompt prompt;
        const auto account = signIn(SignInMethod::Web, prompt);
        QVERIFY2(account.ok(), qPrintable(why(account)));
        QCOMPARE(account.value().user, QStringLiteral("maintainer"));
        QCOMPARE(account.value().id,
                 Account::makeId(m_server->baseUrl(), QStringLiteral("maintainer")));
        QCOMPARE(account.value().sessionExpires, m_clock.now().addSecs(7200));
        QCOMPARE(account.value().capabilities.webLogin, std::optional<bool>(true));
        QCOMPARE(account.value().twoFactor, TwoFactorMode::AuthAndWrites);
        QCOMPARE(prompt.purposes,
                 QList<TwoFactorPrompt::Purpose>{TwoFactorPrompt::Purpose::SignIn});
        QVERIFY(m_secrets->contains(SecretStore::sessionKey(account.value().id)));
        QCOMPARE(describeSession(account.value(), m_clock.now()),
                 QStringLiteral("session ends in 2 h 0 min"));

        QFile file(m_accounts->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY(onDisk.contains("maintainer"));
        QVERIFY(!onDisk.contains(kSession));
    }

    void legacySignInAnswersTheOtpChallenge()
    {
        ScriptedPrompt prompt;
        prompt.code = kOtp;
        const auto account = signIn(SignInMethod::Legacy, prompt);
        QVERIFY2(account.ok(), qPrintable(why(account)));
        QCOMPARE(prompt.codeRequests, 1);
        QCOMPARE(m_server->requests().constFirst().header("npm-auth-type"), QByteArray("legacy"));
        QVERIFY(m_secrets->contains(SecretStore::sessionKey(account.value().id)));
    }

    void autoFallsBackToLegacyWithoutWebLogin()
    {
        m_webLogin = false;
        ScriptedPrompt prompt;
        prompt.code = kOtp;
        const auto account = signIn(SignInMethod::Auto, prompt);
        QVERIFY2(account.ok(), qPrintable(why(account)));
        QCOMPARE(account.value().capabilities.webLogin, std::optional<bool>(false));
        QVERIFY(prompt.pages.isEmpty());
    }

    void webOnlyWithoutWebLoginSaysSo()
    {
        m_webLogin = false;
        ScriptedPrompt prompt;
        const auto account = signIn(SignInMethod::Web, prompt);
        QVERIFY(!account.ok());
        QCOMPARE(account.error().code, ErrorCode::Unsupported);
        QVERIFY(account.error().hint.contains(QLatin1String("legacy")));
    }

    void unusableKeychainFailsFirstAndStoresNothing()
    {
        m_secrets->setFailure(makeError(ErrorCode::KeychainLocked,
                                        QStringLiteral("The keychain is locked."),
                                        QStringLiteral("Unlock it.")));
        ScriptedPrompt prompt;
        prompt.code = kOtp;
        const auto account = signIn(SignInMethod::Legacy, prompt);
        QVERIFY(!account.ok());
        QCOMPARE(account.error().code, ErrorCode::KeychainLocked);
        QVERIFY(account.error().message.contains(QLatin1String("keychain")));
        QVERIFY(m_server->requests().isEmpty()); // no session was even created
        QVERIFY(!QFile::exists(m_accounts->path()));
        m_secrets->setFailure(std::nullopt);
        QCOMPARE(m_secrets->size(), 0);
    }

    void expiredSessionAsksForSignIn()
    {
        ScriptedPrompt prompt;
        const auto account = signIn(SignInMethod::Web, prompt);
        QVERIFY(account.ok());
        m_clock.advance(std::chrono::seconds(7200));
        RegistryClient client(&m_nam, m_server->baseUrl(), m_clock);
        const auto authorized = await<void>(
            [&](auto done) { m_sessions->authorize(client, account.value().id, nullptr, done); });
        QVERIFY(!authorized.ok());
        QCOMPARE(authorized.error().code, ErrorCode::ENEEDAUTH);
        QVERIFY(authorized.error().message.contains(QLatin1String("ended")));
        QVERIFY(!client.hasAuthToken());
    }

    void sessionRejectedByRegistryIsNeedAuthNotRaw401()
    {
        ScriptedPrompt prompt;
        const auto account = signIn(SignInMethod::Web, prompt);
        QVERIFY(account.ok());
        RegistryClient client(&m_nam, m_server->baseUrl(), m_clock);
        QVERIFY(await<void>([&](auto done) {
                    m_sessions->authorize(client, account.value().id, nullptr, done);
                }).ok());
        client.setAuthToken(SecretBuffer(QByteArrayView("revoked-session")),
                            RegistryClient::Credential::Session);
        const auto tokens = await<TokenPage>([&](auto done) { client.listTokens(nullptr, done); });
        QCOMPARE(tokens.error().code, ErrorCode::ENEEDAUTH);
        QVERIFY(!tokens.error().hint.isEmpty());
        m_sessions->sessionEnded(account.value().id);
        QVERIFY(m_accounts->load().ok());
        QVERIFY(!m_accounts->find(account.value().id)->sessionExpires.isValid());
    }

    void signOutEndsAndForgetsTheSession()
    {
        ScriptedPrompt prompt;
        const auto account = signIn(SignInMethod::Web, prompt);
        QVERIFY(account.ok());
        m_server->clearRequests();
        QVERIFY(await<void>([&](auto done) {
                    m_sessions->signOut(account.value().id, nullptr, done);
                }).ok());
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().constFirst().method, QByteArray("DELETE"));
        QCOMPARE(m_server->requests().constFirst().target, "/-/user/token/" + kSession);
        QVERIFY(!m_secrets->contains(SecretStore::sessionKey(account.value().id)));
        QVERIFY(m_accounts->load().ok());
        QCOMPARE(describeSession(*m_accounts->find(account.value().id), m_clock.now()),
                 QStringLiteral("signed out"));
    }

    void noSecretEverReachesTheLogs()
    {
        LogCapture capture;
        ScriptedPrompt prompt;
        prompt.code = kOtp;
        const auto account = signIn(SignInMethod::Legacy, prompt);
        QVERIFY2(account.ok(), qPrintable(why(account)));
        RegistryClient client(&m_nam, m_server->baseUrl(), m_clock);
        QVERIFY(await<void>([&](auto done) {
                    m_sessions->authorize(client, account.value().id, nullptr, done);
                }).ok());
        const auto tokens = await<TokenPage>([&](auto done) { client.listTokens(nullptr, done); });
        QVERIFY(tokens.ok());
        QVERIFY(await<void>([&](auto done) {
                    m_sessions->signOut(account.value().id, nullptr, done);
                }).ok());

        const QString logs = capture.all();
        QVERIFY2(logs.contains(QLatin1String("/-/npm/v1/tokens")), "the capture saw the traffic");
        QVERIFY(logs.contains(QLatin1String("/-/user/org.couchdb.user:maintainer")));
        for (const QByteArray &secret : {kSession, kPassword, kOtp})
            QVERIFY2(!logs.contains(QString::fromLatin1(secret)), secret.constData());
    }
};

QTEST_GUILESS_MAIN(TestSessionManager)
#include "tst_sessionmanager.moc"
