// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's GitLab emulation in-process (README §CI): GET /user with either credential
// header, project and group variables with filter[environment_scope] (create, read back, update
// keeping the attributes it does not name, 409 for an ambiguous key), the checks in GitLab's order
// and bodies (401, 404 naming the project/group/variable, 403), the masked-value rule, and the
// OAuth device flow approved through the control API.
#include "InProcessSandbox.h"

#include "sandbox/ci/GitLabCiRoutes.h"

#include <QtTest>

using namespace td::sandbox;
using td::test::SandboxHeaders;
using td::test::SandboxReply;

namespace {

const QString kApi = QStringLiteral("/-/ci/gitlab/api/v4");
const QString kWidgets = kApi + QStringLiteral("/projects/acme%2Fwidgets/variables");

} // namespace

class SandboxCiGitLabTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;
    QString m_owner; // alice, Owner

    SandboxReply call(const QByteArray &method, const QString &target, const QJsonValue &body = {},
                      const QString &token = QString::fromLatin1(kGitLabDemoMaintainerToken))
    {
        return td::test::handleInProcess(*m_sandbox, method, target, body, token);
    }

    CiStoredValue *stored(const QString &path, const QString &scope, const QString &key,
                          const QString &kind = QStringLiteral("project"))
    {
        return m_sandbox->context().ci.value(
            CiState::makeId(QStringLiteral("gitlab"), kind, {path, scope, key}));
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<Sandbox>();
        m_owner = m_sandbox->context().ci.addCredential(
            QStringLiteral("gitlab"), QStringLiteral("alice"), {QStringLiteral("owner")});
    }

    void userAcceptsBothCredentialHeaders()
    {
        const SandboxReply bearer = call("GET", kApi + QStringLiteral("/user"));
        QCOMPARE(bearer.status, 200);
        QCOMPARE(bearer.json.value(QLatin1String("username")).toString(),
                 QStringLiteral("maintainer"));
        const SandboxReply privateToken = td::test::handleInProcess(
            *m_sandbox, "GET", kApi + QStringLiteral("/user"), {}, {},
            SandboxHeaders{{"private-token", kGitLabDemoReporterToken}});
        QCOMPARE(privateToken.status, 200);
        QCOMPARE(privateToken.json.value(QLatin1String("username")).toString(),
                 QStringLiteral("reporter"));
        const SandboxReply unknown
            = call("GET", kApi + QStringLiteral("/user"), {}, QStringLiteral("glpat-unknown"));
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.json.value(QLatin1String("message")).toString(),
                 QStringLiteral("401 Unauthorized"));
    }

    void createReadUpdateKeepsWhatTheUpdateDoesNotName()
    {
        const SandboxReply created
            = call("POST", kWidgets,
                   QJsonObject{{QStringLiteral("key"), QStringLiteral("NPM_TOKEN")},
                               {QStringLiteral("value"), QStringLiteral("npm_valueOne0001")},
                               {QStringLiteral("masked"), true},
                               {QStringLiteral("protected"), true}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.value(QLatin1String("environment_scope")).toString(),
                 QStringLiteral("*"));
        QCOMPARE(created.json.value(QLatin1String("value")).toString(),
                 QStringLiteral("npm_valueOne0001"));

        m_sandbox->context().state.advance(60);
        const QDateTime beforeWrite = m_sandbox->context().state.now();
        const SandboxReply updated
            = call("PUT", kWidgets + QStringLiteral("/NPM_TOKEN?filter%5Benvironment_scope%5D=*"),
                   QJsonObject{{QStringLiteral("value"), QStringLiteral("npm_valueTwo0002")}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json.value(QLatin1String("masked")).toBool(), true);
        QCOMPARE(updated.json.value(QLatin1String("protected")).toBool(), true);

        const SandboxReply read = call("GET", kWidgets + QStringLiteral("/NPM_TOKEN"));
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json.value(QLatin1String("value")).toString(),
                 QStringLiteral("npm_valueTwo0002"));
        const CiStoredValue *held = stored(QStringLiteral("acme/widgets"), QStringLiteral("*"),
                                           QStringLiteral("NPM_TOKEN"));
        QVERIFY(held);
        QCOMPARE(held->value, QByteArray("npm_valueTwo0002"));
        QCOMPARE(held->writes, 2);
        // The sandbox clock runs in real time, so the stamp lies between readings around the write.
        QVERIFY(beforeWrite <= held->updatedAt);
        QVERIFY(held->updatedAt <= m_sandbox->context().state.now());
        QCOMPARE(held->createdAt.secsTo(held->updatedAt), 60);

        const SandboxReply list = call("GET", kWidgets);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.array.size(), 1);
    }

    void environmentScopesKeepOneKeyApart()
    {
        for (const char *scope : {"production", "staging"})
            QCOMPARE(
                call("POST", kWidgets,
                     QJsonObject{{QStringLiteral("key"), QStringLiteral("NPM_TOKEN")},
                                 {QStringLiteral("value"),
                                  QString(QStringLiteral("npm_for_") + QLatin1String(scope))},
                                 {QStringLiteral("environment_scope"), QString::fromLatin1(scope)}})
                    .status,
                201);
        const SandboxReply ambiguous = call("GET", kWidgets + QStringLiteral("/NPM_TOKEN"));
        QCOMPARE(ambiguous.status, 409);
        QVERIFY(ambiguous.json.value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("filter[environment_scope]")));

        const SandboxReply staging = call(
            "GET", kWidgets + QStringLiteral("/NPM_TOKEN?filter%5Benvironment_scope%5D=staging"));
        QCOMPARE(staging.status, 200);
        QCOMPARE(staging.json.value(QLatin1String("value")).toString(),
                 QStringLiteral("npm_for_staging"));
        QCOMPARE(call("PUT",
                      kWidgets + QStringLiteral("/NPM_TOKEN?filter[environment_scope]=production"),
                      QJsonObject{{QStringLiteral("value"), QStringLiteral("npm_new_production")}})
                     .status,
                 200);
        QCOMPARE(stored(QStringLiteral("acme/widgets"), QStringLiteral("production"),
                        QStringLiteral("NPM_TOKEN"))
                     ->value,
                 QByteArray("npm_new_production"));
        QCOMPARE(stored(QStringLiteral("acme/widgets"), QStringLiteral("staging"),
                        QStringLiteral("NPM_TOKEN"))
                     ->writes,
                 1);
        const SandboxReply duplicate
            = call("POST", kWidgets,
                   QJsonObject{{QStringLiteral("key"), QStringLiteral("NPM_TOKEN")},
                               {QStringLiteral("value"), QStringLiteral("npm_again_staging")},
                               {QStringLiteral("environment_scope"), QStringLiteral("staging")}});
        QCOMPARE(duplicate.status, 400);
        QCOMPARE(duplicate.json.value(QLatin1String("message"))
                     .toObject()
                     .value(QLatin1String("key"))
                     .toArray()
                     .first()
                     .toString(),
                 QStringLiteral("(NPM_TOKEN) has already been taken"));
    }

    void answersInGitLabsOrder_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QString maintainer = QString::fromLatin1(kGitLabDemoMaintainerToken);
        const QString reporter = QString::fromLatin1(kGitLabDemoReporterToken);
        QTest::newRow("no token") << QByteArray("GET") << kWidgets << QString() << 401
                                  << QStringLiteral("401 Unauthorized");
        QTest::newRow("no such project")
            << QByteArray("GET") << kApi + QStringLiteral("/projects/acme%2Fnothing/variables")
            << maintainer << 404 << QStringLiteral("404 Project Not Found");
        QTest::newRow("no such group")
            << QByteArray("GET") << kApi + QStringLiteral("/groups/nothing/variables") << maintainer
            << 404 << QStringLiteral("404 Group Not Found");
        QTest::newRow("no such variable")
            << QByteArray("GET") << kWidgets + QStringLiteral("/NOPE") << maintainer << 404
            << QStringLiteral("404 Variable Not Found");
        QTest::newRow("update of no such variable")
            << QByteArray("PUT") << kWidgets + QStringLiteral("/NOPE") << maintainer << 404
            << QStringLiteral("404 Variable Not Found");
        QTest::newRow("reporter on project")
            << QByteArray("GET") << kWidgets << reporter << 403 << QStringLiteral("403 Forbidden");
        QTest::newRow("maintainer on group")
            << QByteArray("GET") << kApi + QStringLiteral("/groups/acme/variables") << maintainer
            << 403 << QStringLiteral("403 Forbidden");
    }

    void answersInGitLabsOrder()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, target);
        QFETCH(QString, token);
        QFETCH(int, status);
        QFETCH(QString, message);
        const SandboxReply reply = call(
            method, target, QJsonObject{{QStringLiteral("value"), QStringLiteral("x")}}, token);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json.value(QLatin1String("message")).toString(), message);
    }

    void groupVariablesNeedTheOwner()
    {
        const QString groups = kApi + QStringLiteral("/groups/acme/variables");
        const SandboxReply created
            = call("POST", groups,
                   QJsonObject{{QStringLiteral("key"), QStringLiteral("NPM_TOKEN")},
                               {QStringLiteral("value"), QStringLiteral("npm_groupValue01")}},
                   m_owner);
        QCOMPARE(created.status, 201);
        QCOMPARE(stored(QStringLiteral("acme"), QStringLiteral("*"), QStringLiteral("NPM_TOKEN"),
                        QStringLiteral("group"))
                     ->value,
                 QByteArray("npm_groupValue01"));
        QCOMPARE(call("GET", groups + QStringLiteral("/NPM_TOKEN"), {}, m_owner).status, 200);
    }

    void maskedValuesFollowGitLabsRule_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("status");
        QTest::newRow("npm token") << QStringLiteral("npm_abcdefgh12345678") << 201;
        QTest::newRow("seven characters") << QStringLiteral("npm_abc") << 400;
        QTest::newRow("a space") << QStringLiteral("npm_abc defgh") << 400;
        QTest::newRow("two lines") << QStringLiteral("npm_abcd\nefgh") << 400;
    }

    void maskedValuesFollowGitLabsRule()
    {
        QFETCH(QString, value);
        QFETCH(int, status);
        const SandboxReply reply
            = call("POST", kWidgets,
                   QJsonObject{{QStringLiteral("key"), QStringLiteral("MASKED")},
                               {QStringLiteral("value"), value},
                               {QStringLiteral("masked"), true}});
        QCOMPARE(reply.status, status);
        if (status == 400)
            QCOMPARE(reply.json.value(QLatin1String("message"))
                         .toObject()
                         .value(QLatin1String("value"))
                         .toArray()
                         .first()
                         .toString(),
                     QStringLiteral("is invalid"));
        // Unmasked, GitLab takes it.
        QCOMPARE(call("POST", kWidgets,
                      QJsonObject{{QStringLiteral("key"), QStringLiteral("PLAIN")},
                                  {QStringLiteral("value"), value}})
                     .status,
                 201);
    }

    void deviceFlowIssuesATokenOnceApproved()
    {
        Context &ctx = m_sandbox->context();
        const QJsonObject start{{QStringLiteral("client_id"), QStringLiteral("tokendesk")},
                                {QStringLiteral("scope"), QStringLiteral("api")}};
        const SandboxReply device
            = call("POST", QStringLiteral("/-/ci/gitlab/oauth/authorize_device"), start, {});
        QCOMPARE(device.status, 200);
        const QString deviceCode = device.json.value(QLatin1String("device_code")).toString();
        const QString userCode = device.json.value(QLatin1String("user_code")).toString();
        QVERIFY(!deviceCode.isEmpty() && !userCode.isEmpty());
        QVERIFY(device.json.value(QLatin1String("verification_uri"))
                    .toString()
                    .endsWith(QLatin1String("/-/ci/gitlab/oauth/device")));

        const QJsonObject poll{{QStringLiteral("grant_type"),
                                QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                               {QStringLiteral("client_id"), QStringLiteral("tokendesk")},
                               {QStringLiteral("device_code"), deviceCode}};
        const SandboxReply pending
            = call("POST", QStringLiteral("/-/ci/gitlab/oauth/token"), poll, {});
        QCOMPARE(pending.status, 400);
        QCOMPARE(pending.json.value(QLatin1String("error")).toString(),
                 QStringLiteral("authorization_pending"));

        QCOMPARE(call("POST", QStringLiteral("/-/sandbox/ci/device"),
                      QJsonObject{{QStringLiteral("provider"), QStringLiteral("gitlab")},
                                  {QStringLiteral("user_code"), userCode},
                                  {QStringLiteral("action"), QStringLiteral("approve")},
                                  {QStringLiteral("login"), QStringLiteral("carol")}},
                      {})
                     .status,
                 200);
        ctx.state.advance(6); // past the polling interval
        const SandboxReply issued
            = call("POST", QStringLiteral("/-/ci/gitlab/oauth/token"), poll, {});
        QCOMPARE(issued.status, 200);
        const QString token = issued.json.value(QLatin1String("access_token")).toString();
        QVERIFY(!token.isEmpty());
        const SandboxReply who = call("GET", kApi + QStringLiteral("/user"), {}, token);
        QCOMPARE(who.json.value(QLatin1String("username")).toString(), QStringLiteral("carol"));
        // Scope api: the approving user's Maintainer/Owner roles.
        QCOMPARE(call("GET", kApi + QStringLiteral("/groups/acme/variables"), {}, token).status,
                 200);

        ctx.state.advance(6);
        const SandboxReply again
            = call("POST", QStringLiteral("/-/ci/gitlab/oauth/token"), poll, {});
        QCOMPARE(again.status, 400);
        QCOMPARE(again.json.value(QLatin1String("error")).toString(),
                 QStringLiteral("invalid_grant"));
    }

    void deviceFlowExpiresOnTheSandboxClock()
    {
        const SandboxReply device
            = call("POST", QStringLiteral("/-/ci/gitlab/oauth/authorize_device"),
                   QJsonObject{{QStringLiteral("client_id"), QStringLiteral("td")}}, {});
        QCOMPARE(device.status, 200);
        m_sandbox->context().state.advance(device.json.value(QLatin1String("expires_in")).toInt()
                                           + 1);
        const SandboxReply expired
            = call("POST", QStringLiteral("/-/ci/gitlab/oauth/token"),
                   QJsonObject{{QStringLiteral("grant_type"),
                                QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                               {QStringLiteral("client_id"), QStringLiteral("td")},
                               {QStringLiteral("device_code"),
                                device.json.value(QLatin1String("device_code")).toString()}},
                   {});
        QCOMPARE(expired.status, 400);
        QCOMPARE(expired.json.value(QLatin1String("error")).toString(),
                 QStringLiteral("expired_token"));
    }
};

QTEST_GUILESS_MAIN(SandboxCiGitLabTest)
#include "tst_sandbox_ci_gitlab.moc"
