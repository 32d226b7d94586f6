// SPDX-License-Identifier: GPL-3.0-or-later
// TokenCreationService against a loopback fake registry and an in-memory keychain: the secret
// reaches the keychain under the right key, 2FA is answered, a registry refusal leaves nothing
// behind, and a keychain refusal never loses the token.
#include "FakeClock.h"
#include "FakeRegistryServer.h"
#include "RegistryTestSupport.h"
#include "core/creation/TokenCreationService.h"
#include "core/creation/TokenDraft.h"
#include "core/creation/TokenRequestFromDraft.h"
#include "core/registry/RegistryClient.h"
#include "core/secrets/InMemorySecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace td;
using namespace td::test;
using Reply = FakeRegistryServer::Reply;

namespace {
const QString kAccount = QStringLiteral("registry.npmjs.org:maintainer");
const QString kKey = QString::fromLatin1(FakeRegistryServer::kCreatedTokenKey);
const QByteArray kCreatedSecret(FakeRegistryServer::kCreatedTokenSecret);

Result<TokenCreation>
createAndWait(TokenCreationService &service, const TokenDraft &draft, TwoFactorPrompt *prompt,
              RegistryClient::AuthType type = RegistryClient::AuthType::Legacy)
{
    std::optional<Result<TokenCreation>> result;
    service.create(draft, SecretBuffer(QByteArrayView("hunter2")), prompt, type, nullptr,
                   [&result](Result<TokenCreation> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return makeError(ErrorCode::Timeout, QStringLiteral("test waited too long"));
    return std::move(*result);
}
} // namespace

class TestTokenCreationService : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    FakeClock m_clock;
    RecordingDelayTimer m_delays;
    std::unique_ptr<FakeRegistryServer> m_server;
    std::unique_ptr<RegistryClient> m_client;
    std::unique_ptr<InMemorySecretStore> m_store;
    std::unique_ptr<TokenCreationService> m_service;
    std::unique_ptr<TokenDraft> m_draft;

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeRegistryServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<RegistryClient>(&m_nam, m_server->baseUrl(), m_clock);
        m_client->setDelayTimer(&m_delays);
        m_client->setAuthToken(SecretBuffer(QByteArrayView("session-secret")));
        m_store = std::make_unique<InMemorySecretStore>();
        m_service = std::make_unique<TokenCreationService>(m_client.get(), m_store.get(), kAccount);
        m_draft = std::make_unique<TokenDraft>(m_clock);
        m_draft->setPurpose(TokenDraft::Purpose::PublishFromComputer);
        m_draft->setName(QStringLiteral("laptop-publish"));
        m_draft->setScopes({QStringLiteral("@acme")});
        m_draft->setPackages({QStringLiteral("left-pad")});
        m_draft->setCidrRanges({QStringLiteral("10.0.0.0/8")});
    }

    void createsStoresAndReturnsTheSecret()
    {
        m_server->setHandler([](const FakeRegistryServer::Request &r) {
            return FakeRegistryServer::tokenCreated(r);
        });
        QSignalSpy created(m_service.get(), &TokenCreationService::tokenCreated);
        auto result = createAndWait(*m_service, *m_draft, nullptr);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        const TokenCreation &creation = result.value();
        QCOMPARE(creation.secret.reveal(), kCreatedSecret);
        QCOMPARE(creation.token.key, kKey);
        QCOMPARE(creation.token.accountId, kAccount);
        QCOMPARE(creation.keychainKey, SecretStore::tokenKey(kAccount, kKey));
        QVERIFY(creation.storedInKeychain());
        QVERIFY(creation.storageWarning().isEmpty());
        QVERIFY(m_store->contains(creation.keychainKey));
        QCOMPARE(created.size(), 1);

        // What went out is exactly the draft.
        QCOMPARE(m_server->requests().size(), 1);
        const auto &request = m_server->requests().constFirst();
        QCOMPARE(request.target, QByteArray("/-/npm/v1/tokens"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(QLatin1String("name")).toString(), QStringLiteral("laptop-publish"));
        QCOMPARE(body.value(QLatin1String("password")).toString(), QStringLiteral("hunter2"));
        QCOMPARE(body.value(QLatin1String("expires")).toInt(), 7);
        QCOMPARE(body.value(QLatin1String("scopes")).toArray().first().toString(),
                 QStringLiteral("@acme"));
        QCOMPARE(body.value(QLatin1String("packages")).toArray().first().toString(),
                 QStringLiteral("left-pad"));
        QCOMPARE(body.value(QLatin1String("packages_and_scopes_permission")).toString(),
                 QStringLiteral("read-write"));
        QVERIFY(!body.contains(QLatin1String("orgs_permission")));
        QCOMPARE(body.value(QLatin1String("cidr_whitelist")).toArray().first().toString(),
                 QStringLiteral("10.0.0.0/8"));
    }

    void otpCodeChallengeIsAnsweredThroughThePrompt()
    {
        m_server->setHandler([](const FakeRegistryServer::Request &r) {
            if (r.header("npm-otp") != "123456")
                return Reply::json(401, R"({"error":"otp"})", {{"www-authenticate", "OTP"}});
            return FakeRegistryServer::tokenCreated(r);
        });
        ScriptedPrompt prompt;
        prompt.code = "123456";
        auto result = createAndWait(*m_service, *m_draft, &prompt);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QCOMPARE(prompt.codeRequests, 1);
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().constFirst().header("npm-auth-type"), QByteArray("legacy"));
        QVERIFY(m_store->contains(result.value().keychainKey));
    }

    void webApprovalIsPolledThenCreates()
    {
        const QByteArray base = m_server->baseUrl().toString().toUtf8();
        m_server->setHandler([base](const FakeRegistryServer::Request &r) {
            if (r.target.startsWith("/-/v1/done"))
                return Reply::json(200, R"({"token":"web-otp-1"})");
            if (r.header("npm-otp") == "web-otp-1")
                return FakeRegistryServer::tokenCreated(r);
            return Reply::json(401,
                               "{\"authUrl\":\"" + base + "auth/cli/7\",\"doneUrl\":\"" + base
                                   + "-/v1/done?authId=7\"}",
                               {{"www-authenticate", "OTP"}});
        });
        ScriptedPrompt prompt;
        auto result = createAndWait(*m_service, *m_draft, &prompt, RegistryClient::AuthType::Web);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QCOMPARE(prompt.pages.size(), 1);
        QCOMPARE(prompt.pages.constFirst().path(), QStringLiteral("/auth/cli/7"));
        QCOMPARE(m_server->requests().constFirst().header("npm-auth-type"), QByteArray("web"));
    }

    void registryRefusalLeavesNothingBehind_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("session gone")
            << 401 << QByteArray(R"({"error":"unauthorized"})") << ErrorCode::ENEEDAUTH;
        QTest::newRow("policy")
            << 400
            << QByteArray(
                   R"({"error":"Token expiration for write tokens must be 90 days or less"})")
            << ErrorCode::InvalidInput;
        QTest::newRow("server") << 500 << QByteArray(R"({"error":"boom"})")
                                << ErrorCode::ServerError;
    }

    void registryRefusalLeavesNothingBehind()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ErrorCode, code);
        m_server->setHandler([=](const auto &) { return Reply::json(status, body); });
        QSignalSpy created(m_service.get(), &TokenCreationService::tokenCreated);
        auto result = createAndWait(*m_service, *m_draft, nullptr);
        QVERIFY(!result.ok());
        if (code != ErrorCode::InvalidInput) // 400's exact mapping belongs to the registry module
            QCOMPARE(result.error().code, code);
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(m_store->size(), 0);
        QCOMPARE(created.size(), 0);
        QVERIFY(!m_service->isBusy());
    }

    // The registry made the token but its answer never arrived whole: the create is not sent
    // again, the token is found by name and time and revoked, and the error says exactly that.
    void lostAnswerRevokesTheTokenItMade_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        using Mode = Reply::Mode;
        QTest::newRow("reset after send") << int(Mode::Reset) << 201 << QByteArray();
        QTest::newRow("half a body") << int(Mode::Truncated) << 201 << QByteArray();
        QTest::newRow("stalled") << int(Mode::Hang) << 201 << QByteArray();
        QTest::newRow("broken json") << int(Mode::Normal) << 201 << QByteArray("{\"token\":\"npm_");
        QTest::newRow("empty body") << int(Mode::Normal) << 201 << QByteArray();
        QTest::newRow("gateway timeout") << int(Mode::Normal) << 504 << QByteArray("{}");
    }

    void lostAnswerRevokesTheTokenItMade()
    {
        QFETCH(int, mode);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        TransportOptions options;
        options.timeout = std::chrono::milliseconds(400);
        m_client->setTransportOptions(options);
        const QString created = m_clock.now().addSecs(2).toString(Qt::ISODateWithMs);
        m_server->setHandler([=](const FakeRegistryServer::Request &r) {
            if (r.method == "POST") {
                Reply reply = FakeRegistryServer::tokenCreated(r);
                reply.mode = Reply::Mode(mode);
                reply.status = status;
                if (Reply::Mode(mode) == Reply::Mode::Normal)
                    reply.body = body;
                return reply;
            }
            if (r.method == "DELETE")
                return Reply::json(200, "{}");
            const QJsonObject entry{{QStringLiteral("key"), kKey},
                                    {QStringLiteral("token"), QStringLiteral("npm_Crea...6789")},
                                    {QStringLiteral("name"), QStringLiteral("laptop-publish")},
                                    {QStringLiteral("created"), created},
                                    {QStringLiteral("revoked"), QJsonValue()}};
            return Reply::json(
                200,
                QJsonDocument(QJsonObject{{QStringLiteral("objects"), QJsonArray{entry}}})
                    .toJson(QJsonDocument::Compact));
        });
        QSignalSpy created_(m_service.get(), &TokenCreationService::tokenCreated);
        auto result = createAndWait(*m_service, *m_draft, nullptr);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.startsWith(
                     QStringLiteral("The registry created token 'laptop-publish' but its answer "
                                    "was lost; TokenDesk revoked it (id ")
                     + kKey),
                 qPrintable(result.error().oneLine()));
        QCOMPARE(result.error().hint, QStringLiteral("Create it again."));
        QStringList sent;
        for (const auto &r : m_server->requests())
            sent.append(QString::fromLatin1(r.method + ' ' + r.target));
        QCOMPARE(sent,
                 (QStringList{QStringLiteral("POST /-/npm/v1/tokens"),
                              QStringLiteral("GET /-/npm/v1/tokens?perPage=1000"),
                              QStringLiteral("DELETE /-/npm/v1/tokens/token/") + kKey}));
        QCOMPARE(m_store->size(), 0);
        QCOMPARE(created_.size(), 0);
        QVERIFY(!m_service->isBusy());
    }

    void keychainFailureKeepsTheTokenAndRetryStores()
    {
        m_server->setHandler([](const FakeRegistryServer::Request &r) {
            return FakeRegistryServer::tokenCreated(r);
        });
        m_store->setFailure(
            makeError(ErrorCode::KeychainLocked, QStringLiteral("the keychain is locked")));
        auto result = createAndWait(*m_service, *m_draft, nullptr);
        QVERIFY2(result.ok(), "a created token must come back even when the keychain refuses");
        TokenCreation creation = std::move(result).value();
        QVERIFY(!creation.storedInKeychain());
        QCOMPARE(creation.storeError->code, ErrorCode::KeychainLocked);
        QCOMPARE(creation.secret.reveal(), kCreatedSecret);
        QVERIFY(creation.storageWarning().contains(QLatin1String("the keychain is locked")));
        QVERIFY(creation.storageWarning().contains(QLatin1String("Copy it now")));
        QCOMPARE(m_store->size(), 0);

        // Still locked: the retry reports it and keeps the warning.
        QObject context;
        std::optional<Result<void>> retried;
        m_service->retryStore(creation, &context,
                              [&](Result<void> r) { retried.emplace(std::move(r)); });
        QVERIFY(QTest::qWaitFor([&] { return retried.has_value(); }));
        QVERIFY(!retried->ok());
        QVERIFY(!creation.storedInKeychain());

        // Unlocked: the retry stores it and clears the warning.
        m_store->setFailure(std::nullopt);
        retried.reset();
        m_service->retryStore(creation, &context,
                              [&](Result<void> r) { retried.emplace(std::move(r)); });
        QVERIFY(QTest::qWaitFor([&] { return retried.has_value(); }));
        QVERIFY(retried->ok());
        QVERIFY(creation.storedInKeychain());
        QVERIFY(m_store->contains(SecretStore::tokenKey(kAccount, kKey)));
        QCOMPARE(m_server->requests().size(), 1); // never a second token
    }

    void invalidDraftOrMissingPasswordSendsNothing()
    {
        m_server->setHandler([](const FakeRegistryServer::Request &r) {
            return FakeRegistryServer::tokenCreated(r);
        });
        m_draft->setName(QString());
        auto result = createAndWait(*m_service, *m_draft, nullptr);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QCOMPARE(result.error().message, m_draft->firstMessage(TokenDraft::Field::Name));

        m_draft->setName(QStringLiteral("ok-name"));
        std::optional<Result<TokenCreation>> noPassword;
        m_service->create(*m_draft, SecretBuffer(), nullptr, RegistryClient::AuthType::Web, nullptr,
                          [&](Result<TokenCreation> r) { noPassword.emplace(std::move(r)); });
        QVERIFY(noPassword.has_value() && !noPassword->ok());
        QVERIFY(noPassword->error().message.contains(QLatin1String("password")));
        QVERIFY(m_server->requests().isEmpty());
    }

    void requestCarriesOnlyTheGrantsNamed_data()
    {
        QTest::addColumn<int>("purpose");
        QTest::addColumn<bool>("withOrg");
        QTest::addColumn<bool>("expectBypass");
        QTest::addColumn<int>("expectDays");
        QTest::newRow("ci publish")
            << int(TokenDraft::Purpose::PublishFromCi) << false << false << 90;
        QTest::newRow("ci install + org")
            << int(TokenDraft::Purpose::InstallPrivateInCi) << true << false << 90;
        QTest::newRow("custom") << int(TokenDraft::Purpose::Custom) << false << false << 30;
    }

    void requestCarriesOnlyTheGrantsNamed()
    {
        QFETCH(int, purpose);
        QFETCH(bool, withOrg);
        QFETCH(bool, expectBypass);
        QFETCH(int, expectDays);
        TokenDraft draft(m_clock);
        draft.setPurpose(TokenDraft::Purpose(purpose));
        draft.setName(QStringLiteral("n"));
        draft.setScopes({QStringLiteral("acme")});
        if (withOrg) {
            draft.setOrgs({QStringLiteral("acme")});
            draft.setOrgsPermission(Permission::ReadOnly);
        }
        const TokenCreateRequest request = tokenRequestFromDraft(draft);
        QCOMPARE(request.scopes, QStringList{QStringLiteral("@acme")});
        QCOMPARE(request.bypass2fa, expectBypass);
        QCOMPARE(request.expiresDays, std::optional<int>(expectDays));
        QCOMPARE(request.sentPackagesPermission(),
                 std::optional<Permission>(draft.packagesPermission()));
        QCOMPARE(request.sentOrgsPermission().has_value(), withOrg);
        QVERIFY(!request.allPackages);
    }
};

QTEST_GUILESS_MAIN(TestTokenCreationService)
#include "tst_tokencreationservice.moc"
