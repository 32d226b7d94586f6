// SPDX-License-Identifier: GPL-3.0-or-later
// GitHubSecretClient against the sandbox's GitHub emulation over loopback. The emulation keeps
// each store's private key and unseals what it receives, so "check says equal" proves the sealing
// as well as the request. Also: the permission GitHub names on a 403, a dead credential, a key_id
// that no longer matches, organization visibility kept, and nothing sent to another origin.
#include "CiSandboxFixture.h"
#include "FakeRegistryServer.h"
#include "LogCapture.h"
#include "core/cisecrets/GitHubSecretClient.h"

#include <QJsonArray>

using namespace td;
using namespace td::test;

namespace {

CiSecretTarget target(CiStoreKind kind, const QString &name = QStringLiteral("NPM_TOKEN"))
{
    CiSecretTarget t;
    t.kind = kind;
    t.host = QStringLiteral("github.com");
    t.owner = QStringLiteral("acme");
    if (kind != CiStoreKind::GitHubOrganization)
        t.repo = QStringLiteral("widgets");
    if (kind == CiStoreKind::GitHubEnvironment)
        t.scope = QStringLiteral("production");
    t.name = name;
    return t;
}

} // namespace

class TestGitHubSecretClient : public QObject
{
    Q_OBJECT

    CiSandbox m_ci;

    std::unique_ptr<CiSecretClient> client(const QByteArray &token)
    {
        CiAccount account;
        account.provider = CiProvider::GitHub;
        account.host = QStringLiteral("github.com");
        account.apiBase = m_ci.gitHubApi();
        return makeCiSecretClient(account, secret(token), m_ci.services());
    }

    std::unique_ptr<CiSecretClient> demoClient()
    {
        return client("ghp_sandboxMaintainerAllSecrets000000000");
    }

private Q_SLOTS:
    void init() { QVERIFY(m_ci.start()); }
    void cleanup() { m_ci.sandbox.reset(); }

    void whoamiNamesTheLogin()
    {
        auto c = demoClient();
        QVERIFY(c);
        QCOMPARE(c->provider(), CiProvider::GitHub);
        TD_AWAIT_OK(login, QString, [&](auto done) { c->whoami(done); });
        QCOMPARE(login, QStringLiteral("maintainer"));
    }

    void pushSealsVerifiesAndTheStoreHoldsTheValue_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("repository") << int(CiStoreKind::GitHubRepository);
        QTest::newRow("environment") << int(CiStoreKind::GitHubEnvironment);
        QTest::newRow("organization") << int(CiStoreKind::GitHubOrganization);
    }

    void pushSealsVerifiesAndTheStoreHoldsTheValue()
    {
        QFETCH(int, kind);
        const CiSecretTarget t = target(CiStoreKind(kind));
        auto c = demoClient();

        TD_AWAIT_OK(before, CiSecretState, [&](auto done) { c->describe(t, done); });
        QVERIFY(!before.exists);

        const QDateTime pushedAt = QDateTime::currentDateTimeUtc();
        const QByteArray value = "npm_NewTokenForCi0123456789abcdefghijkl";
        TD_AWAIT_OK(after, CiSecretState, [&](auto done) { c->push(t, secret(value), done); });
        QVERIFY(after.exists);
        QVERIFY(after.updatedAt.isValid());

        const QJsonObject check = m_ci.check(t.id(), QString::fromLatin1(value));
        QCOMPARE(check.value(QLatin1String("exists")).toBool(), true);
        QCOMPARE(check.value(QLatin1String("equal")).toBool(), true);
        QCOMPARE(check.value(QLatin1String("writes")).toInt(), 1);
        QCOMPARE(m_ci.check(t.id(), QStringLiteral("npm_other")).value(QLatin1String("equal")),
                 QJsonValue(false));

        TD_AWAIT_OK(verified, bool,
                    [&](auto done) { c->verify(t, secret(value), pushedAt, done); });
        QVERIFY(verified);
        // A push long after this one's write is not verified by it.
        TD_AWAIT_OK(stale, bool,
                    [&](auto done) { c->verify(t, secret(value), pushedAt.addSecs(60), done); });
        QVERIFY(!stale);

        // A second push updates (204) the same secret.
        TD_AWAIT_OK(again, CiSecretState,
                    [&](auto done) { c->push(t, secret("npm_second"), done); });
        QVERIFY(again.exists);
        const QJsonObject second = m_ci.check(t.id(), QStringLiteral("npm_second"));
        QCOMPARE(second.value(QLatin1String("equal")).toBool(), true);
        QCOMPARE(second.value(QLatin1String("writes")).toInt(), 2);
    }

    void neitherTheValueNorTheCredentialIsLogged()
    {
        // Everything a user's terminal would see at debug level while a push runs.
        LogCapture capture;
        const QByteArray value = "npm_LogCanaryValue0123456789abcdefghij";
        auto c = demoClient();
        TD_AWAIT_OK(state, CiSecretState, [&](auto done) {
            c->push(target(CiStoreKind::GitHubOrganization), secret(value), done);
        });
        QVERIFY(state.exists);
        QVERIFY2(capture.all().contains(QLatin1String("/-/ci/github/api")),
                 "the requests were not logged at all, so this test would prove nothing");
        QVERIFY(!capture.all().contains(QString::fromLatin1(value)));
        QVERIFY(!capture.all().contains(QLatin1String("ghp_sandboxMaintainerAllSecrets")));
    }

    void describeTellsAMissingStoreFromAMissingSecret()
    {
        auto c = demoClient();
        CiSecretTarget t = target(CiStoreKind::GitHubEnvironment);
        t.scope = QStringLiteral("staging");
        TD_AWAIT_ERROR(error, CiSecretState, [&](auto done) { c->describe(t, done); });
        QCOMPARE(error.code, ErrorCode::E404);
        QVERIFY2(error.message.contains(QLatin1String("environment staging")),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("acme/widgets")), qPrintable(error.message));
    }

    void aCredentialWithoutTheWritePermissionGetsTheGitHubWords_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("permission");
        QTest::addColumn<QString>("grant");
        QTest::newRow("repository")
            << int(CiStoreKind::GitHubRepository) << QStringLiteral("secrets=write")
            << QStringLiteral("Secrets read and write");
        QTest::newRow("environment")
            << int(CiStoreKind::GitHubEnvironment) << QStringLiteral("secrets=write")
            << QStringLiteral("Secrets read and write");
        QTest::newRow("organization")
            << int(CiStoreKind::GitHubOrganization) << QStringLiteral("organization_secrets=write")
            << QStringLiteral("Organization secrets read and write");
    }

    void aCredentialWithoutTheWritePermissionGetsTheGitHubWords()
    {
        QFETCH(int, kind);
        QFETCH(QString, permission);
        QFETCH(QString, grant);
        const CiSecretTarget t = target(CiStoreKind(kind));
        // The seeded read-only demo credential: it may read, not write.
        auto c = client("ghp_sandboxMaintainerReadOnly00000000000");
        TD_AWAIT_ERROR(error, CiSecretState, [&](auto done) { c->push(t, secret("npm_x"), done); });
        QCOMPARE(error.code, ErrorCode::E403);
        QCOMPARE(error.httpStatus, 403);
        QVERIFY2(error.message.contains(QStringLiteral("lacks the permission ") + permission),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(grant), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("tokendesk-cli ci login github")),
                 qPrintable(error.message));
        QCOMPARE(m_ci.check(t.id(), QStringLiteral("npm_x")).value(QLatin1String("exists")),
                 QJsonValue(false));
    }

    void anUnknownCredentialMeansSignInAgain()
    {
        auto c = client("ghp_revokedLongAgo000000000000000000000");
        TD_AWAIT_ERROR(error, QString, [&](auto done) { c->whoami(done); });
        QCOMPARE(error.code, ErrorCode::E401);
        QVERIFY2(error.hint.contains(QLatin1String("tokendesk-cli ci login github")),
                 qPrintable(error.hint));
        TD_AWAIT_ERROR(pushError, CiSecretState, [&](auto done) {
            c->push(target(CiStoreKind::GitHubRepository), secret("npm_x"), done);
        });
        QCOMPARE(pushError.code, ErrorCode::E401);
    }

    void aKeyIdThatNoLongerMatchesIsRefusedAndNothingIsStored()
    {
        const CiSecretTarget t = target(CiStoreKind::GitHubRepository);
        // The real key with a stale key_id, as if GitHub rotated the key between GET and PUT.
        const HttpReply key = httpCall(
            "GET",
            m_ci.url(QStringLiteral("/-/ci/github/api/repos/acme/widgets/actions/secrets/"
                                    "public-key")),
            {}, {{"authorization", "Bearer ghp_sandboxMaintainerAllSecrets000000000"}});
        QCOMPARE(key.status, 200);
        QJsonObject stale = key.json().object();
        stale.insert(QStringLiteral("key_id"), QStringLiteral("111111111111111111"));
        QVERIFY(m_ci.setFaults({QJsonObject{
            {QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("path"),
             QStringLiteral("/-/ci/github/api/repos/acme/widgets/actions/secrets/public-key")},
            {QStringLiteral("status"), 200},
            {QStringLiteral("body"), stale}}}));

        auto c = demoClient();
        TD_AWAIT_ERROR(error, CiSecretState, [&](auto done) { c->push(t, secret("npm_x"), done); });
        QCOMPARE(error.code, ErrorCode::E422);
        QVERIFY2(error.message.contains(QLatin1String("key_id 111111111111111111")),
                 qPrintable(error.message));
        QCOMPARE(m_ci.check(t.id(), QStringLiteral("npm_x")).value(QLatin1String("exists")),
                 QJsonValue(false));
    }

    void anOrganizationSecretKeepsItsVisibility()
    {
        const CiSecretTarget t = target(CiStoreKind::GitHubOrganization);
        auto c = demoClient();
        TD_AWAIT_OK(first, CiSecretState, [&](auto done) { c->push(t, secret("npm_one"), done); });
        auto *stored = m_ci.sandbox->context().ci.value(sandbox::CiState::canonicalId(t.id()));
        QVERIFY(stored);
        QCOMPARE(stored->attributes.value(QLatin1String("visibility")).toString(),
                 QStringLiteral("private")); // a new organization secret

        // Someone limited it to two repositories on github.com; a rotation must not widen it.
        stored->attributes = QJsonObject{
            {QStringLiteral("visibility"), QStringLiteral("selected")},
            {QStringLiteral("selected_repository_ids"), QJsonArray{1296269, 1296270}}};
        TD_AWAIT_OK(second, CiSecretState, [&](auto done) { c->push(t, secret("npm_two"), done); });
        stored = m_ci.sandbox->context().ci.value(sandbox::CiState::canonicalId(t.id()));
        QCOMPARE(stored->value, QByteArray("npm_two"));
        QCOMPARE(stored->attributes.value(QLatin1String("visibility")).toString(),
                 QStringLiteral("selected"));
        QCOMPARE(stored->attributes.value(QLatin1String("selected_repository_ids")).toArray(),
                 (QJsonArray{1296269, 1296270}));
    }

    void aRedirectToAnotherOriginCarriesNothingThere_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("the public key") << QStringLiteral("GET")
                                        << QStringLiteral("/-/ci/github/api/repos/acme/widgets/"
                                                          "actions/secrets/public-key");
        QTest::newRow("the sealed value")
            << QStringLiteral("PUT")
            << QStringLiteral("/-/ci/github/api/repos/acme/widgets/actions/secrets/NPM_TOKEN");
    }

    void aRedirectToAnotherOriginCarriesNothingThere()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        FakeRegistryServer elsewhere;
        QVERIFY(elsewhere.listen());
        elsewhere.setHandler([](const FakeRegistryServer::Request &) {
            return FakeRegistryServer::Reply::json(200, R"({"key_id":"1","key":"x"})");
        });
        QVERIFY(m_ci.setFaults({QJsonObject{
            {QStringLiteral("method"), method},
            {QStringLiteral("path"), path},
            {QStringLiteral("status"), 307},
            {QStringLiteral("redirect"), elsewhere.baseUrl().resolved(QUrl(path)).toString()}}}));

        auto c = demoClient();
        const CiSecretTarget t = target(CiStoreKind::GitHubRepository);
        TD_AWAIT_ERROR(error, CiSecretState,
                       [&](auto done) { c->push(t, secret("npm_secret_value"), done); });
        QCOMPARE(error.code, ErrorCode::Unsupported);
        QVERIFY2(error.message.contains(QLatin1String("does not send credentials")),
                 qPrintable(error.message));
        QCOMPARE(elsewhere.requests().size(), 0);
        QCOMPARE(
            m_ci.check(t.id(), QStringLiteral("npm_secret_value")).value(QLatin1String("exists")),
            QJsonValue(false));
    }

    void theFactoryAndTheDefaultApiBases()
    {
        QCOMPARE(ciDefaultApiBase(CiProvider::GitHub),
                 QUrl(QStringLiteral("https://api.github.com")));
        QCOMPARE(ciDefaultApiBase(CiProvider::GitLab),
                 QUrl(QStringLiteral("https://gitlab.com/api/v4")));
        QCOMPARE(ciDefaultApiBase(CiProvider::CircleCi),
                 QUrl(QStringLiteral("https://circleci.com/api/v2")));
        for (const CiProvider provider : {CiProvider::GitLab, CiProvider::CircleCi}) {
            CiAccount account;
            account.provider = provider;
            account.apiBase = ciDefaultApiBase(provider);
            // Without GitLab's and CircleCI's clients in the tree (helper cigitlab) there is none.
            const auto other = makeCiSecretClient(account, secret("x"), m_ci.services());
            if (other)
                QCOMPARE(other->provider(), provider);
        }
    }

    void aTargetOfAnotherProviderIsRefused()
    {
        CiSecretTarget t;
        t.kind = CiStoreKind::GitLabProject;
        t.host = QStringLiteral("gitlab.com");
        t.owner = QStringLiteral("group/proj");
        t.name = QStringLiteral("NPM_TOKEN");
        auto c = demoClient();
        TD_AWAIT_ERROR(error, CiSecretState, [&](auto done) { c->push(t, secret("npm_x"), done); });
        QCOMPARE(error.code, ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestGitHubSecretClient)
#include "tst_githubsecretclient.moc"
