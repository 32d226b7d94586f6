// SPDX-License-Identifier: GPL-3.0-or-later
// The OAuth device flow against the sandbox's GitHub emulation over loopback: approve, deny,
// slow_down (+5 s), expiry, a disabled device flow and a build without an OAuth app. Waits go
// through a DelayTimer that moves the sandbox clock instead of sleeping, so the whole flow takes
// milliseconds while the sandbox sees the intervals pass.
#include "CiSandboxFixture.h"
#include "core/cisecrets/CiDeviceFlow.h"
#include "core/cisecrets/GitHubSecretClient.h"
#include "core/registry/DelayTimer.h"
#include "core/util/Clock.h"

#include <QTimer>

using namespace td;
using namespace td::test;

namespace {

// The sandbox clock, for the flow's own expiry check.
class SandboxClock final : public Clock
{
public:
    explicit SandboxClock(sandbox::Sandbox *&sandbox) : m_sandbox(sandbox) { }
    QDateTime now() const override { return m_sandbox->context().state.now(); }

private:
    sandbox::Sandbox *&m_sandbox;
};

// Records each wait and, when `advance` is on, moves the sandbox clock by it before firing.
class SandboxDelay final : public DelayTimer
{
public:
    explicit SandboxDelay(sandbox::Sandbox *&sandbox) : m_sandbox(sandbox) { }
    void start(std::chrono::milliseconds delay, QObject *context,
               std::function<void()> fire) override
    {
        delays.append(std::chrono::duration_cast<std::chrono::seconds>(delay).count());
        if (advance)
            m_sandbox->context().state.advance(delay.count() / 1000);
        if (beforeFire)
            beforeFire(delays.size());
        QTimer::singleShot(0, context, std::move(fire));
    }
    QList<qint64> delays; // seconds
    bool advance = true;
    std::function<void(int waits)> beforeFire;

private:
    sandbox::Sandbox *&m_sandbox;
};

} // namespace

class TestCiDeviceFlow : public QObject
{
    Q_OBJECT

    CiSandbox m_ci;
    sandbox::Sandbox *m_sandbox = nullptr;
    SandboxClock m_clock{m_sandbox};
    std::unique_ptr<SandboxDelay> m_delay;
    CiDeviceCode m_code;

    std::unique_ptr<CiDeviceFlow> flow(const QString &scope = QStringLiteral("repo"))
    {
        const auto endpoints
            = gitHubDeviceEndpoints(m_ci.gitHubApi(), scope, QStringLiteral("Iv1.sandboxapp"));
        if (!endpoints)
            return nullptr;
        return std::make_unique<CiDeviceFlow>(
            CiProvider::GitHub, endpoints.value(),
            CiClientServices{&m_ci.nam, m_delay.get(), &m_clock, {}});
    }

    // Starts `f`, remembering the code it shows.
    std::optional<Result<SecretBuffer>> run(CiDeviceFlow &f)
    {
        return await<SecretBuffer>(
            [&](auto done) { f.start([this](const CiDeviceCode &code) { m_code = code; }, done); });
    }

    bool userAnswers(const QString &action, const QString &login = QStringLiteral("alice"))
    {
        int status = 0;
        m_ci.control("POST", QStringLiteral("/-/sandbox/ci/device"),
                     {{QStringLiteral("provider"), QStringLiteral("github")},
                      {QStringLiteral("user_code"), m_code.userCode},
                      {QStringLiteral("action"), action},
                      {QStringLiteral("login"), login}},
                     &status);
        return status == 200;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_ci.start());
        m_sandbox = m_ci.sandbox.get();
        m_delay = std::make_unique<SandboxDelay>(m_sandbox);
        m_code = {};
    }
    void cleanup() { m_ci.sandbox.reset(); }

    void webBaseOfAnApiBase_data()
    {
        QTest::addColumn<QUrl>("api");
        QTest::addColumn<QUrl>("web");
        QTest::newRow("github.com") << QUrl(QStringLiteral("https://api.github.com"))
                                    << QUrl(QStringLiteral("https://github.com"));
        QTest::newRow("GitHub Enterprise") << QUrl(QStringLiteral("https://ghe.example.org/api/v3"))
                                           << QUrl(QStringLiteral("https://ghe.example.org"));
        QTest::newRow("GitLab") << QUrl(QStringLiteral("https://gitlab.example.org/api/v4/"))
                                << QUrl(QStringLiteral("https://gitlab.example.org"));
        QTest::newRow("the sandbox")
            << QUrl(QStringLiteral("http://127.0.0.1:4873/-/ci/github/api"))
            << QUrl(QStringLiteral("http://127.0.0.1:4873/-/ci/github"));
    }

    void webBaseOfAnApiBase()
    {
        QFETCH(QUrl, api);
        QFETCH(QUrl, web);
        QCOMPARE(ciWebBase(api), web);
    }

    void approvedGivesAWorkingToken()
    {
        auto f = flow();
        QVERIFY(f);
        // The user approves while the flow is waiting for its second poll.
        m_delay->beforeFire = [this](int waits) {
            if (waits == 2)
                QVERIFY(userAnswers(QStringLiteral("approve")));
        };
        auto result = run(*f);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().oneLine()));
        QVERIFY(m_code.userCode.contains(QLatin1Char('-')));
        QCOMPARE(m_code.verificationUri.path(), QStringLiteral("/-/ci/github/login/device"));
        QCOMPARE(m_delay->delays, (QList<qint64>{5, 5}));

        // The token is a real GitHub credential of the approving user with the scope's rights.
        CiAccount account;
        account.apiBase = m_ci.gitHubApi();
        GitHubSecretClient client(account,
                                  std::make_shared<const SecretBuffer>(std::move(result->value())),
                                  m_ci.services());
        TD_AWAIT_OK(login, QString, [&](auto done) { client.whoami(done); });
        QCOMPARE(login, QStringLiteral("alice"));
    }

    void deniedIsCancelled()
    {
        auto f = flow();
        m_delay->beforeFire = [this](int waits) {
            if (waits == 1)
                QVERIFY(userAnswers(QStringLiteral("deny")));
        };
        const auto result = run(*f);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().code, ErrorCode::Cancelled);
        QVERIFY2(result->error().message.contains(QLatin1String("denied on GitHub")),
                 qPrintable(result->error().message));
    }

    void slowDownAddsFiveSeconds()
    {
        auto f = flow();
        // Polls that come too soon (the clock does not move for the first two waits): the
        // sandbox answers slow_down and the flow waits 5 s longer from then on.
        m_delay->advance = false;
        m_delay->beforeFire = [this](int waits) {
            if (waits == 2)
                m_delay->advance = true;
            if (waits == 3)
                QVERIFY(userAnswers(QStringLiteral("approve")));
        };
        const auto result = run(*f);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().oneLine()));
        QCOMPARE(m_delay->delays, (QList<qint64>{5, 5, 10}));
    }

    void expiredCodeSaysSo()
    {
        auto f = flow();
        m_delay->beforeFire = [this](int waits) {
            if (waits == 2)
                m_sandbox->context().state.advance(900);
        };
        const auto result = run(*f);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().code, ErrorCode::Timeout);
        QVERIFY2(result->error().message.contains(QLatin1String("expired")),
                 qPrintable(result->error().message));
        QVERIFY2(result->error().hint.contains(QLatin1String("tokendesk-cli ci login github")),
                 qPrintable(result->error().hint));
    }

    void disabledDeviceFlowPointsToTheOtherWays()
    {
        QVERIFY(m_ci.setFaults({QJsonObject{
            {QStringLiteral("method"), QStringLiteral("POST")},
            {QStringLiteral("path"), QStringLiteral("/-/ci/github/login/oauth/access_token")},
            {QStringLiteral("status"), 200},
            {QStringLiteral("body"),
             QJsonObject{{QStringLiteral("error"), QStringLiteral("device_flow_disabled")}}}}}));
        auto f = flow();
        const auto result = run(*f);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().code, ErrorCode::Unsupported);
        QVERIFY2(result->error().hint.contains(QLatin1String("--from-gh")),
                 qPrintable(result->error().hint));
        QVERIFY2(result->error().hint.contains(QLatin1String("--with-token")),
                 qPrintable(result->error().hint));
    }

    void aBuildWithoutAnOAuthAppSaysSo()
    {
        const auto endpoints
            = gitHubDeviceEndpoints(m_ci.gitHubApi(), QStringLiteral("repo"), QString());
        QVERIFY(!endpoints);
        QCOMPARE(endpoints.error().code, ErrorCode::Unsupported);
        QVERIFY2(endpoints.error().message.contains(QLatin1String("no GitHub OAuth app")),
                 qPrintable(endpoints.error().message));
        QVERIFY2(endpoints.error().hint.contains(QLatin1String("--from-gh"))
                     && endpoints.error().hint.contains(QLatin1String("--with-token")),
                 qPrintable(endpoints.error().hint));
        // This test build sets no client id (TD_GITHUB_OAUTH_CLIENT_ID defaults to empty).
        QVERIFY(!gitHubDeviceEndpoints(m_ci.gitHubApi()));
    }

    void cancelStopsPolling()
    {
        auto f = flow();
        m_delay->beforeFire = [&f](int waits) {
            if (waits == 2)
                f->cancel();
        };
        const auto result = run(*f);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().code, ErrorCode::Cancelled);
        QCOMPARE(m_delay->delays.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCiDeviceFlow)
#include "tst_cideviceflow.moc"
