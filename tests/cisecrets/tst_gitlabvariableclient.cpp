// SPDX-License-Identifier: GPL-3.0-or-later
// GitLabVariableClient against the sandbox over loopback (CiSandboxFixture): what it pushes is
// what the sandbox holds (POST /-/sandbox/ci/check), one key in two environment scopes stays two
// variables, group variables, masked/protected kept by an update, and the permission, sign-in and
// not-found errors in the exact words the user acts on.
#include "CiSandboxFixture.h"
#include "LogCapture.h"
#include "core/cisecrets/GitLabVariableClient.h"

using namespace td;
using namespace td::test;

namespace {

// The sandbox's demo tokens (app/sandbox/README.md §CI).
constexpr char kReporterToken[] = "glpat-sandboxReporterOnly000000000";

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

CiSecretTarget variable(CiStoreKind kind, const QString &path, const QString &scope = {})
{
    CiSecretTarget target;
    target.kind = kind;
    target.host = QStringLiteral("gitlab.com");
    target.owner = path;
    target.scope = scope;
    target.name = QStringLiteral("NPM_TOKEN");
    return target;
}

} // namespace

class TestGitLabVariableClient : public QObject
{
    Q_OBJECT

    CiSandbox m_ci;
    QString m_ownerToken;      // alice: Owner (group and project variables)
    QString m_maintainerToken; // bob: Maintainer only

    QUrl url(const QString &path) const { return m_ci.url(path); }

    QString credential(const QString &login, const QStringList &permissions)
    {
        return QString::fromUtf8(m_ci.credential(QStringLiteral("gitlab"), login, permissions));
    }

    QJsonObject check(const CiSecretTarget &target, const char *value)
    {
        return m_ci.check(target.id(), QString::fromLatin1(value));
    }

    std::unique_ptr<CiSecretClient> client(const QString &token, const QString &login = {})
    {
        CiAccount account;
        account.provider = CiProvider::GitLab;
        account.host = QStringLiteral("gitlab.com");
        account.apiBase = url(QStringLiteral("/-/ci/gitlab/api/v4"));
        account.login = login;
        return makeGitLabVariableClient(
            account, std::make_shared<const SecretBuffer>(SecretBuffer::fromString(token)),
            m_ci.services());
    }

    Result<CiSecretState> push(CiSecretClient &c, const CiSecretTarget &target, const char *value)
    {
        return settled(
            await<CiSecretState>([&](auto done) { c.push(target, secret(value), done); }));
    }

    Result<bool> verify(CiSecretClient &c, const CiSecretTarget &target, const char *value)
    {
        return settled(
            await<bool>([&](auto done) { c.verify(target, secret(value), QDateTime(), done); }));
    }

    // The variable as the sandbox's API answers it (for masked/protected/raw).
    QJsonObject raw(const CiSecretTarget &target)
    {
        return httpCall("GET",
                        url(QStringLiteral("/-/ci/gitlab/api/v4/projects/%1/variables/NPM_TOKEN"
                                           "?filter%5Benvironment_scope%5D=%2")
                                .arg(QString::fromLatin1(QUrl::toPercentEncoding(target.owner)),
                                     target.scope.isEmpty() ? QStringLiteral("*") : target.scope)),
                        {}, {{"private-token", m_ownerToken.toUtf8()}})
            .json()
            .object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_ci.start());
        m_ownerToken = credential(QStringLiteral("alice"), {QStringLiteral("owner")});
        m_maintainerToken = credential(QStringLiteral("bob"), {QStringLiteral("maintainer")});
        QVERIFY(!m_ownerToken.isEmpty() && !m_maintainerToken.isEmpty());
        for (const char *path : {"acme/widgets", "acme/gadgets"})
            QVERIFY(m_ci.seed(variable(CiStoreKind::GitLabProject, QString::fromLatin1(path))
                                  .id()
                                  .replace(QLatin1String("NPM_TOKEN"), QLatin1String("OTHER")),
                              QStringLiteral("unrelated-value")));
    }

    void whoamiNamesTheTokensUser()
    {
        auto c = client(m_ownerToken);
        const auto who = settled(await<QString>([&](auto done) { c->whoami(done); }));
        QVERIFY2(who.ok(), qPrintable(why(who)));
        QCOMPARE(who.value(), QStringLiteral("alice"));
    }

    void makeCiSecretClientGivesThisClientForGitLab()
    {
        const CiAccount account{CiProvider::GitLab,
                                QStringLiteral("gitlab.com"),
                                url(QStringLiteral("/-/ci/gitlab/api/v4")),
                                {},
                                {}};
        auto c = makeCiSecretClient(
            account, std::make_shared<const SecretBuffer>(SecretBuffer::fromString(m_ownerToken)),
            m_ci.services());
        QVERIFY(c);
        QCOMPARE(c->provider(), CiProvider::GitLab);
        const auto who = settled(await<QString>([&](auto done) { c->whoami(done); }));
        QVERIFY2(who.ok(), qPrintable(why(who)));
        QCOMPARE(who.value(), QStringLiteral("alice"));
    }

    void pushCreatesThenUpdatesAndTheSandboxHoldsIt()
    {
        auto c = client(m_maintainerToken);
        const CiSecretTarget target
            = variable(CiStoreKind::GitLabProject, QStringLiteral("acme/widgets"));
        const auto before
            = settled(await<CiSecretState>([&](auto done) { c->describe(target, done); }));
        QVERIFY2(before.ok(), qPrintable(why(before)));
        QVERIFY(!before.value().exists);

        const auto created = push(*c, target, "npm_firstTokenValue0001");
        QVERIFY2(created.ok(), qPrintable(why(created)));
        QVERIFY(created.value().exists);
        QVERIFY(*created.value().value == *secret("npm_firstTokenValue0001"));
        QCOMPARE(check(target, "npm_firstTokenValue0001").value(QLatin1String("equal")).toBool(),
                 true);
        // Created masked (an npm token qualifies) and raw (never expanded).
        QCOMPARE(raw(target).value(QLatin1String("masked")).toBool(), true);
        QCOMPARE(raw(target).value(QLatin1String("raw")).toBool(), true);

        const auto updated = push(*c, target, "npm_secondTokenValue002");
        QVERIFY2(updated.ok(), qPrintable(why(updated)));
        const QJsonObject held = check(target, "npm_secondTokenValue002");
        QCOMPARE(held.value(QLatin1String("equal")).toBool(), true);
        QCOMPARE(held.value(QLatin1String("writes")).toInt(), 2);

        const auto good = verify(*c, target, "npm_secondTokenValue002");
        QVERIFY2(good.ok(), qPrintable(why(good)));
        QCOMPARE(good.value(), true);
        const auto stale = verify(*c, target, "npm_firstTokenValue0001");
        QVERIFY2(stale.ok(), qPrintable(why(stale)));
        QCOMPARE(stale.value(), false);
    }

    void neitherTheValueNorTheTokenIsLogged()
    {
        // Everything a user's terminal would see at debug level while a push, a read-back and a
        // verification run.
        LogCapture capture;
        auto c = client(m_maintainerToken);
        const CiSecretTarget target = variable(
            CiStoreKind::GitLabProject, QStringLiteral("acme/widgets"), QStringLiteral("logs"));
        QVERIFY(push(*c, target, "npm_LogCanaryValue0123456789abcdef").ok());
        QCOMPARE(verify(*c, target, "npm_LogCanaryValue0123456789abcdef").value(), true);
        QVERIFY2(capture.all().contains(QLatin1String("/-/ci/gitlab/api/v4")),
                 "the requests were not logged at all, so this test would prove nothing");
        QVERIFY(!capture.all().contains(QLatin1String("npm_LogCanaryValue")));
        QVERIFY(!capture.all().contains(m_maintainerToken));
    }

    void updateKeepsProtectedAndMasked()
    {
        auto c = client(m_maintainerToken);
        const CiSecretTarget target = variable(
            CiStoreKind::GitLabProject, QStringLiteral("acme/gadgets"), QStringLiteral("release"));
        QVERIFY2(push(*c, target, "npm_gadgetsTokenValue01").ok(), "first push");
        // Someone protects the variable in GitLab's settings.
        QCOMPARE(httpCall("PUT",
                          url(QStringLiteral("/-/ci/gitlab/api/v4/projects/acme%2Fgadgets/"
                                             "variables/NPM_TOKEN?filter%5Benvironment_scope%5D="
                                             "release")),
                          R"({"protected":true})",
                          {{"private-token", m_ownerToken.toUtf8()},
                           {"content-type", "application/json"}})
                     .status,
                 200);
        QVERIFY2(push(*c, target, "npm_gadgetsTokenValue02").ok(), "second push");
        const QJsonObject after = raw(target);
        QCOMPARE(after.value(QLatin1String("protected")).toBool(), true);
        QCOMPARE(after.value(QLatin1String("masked")).toBool(), true);
        QCOMPARE(after.value(QLatin1String("environment_scope")).toString(),
                 QStringLiteral("release"));
        QCOMPARE(check(target, "npm_gadgetsTokenValue02").value(QLatin1String("equal")).toBool(),
                 true);
    }

    void oneKeyInTwoEnvironmentScopesStaysTwoVariables()
    {
        auto c = client(m_maintainerToken);
        const CiSecretTarget production
            = variable(CiStoreKind::GitLabProject, QStringLiteral("acme/widgets"),
                       QStringLiteral("production"));
        const CiSecretTarget staging = variable(
            CiStoreKind::GitLabProject, QStringLiteral("acme/widgets"), QStringLiteral("staging"));
        QVERIFY(push(*c, production, "npm_productionValue0001").ok());
        QVERIFY(push(*c, staging, "npm_stagingValue0000001").ok());
        QVERIFY(push(*c, production, "npm_productionValue0002").ok());

        QCOMPARE(
            check(production, "npm_productionValue0002").value(QLatin1String("equal")).toBool(),
            true);
        QCOMPARE(check(staging, "npm_stagingValue0000001").value(QLatin1String("equal")).toBool(),
                 true);
        QCOMPARE(check(staging, "npm_stagingValue0000001").value(QLatin1String("writes")).toInt(),
                 1);
        QCOMPARE(verify(*c, staging, "npm_productionValue0002").value(), false);
        QCOMPARE(verify(*c, production, "npm_productionValue0002").value(), true);
    }

    void groupVariableNeedsTheOwnerRole()
    {
        const CiSecretTarget target = variable(CiStoreKind::GitLabGroup, QStringLiteral("acme"));
        auto owner = client(m_ownerToken);
        QVERIFY2(push(*owner, target, "npm_groupTokenValue0001").ok(), "owner push");
        QCOMPARE(check(target, "npm_groupTokenValue0001").value(QLatin1String("equal")).toBool(),
                 true);
        QCOMPARE(verify(*owner, target, "npm_groupTokenValue0001").value(), true);

        auto maintainer = client(m_maintainerToken, QStringLiteral("bob"));
        const auto refused = push(*maintainer, target, "npm_groupTokenValue0002");
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::E403);
        QVERIFY2(refused.error().message.contains(
                     QLatin1String("needs the Owner role on group acme (token scope api)")),
                 qPrintable(refused.error().message));
        QCOMPARE(check(target, "npm_groupTokenValue0001").value(QLatin1String("writes")).toInt(),
                 1);
    }

    void reporterIsToldToGetTheMaintainerRole()
    {
        auto c = client(QString::fromLatin1(kReporterToken));
        const auto refused
            = push(*c, variable(CiStoreKind::GitLabProject, QStringLiteral("acme/widgets")),
                   "npm_reporterTriedThis01");
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::E403);
        QVERIFY2(refused.error().message.contains(QLatin1String(
                     "needs the Maintainer role on project acme/widgets (token scope api)")),
                 qPrintable(refused.error().message));
    }

    void unknownTokenIsASignInError()
    {
        auto c = client(QStringLiteral("glpat-notAKnownToken000000"));
        const auto who = settled(await<QString>([&](auto done) { c->whoami(done); }));
        QVERIFY(!who.ok());
        QCOMPARE(who.error().code, ErrorCode::E401);
        QVERIFY(who.error().hint.contains(QLatin1String("tokendesk-cli ci login gitlab")));
    }

    void missingProjectIsNamed()
    {
        auto c = client(m_ownerToken);
        const auto missing = settled(await<CiSecretState>([&](auto done) {
            c->describe(variable(CiStoreKind::GitLabProject, QStringLiteral("acme/nothing")), done);
        }));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::E404);
        QVERIFY2(missing.error().message.contains(QLatin1String("project acme/nothing")),
                 qPrintable(missing.error().message));
    }

    void maskedValueRuleIsExplained()
    {
        auto c = client(m_maintainerToken);
        const CiSecretTarget target = variable(
            CiStoreKind::GitLabProject, QStringLiteral("acme/widgets"), QStringLiteral("masked"));
        QVERIFY(push(*c, target, "npm_maskedTokenValue001").ok()); // created masked
        const auto refused = push(*c, target, "has spaces in it");
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::E422);
        QVERIFY2(refused.error().message.contains(QLatin1String(
                     "a masked variable's value must be one line without spaces and at least 8 "
                     "characters")),
                 qPrintable(refused.error().message));
        QCOMPARE(check(target, "npm_maskedTokenValue001").value(QLatin1String("equal")).toBool(),
                 true);
    }

    void serverTroubleIsAPlainError()
    {
        QVERIFY(m_ci.setFaults(QJsonArray{
            QJsonObject{{QStringLiteral("method"), QStringLiteral("PUT")},
                        {QStringLiteral("path"), QStringLiteral("/-/ci/gitlab/api/v4/projects/*")},
                        {QStringLiteral("status"), 502},
                        {QStringLiteral("times"), 1}}}));
        auto c = client(m_maintainerToken);
        const CiSecretTarget target
            = variable(CiStoreKind::GitLabProject, QStringLiteral("acme/widgets"));
        const auto failed = push(*c, target, "npm_duringAnOutage0001");
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, ErrorCode::ServerError);
        QCOMPARE(check(target, "npm_duringAnOutage0001").value(QLatin1String("equal")).toBool(),
                 false);
        QVERIFY2(push(*c, target, "npm_afterTheOutage00001").ok(), "the next push goes through");
    }

    void maskableRule_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("maskable");
        QTest::newRow("npm token")
            << QByteArray("npm_abcdefghijklmnopqrstuvwxyz0123456789") << true;
        QTest::newRow("eight") << QByteArray("12345678") << true;
        QTest::newRow("seven") << QByteArray("1234567") << false;
        QTest::newRow("space") << QByteArray("npm_abc defgh") << false;
        QTest::newRow("newline") << QByteArray("npm_abcdefgh\n") << false;
    }

    void maskableRule()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, maskable);
        QCOMPARE(gitLabValueMaskable(SecretBuffer(value)), maskable);
    }
};

QTEST_GUILESS_MAIN(TestGitLabVariableClient)
#include "tst_gitlabvariableclient.moc"
