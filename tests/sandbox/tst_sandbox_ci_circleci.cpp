// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's CircleCI emulation in-process (README §CI): GET /me, project variables answered
// masked ("xxxx" + last four) while the sandbox keeps the plaintext, contexts of an owner slug and
// their variables paged by next_page_token, updated_at on the sandbox clock, and the 401/403/404
// bodies CircleCI sends.
#include "InProcessSandbox.h"

#include "sandbox/ci/CircleCiRoutes.h"
#include "sandbox/state/Model.h"

#include <QtTest>

using namespace td::sandbox;
using td::test::SandboxHeaders;
using td::test::SandboxReply;

namespace {

const QString kApi = QStringLiteral("/-/ci/circleci/api/v2");
const QString kEnvvar = kApi + QStringLiteral("/project/gh/acme/widgets/envvar");

} // namespace

class SandboxCiCircleCiTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;

    SandboxReply call(const QByteArray &method, const QString &target, const QJsonValue &body = {},
                      const QByteArray &token = kCircleCiDemoToken)
    {
        SandboxHeaders headers;
        if (!token.isEmpty())
            headers.append({"circle-token", token});
        return td::test::handleInProcess(*m_sandbox, method, target, body, {}, headers);
    }

    CiState &ci() { return m_sandbox->context().ci; }

    // The sandbox clock runs in real time (plus its offset), so a stamp is checked against the
    // clock readings taken just before and just after the write, not against a later reading.
    static bool stampedBetween(const QString &stamp, const QDateTime &before,
                               const QDateTime &after)
    {
        const QDateTime t = parseIso(stamp);
        return t.isValid() && before.addMSecs(-1) <= t && t <= after.addMSecs(1);
    }

    QString contextId(const QString &owner, const QString &name)
    {
        QString pageToken;
        for (int page = 0; page < 10; ++page) {
            const SandboxReply reply
                = call("GET",
                       kApi + QStringLiteral("/context?owner-slug=") + owner
                           + (pageToken.isEmpty() ? QString()
                                                  : QStringLiteral("&page-token=") + pageToken));
            for (const QJsonValue item : reply.json.value(QLatin1String("items")).toArray())
                if (item.toObject().value(QLatin1String("name")).toString() == name)
                    return item.toObject().value(QLatin1String("id")).toString();
            pageToken = reply.json.value(QLatin1String("next_page_token")).toString();
            if (pageToken.isEmpty())
                break;
        }
        return {};
    }

private Q_SLOTS:
    void init() { m_sandbox = std::make_unique<Sandbox>(); }

    void meNamesTheTokensUser()
    {
        const SandboxReply me = call("GET", kApi + QStringLiteral("/me"));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value(QLatin1String("login")).toString(), QStringLiteral("maintainer"));
        const SandboxReply unknown = call("GET", kApi + QStringLiteral("/me"), {}, "nope");
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.json.value(QLatin1String("message")).toString(),
                 QStringLiteral("You must log in first."));
        QCOMPARE(call("GET", kApi + QStringLiteral("/me"), {}, {}).status, 401);
    }

    void projectVariablesAreAnsweredMasked()
    {
        const SandboxReply created
            = call("POST", kEnvvar,
                   QJsonObject{{QStringLiteral("name"), QStringLiteral("NPM_TOKEN")},
                               {QStringLiteral("value"), QStringLiteral("npm_projectValue1234")}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.value(QLatin1String("value")).toString(), QStringLiteral("xxxx1234"));
        const QString id
            = CiState::makeId(QStringLiteral("circleci"), QStringLiteral("project"),
                              {QStringLiteral("gh/acme/widgets"), QStringLiteral("NPM_TOKEN")});
        QCOMPARE(ci().value(id)->value, QByteArray("npm_projectValue1234"));

        m_sandbox->context().state.advance(30);
        const QDateTime beforeWrite = m_sandbox->context().state.now();
        QCOMPARE(
            call("POST", kEnvvar,
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("NPM_TOKEN")},
                             {QStringLiteral("value"), QStringLiteral("npm_projectValue5678")}})
                .status,
            201);
        QCOMPARE(ci().value(id)->writes, 2);
        const SandboxReply read = call("GET", kEnvvar + QStringLiteral("/NPM_TOKEN"));
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json.value(QLatin1String("value")).toString(), QStringLiteral("xxxx5678"));
        const QDateTime afterWrite = m_sandbox->context().state.now();
        QVERIFY2(stampedBetween(read.json.value(QLatin1String("created_at")).toString(),
                                beforeWrite, afterWrite),
                 qPrintable(read.json.value(QLatin1String("created_at")).toString()));

        const SandboxReply list = call("GET", kEnvvar);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json.value(QLatin1String("items")).toArray().size(), 1);
        QVERIFY(list.json.value(QLatin1String("next_page_token")).isNull());
        QVERIFY(!list.raw.body.contains("npm_projectValue"));
    }

    void answersLikeCircleCi_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("no token") << QByteArray("GET") << kEnvvar << QByteArray() << 401
                                  << QStringLiteral("You must log in first.");
        QTest::newRow("no such project")
            << QByteArray("GET") << kApi + QStringLiteral("/project/gh/acme/nothing/envvar")
            << QByteArray(kCircleCiDemoToken) << 404 << QStringLiteral("Project not found");
        QTest::newRow("no such variable") << QByteArray("GET") << kEnvvar + QStringLiteral("/NOPE")
                                          << QByteArray(kCircleCiDemoToken) << 404
                                          << QStringLiteral("Environment variable not found.");
        QTest::newRow("no such context")
            << QByteArray("GET")
            << kApi
                + QStringLiteral(
                    "/context/00000000-0000-0000-0000-000000000000/environment-variable")
            << QByteArray(kCircleCiDemoToken) << 404 << QStringLiteral("Context not found");
        QTest::newRow("no owner") << QByteArray("GET") << kApi + QStringLiteral("/context")
                                  << QByteArray(kCircleCiDemoToken) << 400
                                  << QStringLiteral("Must provide either owner-id or owner-slug");
        QTest::newRow("bad page token")
            << QByteArray("GET") << kEnvvar + QStringLiteral("?page-token=%%%")
            << QByteArray(kCircleCiDemoToken) << 400 << QStringLiteral("Invalid page-token");
    }

    void answersLikeCircleCi()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, target);
        QFETCH(QByteArray, token);
        QFETCH(int, status);
        QFETCH(QString, message);
        const SandboxReply reply = call(method, target, {}, token);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json.value(QLatin1String("message")).toString(), message);
    }

    void tokenWithoutPermissionIsRefused()
    {
        const QByteArray viewer
            = ci().addCredential(QStringLiteral("circleci"), QStringLiteral("viewer"), {}).toUtf8();
        QCOMPARE(call("GET", kApi + QStringLiteral("/me"), {}, viewer).status, 200);
        const SandboxReply refused
            = call("POST", kEnvvar,
                   QJsonObject{{QStringLiteral("name"), QStringLiteral("NPM_TOKEN")},
                               {QStringLiteral("value"), QStringLiteral("npm_x")}},
                   viewer);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.json.value(QLatin1String("message")).toString(),
                 QStringLiteral("Permission denied"));
    }

    void contextsArePagedByNextPageToken()
    {
        for (int i = 1; i <= 12; ++i)
            ci().addStore(
                CiState::makeId(QStringLiteral("circleci"), QStringLiteral("context"),
                                {QStringLiteral("gh/acme"),
                                 QStringLiteral("deploy-%1").arg(i, 2, 10, QLatin1Char('0'))}));
        ci().addStore(CiState::makeId(QStringLiteral("circleci"), QStringLiteral("context"),
                                      {QStringLiteral("gh/other"), QStringLiteral("release")}));

        const SandboxReply first
            = call("GET", kApi + QStringLiteral("/context?owner-slug=gh/acme"));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(QLatin1String("items")).toArray().size(), kCircleCiPageSize);
        const QString next = first.json.value(QLatin1String("next_page_token")).toString();
        QVERIFY(!next.isEmpty());
        const SandboxReply second
            = call("GET", kApi + QStringLiteral("/context?owner-slug=gh/acme&page-token=") + next);
        QCOMPARE(second.status, 200);
        // 12 + the demo's "release" = 13 contexts of gh/acme; gh/other's are not listed.
        QCOMPARE(second.json.value(QLatin1String("items")).toArray().size(),
                 13 - kCircleCiPageSize);
        QVERIFY(second.json.value(QLatin1String("next_page_token")).isNull());
        QVERIFY(!contextId(QStringLiteral("gh/acme"), QStringLiteral("release")).isEmpty());
        QVERIFY(contextId(QStringLiteral("gh/acme"), QStringLiteral("release"))
                != contextId(QStringLiteral("gh/other"), QStringLiteral("release")));
    }

    void contextVariablesCarryUpdatedAtOnTheSandboxClock()
    {
        const QString id = contextId(QStringLiteral("gh/acme"), QStringLiteral("release"));
        QVERIFY(!id.isEmpty());
        const QString variable
            = kApi + QStringLiteral("/context/") + id + QStringLiteral("/environment-variable");
        const SandboxReply put
            = call("PUT", variable + QStringLiteral("/NPM_TOKEN"),
                   QJsonObject{{QStringLiteral("value"), QStringLiteral("npm_contextValue9012")}});
        QCOMPARE(put.status, 200);
        QCOMPARE(put.json.value(QLatin1String("variable")).toString(), QStringLiteral("NPM_TOKEN"));
        QCOMPARE(put.json.value(QLatin1String("context_id")).toString(), id);
        QCOMPARE(put.json.value(QLatin1String("truncated_value")).toString(),
                 QStringLiteral("xxxx9012"));

        m_sandbox->context().state.advance(3600);
        const QDateTime beforeWrite = m_sandbox->context().state.now();
        QCOMPARE(
            call("PUT", variable + QStringLiteral("/NPM_TOKEN"),
                 QJsonObject{{QStringLiteral("value"), QStringLiteral("npm_contextValue3456")}})
                .status,
            200);
        const SandboxReply list = call("GET", variable);
        QCOMPARE(list.status, 200);
        const QJsonArray items = list.json.value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject item = items.first().toObject();
        QVERIFY2(stampedBetween(item.value(QLatin1String("updated_at")).toString(), beforeWrite,
                                m_sandbox->context().state.now()),
                 qPrintable(item.value(QLatin1String("updated_at")).toString()));
        QCOMPARE(parseIso(item.value(QLatin1String("created_at")).toString())
                     .secsTo(parseIso(item.value(QLatin1String("updated_at")).toString())),
                 3600);
        QCOMPARE(item.value(QLatin1String("truncated_value")).toString(),
                 QStringLiteral("xxxx3456"));
        const QString stored = CiState::makeId(
            QStringLiteral("circleci"), QStringLiteral("context"),
            {QStringLiteral("gh/acme"), QStringLiteral("release"), QStringLiteral("NPM_TOKEN")});
        QCOMPARE(ci().value(stored)->value, QByteArray("npm_contextValue3456"));
        QCOMPARE(ci().value(stored)->writes, 2);
    }
};

QTEST_GUILESS_MAIN(SandboxCiCircleCiTest)
#include "tst_sandbox_ci_circleci.moc"
