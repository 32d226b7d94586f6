// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12 items 1 and 5 through the real tokendesk-cli: the sandbox answers the revoke with a
// 307 to a second loopback server that records what it receives. The CLI must refuse to follow
// (one line naming both origins, exit 1), send that server nothing, and the token stays live.
#include "CliSandboxFixture.h"
#include "FakeRegistryServer.h"

using namespace td;
using namespace td::test;

namespace {
// Runs the CLI while this process keeps serving the recording server (waitForFinished would
// block its event loop).
CliRun runServing(const CliSandbox &env, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    env.start(p, args, input);
    CliRun r;
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000)) {
        p.kill();
        p.waitForFinished();
        r.err = "hung";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray originOf(const QUrl &url)
{
    return url.toString(QUrl::StripTrailingSlash | QUrl::RemovePath).toUtf8();
}
} // namespace

class TestCliRedirectE2e : public QObject
{
    Q_OBJECT

    std::unique_ptr<CliSandbox> m_env;
    FakeRegistryServer m_other;

    bool redirectTo(const QByteArray &method, const QString &path, int status)
    {
        const QJsonArray rules{
            QJsonObject{{QStringLiteral("method"), QString::fromLatin1(method)},
                        {QStringLiteral("path"), path},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("redirect"),
                         QString(m_other.baseUrl().toString() + QStringLiteral("moved"))}}};
        return httpCall("POST",
                        m_env->sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/faults"))),
                        QJsonDocument(rules).toJson(), {{"content-type", "application/json"}})
                   .status
            == 200;
    }

    void checkOneLineNamingBothOrigins(const CliRun &r)
    {
        QCOMPARE(r.exitCode, 1);
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QVERIFY2(lines.size() == 1 && lines.first().startsWith("tokendesk-cli: "),
                 r.err.constData());
        QVERIFY2(lines.first().contains(originOf(m_env->sandbox.url())), r.err.constData());
        QVERIFY2(lines.first().contains(originOf(m_other.baseUrl())), r.err.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QVERIFY(m_other.listen());
        m_other.setHandler([](const FakeRegistryServer::Request &) {
            return FakeRegistryServer::Reply::json(200, "{}");
        });
        m_env = std::make_unique<CliSandbox>();
        QVERIFY2(m_env->sandbox.start(), qPrintable(m_env->sandbox.errorString()));
        QVERIFY(!m_env->signIn().isEmpty());
    }

    void init() { m_other.clearRequests(); }

    void revokeRedirectedToAnotherOriginIsRefused_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("307") << 307;
        QTest::newRow("308") << 308;
        QTest::newRow("302") << 302;
    }

    void revokeRedirectedToAnotherOriginIsRefused()
    {
        QFETCH(int, status);
        const QString key = [this] {
            const HttpReply state = httpCall(
                "GET", m_env->sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/state"))));
            for (const QJsonValue &t :
                 state.json().object().value(QLatin1String("tokens")).toArray())
                if (t.toObject().value(QLatin1String("name")).toString()
                    == QLatin1String("laptop-publish"))
                    return t.toObject().value(QLatin1String("key")).toString();
            return QString();
        }();
        QVERIFY(!key.isEmpty());
        QVERIFY(redirectTo("DELETE", QStringLiteral("/-/npm/v1/tokens/token/*"), status));

        const CliRun r = runServing(*m_env,
                                    {QStringLiteral("token"), QStringLiteral("revoke"), key,
                                     QStringLiteral("--otp"), currentOtp()});

        QVERIFY2(!r.out.contains("Removed"), r.out.constData());
        checkOneLineNamingBothOrigins(r);
        QVERIFY2(m_other.requests().isEmpty(), "the other origin was contacted");
        QVERIFY(!m_env->stateToken(key).isEmpty());
        QVERIFY(!m_env->stateToken(key).contains(QLatin1String("revoked")));
    }

    void createRedirectedToAnotherOriginSendsNoPassword()
    {
        QVERIFY(redirectTo("POST", QStringLiteral("/-/npm/v1/tokens"), 307));

        const CliRun r = runServing(
            *m_env,
            {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--name"),
             QStringLiteral("redirected"), QStringLiteral("--packages-all"),
             QStringLiteral("--password-stdin"), QStringLiteral("--otp"), currentOtp()},
            kSandboxPassword + '\n');

        checkOneLineNamingBothOrigins(r);
        for (const auto &request : m_other.requests()) {
            QVERIFY(!request.body.contains(kSandboxPassword));
            QVERIFY(!request.hasHeader("authorization"));
        }
        QVERIFY2(m_other.requests().isEmpty(), "the other origin was contacted");
    }
};

QTEST_GUILESS_MAIN(TestCliRedirectE2e)
#include "tst_cli_redirect_e2e.moc"
