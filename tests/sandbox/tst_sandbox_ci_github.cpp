// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's GitHub Actions secrets emulation, on its own (requests straight into
// Sandbox::handle): status codes as GitHub gives them, unsealing with the store's private key
// (a box libsodium seals here opens there; anything else is a 422), the permission header on a
// 403, paging, timestamps from the sandbox clock, and the control API that tells a test what a
// store holds without ever showing a value.
#include "InProcessSandbox.h"
#include "sandbox/ci/CiState.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <sodium.h>

using namespace td;
using namespace td::sandbox;
using namespace td::test;

namespace {

const QString kApi = QStringLiteral("/-/ci/github/api");
const QString kRepo = QStringLiteral("/-/ci/github/api/repos/acme/widgets/actions/secrets");
const QString kEnv
    = QStringLiteral("/-/ci/github/api/repos/acme/widgets/environments/production/secrets");
const QString kOrg = QStringLiteral("/-/ci/github/api/orgs/acme/actions/secrets");
const QString kFull = QString::fromLatin1(kGitHubDemoToken);
const QString kReadOnly = QString::fromLatin1(kGitHubDemoReadOnlyToken);

QString seal(const QByteArray &value, const QByteArray &publicKey)
{
    QByteArray sealed(qsizetype(crypto_box_SEALBYTES) + value.size(), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()),
                    reinterpret_cast<const unsigned char *>(value.constData()),
                    static_cast<unsigned long long>(value.size()),
                    reinterpret_cast<const unsigned char *>(publicKey.constData()));
    return QString::fromLatin1(sealed.toBase64());
}

} // namespace

class TestSandboxCiGitHub : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;

    SandboxReply call(const QByteArray &method, const QString &target, const QJsonValue &body = {},
                      const QString &token = kFull)
    {
        return handleInProcess(*m_sandbox, method, target, body, token);
    }

    // {key_id, key (raw 32 bytes)} of a store.
    std::pair<QString, QByteArray> publicKey(const QString &store)
    {
        const SandboxReply r = call("GET", store + QStringLiteral("/public-key"));
        return {r.json.value(QLatin1String("key_id")).toString(),
                QByteArray::fromBase64(r.json.value(QLatin1String("key")).toString().toLatin1())};
    }

    SandboxReply put(const QString &store, const QString &name, const QByteArray &value,
                     QJsonObject extra = {}, const QString &token = kFull)
    {
        const auto [keyId, key] = publicKey(store);
        extra.insert(QStringLiteral("encrypted_value"), seal(value, key));
        if (!extra.contains(QStringLiteral("key_id")))
            extra.insert(QStringLiteral("key_id"), keyId);
        return call("PUT", store + QLatin1Char('/') + name, extra, token);
    }

    QJsonObject check(const QString &target, const QString &value)
    {
        return call("POST", QStringLiteral("/-/sandbox/ci/check"),
                    QJsonObject{{QStringLiteral("target"), target},
                                {QStringLiteral("value"), value}},
                    {})
            .json;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void init()
    {
        m_sandbox = std::make_unique<Sandbox>();
        QString error;
        QVERIFY(m_sandbox->loadSeed(QStringLiteral("demo"), &error));
    }

    void userAnswersForKnownCredentialsOnly()
    {
        const SandboxReply me = call("GET", kApi + QStringLiteral("/user"));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value(QLatin1String("login")).toString(), QStringLiteral("maintainer"));
        const SandboxReply anonymous = call("GET", kApi + QStringLiteral("/user"), {}, {});
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.json.value(QLatin1String("message")).toString(),
                 QStringLiteral("Bad credentials"));
        QCOMPARE(call("GET", kApi + QStringLiteral("/user"), {}, QStringLiteral("ghp_nope")).status,
                 401);
    }

    void eachStoreHasItsOwnStableKey()
    {
        const auto repo = publicKey(kRepo);
        QCOMPARE(repo.second.size(), qsizetype(crypto_box_PUBLICKEYBYTES));
        QVERIFY(!repo.first.isEmpty());
        QCOMPARE(publicKey(kRepo), repo);
        QVERIFY(publicKey(kEnv).second != repo.second);
        QVERIFY(publicKey(kOrg).second != repo.second);
    }

    void aSealedValueIsUnsealedAndStored_data()
    {
        QTest::addColumn<QString>("store");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QJsonObject>("extra");
        QTest::newRow("repository")
            << kRepo << QStringLiteral("github:repository:github.com:acme:widgets:NPM_TOKEN")
            << QJsonObject{};
        QTest::newRow("environment")
            << kEnv
            << QStringLiteral("github:environment:github.com:acme:widgets:production:NPM_TOKEN")
            << QJsonObject{};
        QTest::newRow("organization")
            << kOrg << QStringLiteral("github:organization:github.com:acme:NPM_TOKEN")
            << QJsonObject{{QStringLiteral("visibility"), QStringLiteral("all")}};
    }

    void aSealedValueIsUnsealedAndStored()
    {
        QFETCH(QString, store);
        QFETCH(QString, target);
        QFETCH(QJsonObject, extra);
        QCOMPARE(put(store, QStringLiteral("NPM_TOKEN"), "npm_first", extra).status, 201);
        QJsonObject c = check(target, QStringLiteral("npm_first"));
        QCOMPARE(c.value(QLatin1String("exists")).toBool(), true);
        QCOMPARE(c.value(QLatin1String("equal")).toBool(), true);
        QCOMPARE(c.value(QLatin1String("writes")).toInt(), 1);
        // Any host in the id: the sandbox stands in for whichever GitHub the client names.
        QString otherHost = target;
        otherHost.replace(QLatin1String(":github.com:"), QLatin1String(":ghe.example.org:"));
        QCOMPARE(check(otherHost, QStringLiteral("npm_first")).value(QLatin1String("equal")),
                 QJsonValue(true));

        m_sandbox->context().state.advance(3600);
        const SandboxReply second = put(store, QStringLiteral("NPM_TOKEN"), "npm_second", extra);
        QCOMPARE(second.status, 204);
        QVERIFY(second.raw.body.isEmpty());
        c = check(target, QStringLiteral("npm_second"));
        QCOMPARE(c.value(QLatin1String("equal")).toBool(), true);
        QCOMPARE(c.value(QLatin1String("writes")).toInt(), 2);
        QCOMPARE(check(target, QStringLiteral("npm_first")).value(QLatin1String("equal")),
                 QJsonValue(false));

        // GET names it with times from the sandbox clock (an hour apart), never its value.
        const SandboxReply got = call("GET", store + QStringLiteral("/NPM_TOKEN"));
        QCOMPARE(got.status, 200);
        const QDateTime created = QDateTime::fromString(
            got.json.value(QLatin1String("created_at")).toString(), Qt::ISODate);
        const QDateTime updated = QDateTime::fromString(
            got.json.value(QLatin1String("updated_at")).toString(), Qt::ISODate);
        QVERIFY(qAbs(created.secsTo(updated) - 3600) <= 1);
        QVERIFY(qAbs(updated.secsTo(m_sandbox->context().state.now())) <= 1);
        QVERIFY(!got.raw.body.contains("npm_second"));

        const SandboxReply state = call("GET", QStringLiteral("/-/sandbox/ci/state"), {}, {});
        QCOMPARE(state.status, 200);
        QVERIFY(state.raw.body.contains(target.toUtf8()));
        QVERIFY(!state.raw.body.contains("npm_second"));
    }

    void whatDoesNotOpenIsA422AndNothingIsStored_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("inMessage");
        unsigned char otherPublic[crypto_box_PUBLICKEYBYTES];
        unsigned char otherSecret[crypto_box_SECRETKEYBYTES];
        crypto_box_keypair(otherPublic, otherSecret);
        const QByteArray other(reinterpret_cast<const char *>(otherPublic), sizeof otherPublic);
        QTest::newRow("sealed for another key")
            << QJsonObject{{QStringLiteral("encrypted_value"), seal("npm_x", other)}}
            << QStringLiteral("does not open");
        QTest::newRow("not a sealed box")
            << QJsonObject{{QStringLiteral("encrypted_value"),
                            QString::fromLatin1(QByteArray("npm_plain").toBase64())}}
            << QStringLiteral("not a sealed box");
        QTest::newRow("no value") << QJsonObject{} << QStringLiteral("required");
    }

    void whatDoesNotOpenIsA422AndNothingIsStored()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, inMessage);
        body.insert(QStringLiteral("key_id"), publicKey(kRepo).first);
        const SandboxReply r = call("PUT", kRepo + QStringLiteral("/NPM_TOKEN"), body);
        QCOMPARE(r.status, 422);
        QVERIFY2(r.json.value(QLatin1String("message")).toString().contains(inMessage),
                 r.raw.body.constData());
        QCOMPARE(check(QStringLiteral("github:repository:github.com:acme:widgets:NPM_TOKEN"),
                       QStringLiteral("npm_x"))
                     .value(QLatin1String("exists")),
                 QJsonValue(false));
    }

    void aStaleKeyIdIsA422()
    {
        const SandboxReply r = put(kRepo, QStringLiteral("NPM_TOKEN"), "npm_x",
                                   {{QStringLiteral("key_id"), QStringLiteral("42")}});
        QCOMPARE(r.status, 422);
        QVERIFY(
            r.json.value(QLatin1String("message")).toString().contains(QLatin1String("key_id")));
    }

    void organizationSecretsNeedAVisibility()
    {
        QCOMPARE(put(kOrg, QStringLiteral("NPM_TOKEN"), "npm_x").status, 422);
        QCOMPARE(put(kOrg, QStringLiteral("NPM_TOKEN"), "npm_x",
                     {{QStringLiteral("visibility"), QStringLiteral("selected")},
                      {QStringLiteral("selected_repository_ids"), QJsonArray{7, 8}}})
                     .status,
                 201);
        const SandboxReply got = call("GET", kOrg + QStringLiteral("/NPM_TOKEN"));
        QCOMPARE(got.json.value(QLatin1String("visibility")).toString(),
                 QStringLiteral("selected"));
        const SandboxReply repos = call("GET", kOrg + QStringLiteral("/NPM_TOKEN/repositories"));
        QCOMPARE(repos.status, 200);
        QCOMPARE(repos.json.value(QLatin1String("total_count")).toInt(), 2);
    }

    void aMissingPermissionIsNamed_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("store");
        QTest::addColumn<QStringList>("permissions");
        QTest::addColumn<QByteArray>("accepted");
        QTest::newRow("repository write")
            << QByteArray("PUT") << kRepo << QStringList{QStringLiteral("secrets:read")}
            << QByteArray("secrets=write");
        QTest::newRow("environment write")
            << QByteArray("PUT") << kEnv << QStringList{QStringLiteral("secrets:read")}
            << QByteArray("secrets=write");
        QTest::newRow("organization write")
            << QByteArray("PUT") << kOrg << QStringList{QStringLiteral("secrets:write")}
            << QByteArray("organization_secrets=write");
        QTest::newRow("repository read")
            << QByteArray("GET") << kRepo
            << QStringList{QStringLiteral("organization_secrets:write")}
            << QByteArray("secrets=read");
    }

    void aMissingPermissionIsNamed()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, store);
        QFETCH(QStringList, permissions);
        QFETCH(QByteArray, accepted);
        const QString token
            = call("POST", QStringLiteral("/-/sandbox/ci/credentials"),
                   QJsonObject{
                       {QStringLiteral("provider"), QStringLiteral("github")},
                       {QStringLiteral("login"), QStringLiteral("bob")},
                       {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}},
                   {})
                  .json.value(QLatin1String("token"))
                  .toString();
        QVERIFY(token.startsWith(QLatin1String("ghp_")));
        QCOMPARE(call("GET", kApi + QStringLiteral("/user"), {}, token)
                     .json.value(QLatin1String("login"))
                     .toString(),
                 QStringLiteral("bob"));
        const SandboxReply r = method == "PUT"
            ? call("PUT", store + QStringLiteral("/NPM_TOKEN"),
                   QJsonObject{{QStringLiteral("encrypted_value"), QStringLiteral("AAAA")},
                               {QStringLiteral("key_id"), QStringLiteral("1")}},
                   token)
            : call("GET", store, {}, token);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.raw.header("x-accepted-github-permissions"), accepted);
    }

    void unknownStoresAndSecretsAre404()
    {
        QCOMPARE(call("GET", kRepo + QStringLiteral("/NPM_TOKEN")).status, 404);
        QCOMPARE(call("GET",
                      QStringLiteral("/-/ci/github/api/repos/acme/gadgets/actions/secrets/"
                                     "public-key"))
                     .status,
                 404);
        QCOMPARE(call("GET",
                      QStringLiteral("/-/ci/github/api/repos/acme/widgets/environments/"
                                     "staging/secrets/public-key"))
                     .status,
                 404);
        QCOMPARE(
            call("GET", QStringLiteral("/-/ci/github/api/orgs/umbrella/actions/secrets")).status,
            404);
        QCOMPARE(call("DELETE", kRepo + QStringLiteral("/NPM_TOKEN")).status, 404);
    }

    void listsPageLikeGitHub()
    {
        for (const char *name : {"A_TOKEN", "B_TOKEN", "C_TOKEN"})
            QCOMPARE(put(kRepo, QString::fromLatin1(name), "npm_x").status, 201);
        const SandboxReply first = call("GET", kRepo + QStringLiteral("?per_page=2"));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(QLatin1String("total_count")).toInt(), 3);
        QCOMPARE(first.json.value(QLatin1String("secrets")).toArray().size(), 2);
        QVERIFY2(first.raw.header("link").contains("page=2>; rel=\"next\""),
                 first.raw.header("link").constData());
        const SandboxReply second = call("GET", kRepo + QStringLiteral("?per_page=2&page=2"));
        QCOMPARE(second.json.value(QLatin1String("secrets")).toArray().size(), 1);
        QVERIFY(second.raw.header("link").isEmpty());
        QCOMPARE(call("DELETE", kRepo + QStringLiteral("/B_TOKEN")).status, 204);
        QCOMPARE(call("GET", kRepo).json.value(QLatin1String("total_count")).toInt(), 2);
    }

    void environmentsAreListed()
    {
        const SandboxReply r
            = call("GET", QStringLiteral("/-/ci/github/api/repos/acme/widgets/environments"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("environments"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("name")),
                 QJsonValue(QStringLiteral("production")));
    }

    void seedingCreatesTheStore()
    {
        const QString target
            = QStringLiteral("github:environment:github.com:umbrella:tools:release:NPM_TOKEN");
        QCOMPARE(call("POST", QStringLiteral("/-/sandbox/ci/secrets"),
                      QJsonObject{{QStringLiteral("target"), target},
                                  {QStringLiteral("value"), QStringLiteral("npm_seeded")}},
                      {})
                     .status,
                 201);
        QCOMPARE(call("GET",
                      QStringLiteral("/-/ci/github/api/repos/umbrella/tools/environments/"
                                     "release/secrets/NPM_TOKEN"))
                     .status,
                 200);
        QCOMPARE(call("GET",
                      QStringLiteral("/-/ci/github/api/repos/umbrella/tools/actions/"
                                     "secrets/public-key"))
                     .status,
                 200);
        QCOMPARE(check(target, QStringLiteral("npm_seeded")).value(QLatin1String("equal")),
                 QJsonValue(true));
        QCOMPARE(call("POST", QStringLiteral("/-/sandbox/ci/secrets"),
                      QJsonObject{{QStringLiteral("target"), QStringLiteral("nonsense")}}, {})
                     .status,
                 400);
    }

    void theControlApiAnswersLoopbackOnly()
    {
        HttpRequest r;
        r.method = "GET";
        r.target = "/-/sandbox/ci/state";
        r.path = QStringLiteral("/-/sandbox/ci/state");
        r.peer = QHostAddress(QStringLiteral("192.0.2.7"));
        QCOMPARE(m_sandbox->handle(r).status, 403);
    }

    void deviceApprovalNeedsAKnownPendingCode()
    {
        const SandboxReply code
            = call("POST", QStringLiteral("/-/ci/github/login/device/code"),
                   QJsonObject{{QStringLiteral("client_id"), QStringLiteral("Iv1.x")},
                               {QStringLiteral("scope"), QStringLiteral("repo")}},
                   {});
        QCOMPARE(code.status, 200);
        const QString userCode = code.json.value(QLatin1String("user_code")).toString();
        const auto answer = [this](const QString &userCodeToAnswer, const QString &action) {
            return call("POST", QStringLiteral("/-/sandbox/ci/device"),
                        QJsonObject{{QStringLiteral("provider"), QStringLiteral("github")},
                                    {QStringLiteral("user_code"), userCodeToAnswer},
                                    {QStringLiteral("action"), action}},
                        {})
                .status;
        };
        QCOMPARE(answer(QStringLiteral("ZZZZ-0000"), QStringLiteral("approve")), 404);
        QCOMPARE(answer(userCode, QStringLiteral("maybe")), 400);
        QCOMPARE(answer(userCode, QStringLiteral("deny")), 200);
        QCOMPARE(answer(userCode, QStringLiteral("approve")), 409);
        const SandboxReply poll
            = call("POST", QStringLiteral("/-/ci/github/login/oauth/access_token"),
                   QJsonObject{{QStringLiteral("client_id"), QStringLiteral("Iv1.x")},
                               {QStringLiteral("device_code"),
                                code.json.value(QLatin1String("device_code")).toString()},
                               {QStringLiteral("grant_type"),
                                QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")}},
                   {});
        QCOMPARE(poll.status, 200); // GitHub answers the flow's states with 200
        QCOMPARE(poll.json.value(QLatin1String("error")).toString(),
                 QStringLiteral("access_denied"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxCiGitHub)
#include "tst_sandbox_ci_github.moc"
