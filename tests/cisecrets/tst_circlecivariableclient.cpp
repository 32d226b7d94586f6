// SPDX-License-Identifier: GPL-3.0-or-later
// CircleCiVariableClient against the sandbox over loopback (CiSandboxFixture): a project
// variable and a context variable (found by name, also past the first page of contexts) end up
// holding the pushed value (POST /-/sandbox/ci/check), verification by the masked last four, and
// the token, permission and not-found errors in the words the user acts on.
#include "CiSandboxFixture.h"
#include "LogCapture.h"
#include "core/cisecrets/CircleCiVariableClient.h"

using namespace td;
using namespace td::test;

namespace {

// The sandbox's demo personal token (app/sandbox/README.md §CI).
constexpr char kPersonalToken[] = "CCIPAT_sandboxMaintainer_000000000000000";
const QString kNeedsPersonalToken
    = QStringLiteral("CircleCI needs a personal API token (project tokens do not work on API v2)");

// The awaited result, or a Timeout error when the callback never came.
template<class T>
Result<T> settled(std::optional<Result<T>> result)
{
    return result ? std::move(*result)
                  : Result<T>(makeError(ErrorCode::Timeout, QStringLiteral("no answer")));
}

QString why(const auto &result)
{
    return result.ok() ? QString() : result.error().oneLine();
}

CiSecretTarget projectVariable(const QString &slug)
{
    CiSecretTarget target;
    target.kind = CiStoreKind::CircleCiProject;
    target.host = QStringLiteral("circleci.com");
    target.owner = slug;
    target.name = QStringLiteral("NPM_TOKEN");
    return target;
}

CiSecretTarget contextVariable(const QString &org, const QString &context)
{
    CiSecretTarget target;
    target.kind = CiStoreKind::CircleCiContext;
    target.host = QStringLiteral("circleci.com");
    target.owner = org;
    target.scope = context;
    target.name = QStringLiteral("NPM_TOKEN");
    return target;
}

} // namespace

class TestCircleCiVariableClient : public QObject
{
    Q_OBJECT

    CiSandbox m_ci;

    QUrl url(const QString &path) const { return m_ci.url(path); }

    QJsonObject check(const CiSecretTarget &target, const char *value)
    {
        return m_ci.check(target.id(), QString::fromLatin1(value));
    }

    std::unique_ptr<CiSecretClient> client(const QString &token
                                           = QString::fromLatin1(kPersonalToken))
    {
        CiAccount account;
        account.provider = CiProvider::CircleCi;
        account.host = QStringLiteral("circleci.com");
        account.apiBase = url(QStringLiteral("/-/ci/circleci/api/v2"));
        return makeCircleCiVariableClient(
            account, std::make_shared<const SecretBuffer>(SecretBuffer::fromString(token)),
            m_ci.services());
    }

    Result<CiSecretState> push(CiSecretClient &c, const CiSecretTarget &target, const char *value)
    {
        return settled(
            await<CiSecretState>([&](auto done) { c.push(target, secret(value), done); }));
    }

    Result<bool> verify(CiSecretClient &c, const CiSecretTarget &target, const char *value,
                        const QDateTime &pushedAt = {})
    {
        return settled(
            await<bool>([&](auto done) { c.verify(target, secret(value), pushedAt, done); }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_ci.start());
        // 12 more contexts of gh/acme than the demo's "release": the last ones are on page 2.
        for (int i = 1; i <= 12; ++i) {
            CiSecretTarget seeded
                = contextVariable(QStringLiteral("gh/acme"),
                                  QStringLiteral("deploy-%1").arg(i, 2, 10, QLatin1Char('0')));
            seeded.name = QStringLiteral("OTHER");
            QVERIFY(m_ci.seed(seeded.id(), QStringLiteral("unrelated")));
        }
    }

    void whoamiNamesTheTokensUser()
    {
        auto c = client();
        const auto who = settled(await<QString>([&](auto done) { c->whoami(done); }));
        QVERIFY2(who.ok(), qPrintable(why(who)));
        QCOMPARE(who.value(), QStringLiteral("maintainer"));
    }

    void makeCiSecretClientGivesThisClientForCircleCi()
    {
        const CiAccount account{CiProvider::CircleCi,
                                QStringLiteral("circleci.com"),
                                url(QStringLiteral("/-/ci/circleci/api/v2")),
                                {},
                                {}};
        auto c = makeCiSecretClient(account,
                                    std::make_shared<const SecretBuffer>(SecretBuffer::fromString(
                                        QString::fromLatin1(kPersonalToken))),
                                    m_ci.services());
        QVERIFY(c);
        QCOMPARE(c->provider(), CiProvider::CircleCi);
        const auto who = settled(await<QString>([&](auto done) { c->whoami(done); }));
        QVERIFY2(who.ok(), qPrintable(why(who)));
        QCOMPARE(who.value(), QStringLiteral("maintainer"));
    }

    void projectVariableIsPushedAndVerifiedByItsLastFour()
    {
        auto c = client();
        const CiSecretTarget target = projectVariable(QStringLiteral("gh/acme/widgets"));
        const auto before
            = settled(await<CiSecretState>([&](auto done) { c->describe(target, done); }));
        QVERIFY2(before.ok(), qPrintable(why(before)));
        QVERIFY(!before.value().exists);

        const auto pushed = push(*c, target, "npm_projectTokenAAAA1234");
        QVERIFY2(pushed.ok(), qPrintable(why(pushed)));
        QCOMPARE(pushed.value().lastFour, QStringLiteral("1234"));
        QCOMPARE(check(target, "npm_projectTokenAAAA1234").value(QLatin1String("equal")).toBool(),
                 true);

        const auto described
            = settled(await<CiSecretState>([&](auto done) { c->describe(target, done); }));
        QVERIFY2(described.ok(), qPrintable(why(described)));
        QVERIFY(described.value().exists);
        QCOMPARE(described.value().lastFour, QStringLiteral("1234"));
        QCOMPARE(verify(*c, target, "npm_projectTokenAAAA1234").value(), true);
        QCOMPARE(verify(*c, target, "npm_projectTokenBBBB5678").value(), false);

        QVERIFY(push(*c, target, "npm_projectTokenBBBB5678").ok());
        const QJsonObject held = check(target, "npm_projectTokenBBBB5678");
        QCOMPARE(held.value(QLatin1String("equal")).toBool(), true);
        QCOMPARE(held.value(QLatin1String("writes")).toInt(), 2);
    }

    void contextVariableIsFoundByContextName_data()
    {
        QTest::addColumn<QString>("context");
        // Listed by name: deploy-01 … deploy-10 fill the first page, deploy-11, deploy-12 and the
        // demo's release are on the second.
        QTest::newRow("first page") << QStringLiteral("deploy-01");
        QTest::newRow("second page") << QStringLiteral("release");
    }

    void contextVariableIsFoundByContextName()
    {
        QFETCH(QString, context);
        auto c = client();
        const CiSecretTarget target = contextVariable(QStringLiteral("gh/acme"), context);
        const QDateTime pushedAt = QDateTime::currentDateTimeUtc().addSecs(-1);
        const auto pushed = push(*c, target, "npm_contextTokenCCCC9012");
        QVERIFY2(pushed.ok(), qPrintable(why(pushed)));
        QCOMPARE(check(target, "npm_contextTokenCCCC9012").value(QLatin1String("equal")).toBool(),
                 true);

        const auto described
            = settled(await<CiSecretState>([&](auto done) { c->describe(target, done); }));
        QVERIFY2(described.ok(), qPrintable(why(described)));
        QVERIFY(described.value().exists);
        QCOMPARE(described.value().lastFour, QStringLiteral("9012"));
        const QDateTime sandboxTime = QDateTime::fromString(
            check(target, "npm_contextTokenCCCC9012").value(QLatin1String("updated_at")).toString(),
            Qt::ISODateWithMs);
        QCOMPARE(described.value().updatedAt.toSecsSinceEpoch(), sandboxTime.toSecsSinceEpoch());
        QCOMPARE(verify(*c, target, "npm_contextTokenCCCC9012", pushedAt).value(), true);
        QCOMPARE(verify(*c, target, "npm_contextTokenDDDD3456", pushedAt).value(), false);
    }

    void neitherTheValueNorTheTokenIsLogged()
    {
        LogCapture capture;
        auto c = client();
        const CiSecretTarget target
            = contextVariable(QStringLiteral("gh/acme"), QStringLiteral("release"));
        QVERIFY(push(*c, target, "npm_LogCanaryValue0123456789abcdef").ok());
        QCOMPARE(verify(*c, target, "npm_LogCanaryValue0123456789abcdef").value(), true);
        QVERIFY2(capture.all().contains(QLatin1String("/-/ci/circleci/api/v2")),
                 "the requests were not logged at all, so this test would prove nothing");
        QVERIFY(!capture.all().contains(QLatin1String("npm_LogCanaryValue")));
        QVERIFY(!capture.all().contains(QLatin1String(kPersonalToken)));
    }

    void serverTroubleIsAPlainError()
    {
        QVERIFY(m_ci.setFaults(QJsonArray{
            QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                        {QStringLiteral("path"), QStringLiteral("/-/ci/circleci/api/v2/context")},
                        {QStringLiteral("status"), 503},
                        {QStringLiteral("times"), 1}}}));
        auto c = client();
        const auto failed
            = push(*c, contextVariable(QStringLiteral("gh/acme"), QStringLiteral("release")),
                   "npm_duringAnOutage0001");
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, ErrorCode::ServerError);
    }

    void unknownContextIsNamed()
    {
        auto c = client();
        const auto missing
            = push(*c, contextVariable(QStringLiteral("gh/acme"), QStringLiteral("nope")),
                   "npm_contextTokenEEEE7890");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::E404);
        QVERIFY2(missing.error().message.contains(
                     QLatin1String("CircleCI has no context named nope in gh/acme")),
                 qPrintable(missing.error().message));
    }

    void unknownProjectIsNamed()
    {
        auto c = client();
        const auto missing = push(*c, projectVariable(QStringLiteral("gh/acme/nothing")),
                                  "npm_projectTokenFFFF1111");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::E404);
        QVERIFY2(missing.error().message.contains(QLatin1String("project gh/acme/nothing")),
                 qPrintable(missing.error().message));
    }

    void unknownTokenAsksForAPersonalToken()
    {
        auto c = client(QStringLiteral("a-project-token-0000"));
        const auto who = settled(await<QString>([&](auto done) { c->whoami(done); }));
        QVERIFY(!who.ok());
        QCOMPARE(who.error().code, ErrorCode::E401);
        QVERIFY2(who.error().message.contains(kNeedsPersonalToken),
                 qPrintable(who.error().message));
    }

    void tokenWithoutPermissionAsksForAPersonalToken()
    {
        const QString token = QString::fromUtf8(
            m_ci.credential(QStringLiteral("circleci"), QStringLiteral("viewer"), {}));
        QVERIFY(!token.isEmpty());
        auto c = client(token);
        const CiSecretTarget target = projectVariable(QStringLiteral("gh/acme/widgets"));
        const auto refused = push(*c, target, "npm_viewerTriedThis0000");
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::E403);
        QVERIFY2(refused.error().message.contains(kNeedsPersonalToken),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QLatin1String("project gh/acme/widgets")));
    }
};

QTEST_GUILESS_MAIN(TestCircleCiVariableClient)
#include "tst_circlecivariableclient.moc"
