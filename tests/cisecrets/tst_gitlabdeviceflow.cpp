// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in to GitLab by the OAuth device flow: CiDeviceFlow with gitLabDeviceEndpoints against
// the sandbox's GitLab emulation over loopback (its errors come as 400s, unlike GitHub's 200s).
// The token it gives works with GitLabVariableClient; a denial and a missing Application ID are
// plain errors. Waits move the sandbox clock instead of sleeping.
#include "CiSandboxFixture.h"
#include "core/cisecrets/CiDeviceFlow.h"
#include "core/cisecrets/GitLabDeviceEndpoints.h"
#include "core/cisecrets/GitLabVariableClient.h"
#include "core/registry/DelayTimer.h"

#include <QTimer>

using namespace td;
using namespace td::test;

namespace {

// Each poll interval passes on the sandbox clock at once.
class SandboxClockDelay final : public DelayTimer
{
public:
    explicit SandboxClockDelay(CiSandbox &ci) : m_ci(ci) { }
    void start(std::chrono::milliseconds delay, QObject *context,
               std::function<void()> fire) override
    {
        m_ci.sandbox->context().state.advance(
            std::chrono::duration_cast<std::chrono::seconds>(delay).count());
        ++waits;
        QTimer::singleShot(0, context, std::move(fire));
    }
    int waits = 0;

private:
    CiSandbox &m_ci;
};

} // namespace

class TestGitLabDeviceFlow : public QObject
{
    Q_OBJECT

    CiSandbox m_ci;
    std::unique_ptr<SandboxClockDelay> m_delay;

    QUrl api() const { return m_ci.url(QStringLiteral("/-/ci/gitlab/api/v4")); }

    std::unique_ptr<CiDeviceFlow> flow()
    {
        const auto endpoints = gitLabDeviceEndpoints(api(), QStringLiteral("sandbox-app-id"));
        if (!endpoints)
            return nullptr;
        return std::make_unique<CiDeviceFlow>(
            CiProvider::GitLab, endpoints.value(),
            CiClientServices{&m_ci.nam, m_delay.get(), nullptr, {}});
    }

    // Runs `f`; the user answers `action` as soon as the code is shown.
    std::optional<Result<SecretBuffer>> run(CiDeviceFlow &f, const QString &action)
    {
        return await<SecretBuffer>([&](auto done) {
            f.start(
                [this, action](const CiDeviceCode &code) {
                    int status = 0;
                    m_ci.control("POST", QStringLiteral("/-/sandbox/ci/device"),
                                 {{QStringLiteral("provider"), QStringLiteral("gitlab")},
                                  {QStringLiteral("user_code"), code.userCode},
                                  {QStringLiteral("action"), action},
                                  {QStringLiteral("login"), QStringLiteral("carol")}},
                                 &status);
                    QCOMPARE(status, 200);
                    QVERIFY(code.verificationUri.toString().endsWith(
                        QLatin1String("/-/ci/gitlab/oauth/device")));
                },
                done);
        });
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_ci.start());
        m_delay = std::make_unique<SandboxClockDelay>(m_ci);
    }
    void cleanup() { m_ci.sandbox.reset(); }

    void endpointsFollowTheApiBase_data()
    {
        QTest::addColumn<QUrl>("api");
        QTest::addColumn<QUrl>("code");
        QTest::addColumn<QUrl>("token");
        QTest::newRow("gitlab.com")
            << QUrl(QStringLiteral("https://gitlab.com/api/v4"))
            << QUrl(QStringLiteral("https://gitlab.com/oauth/authorize_device"))
            << QUrl(QStringLiteral("https://gitlab.com/oauth/token"));
        QTest::newRow("self-managed under a path")
            << QUrl(QStringLiteral("https://git.example.org/gitlab/api/v4/"))
            << QUrl(QStringLiteral("https://git.example.org/gitlab/oauth/authorize_device"))
            << QUrl(QStringLiteral("https://git.example.org/gitlab/oauth/token"));
    }

    void endpointsFollowTheApiBase()
    {
        QFETCH(QUrl, api);
        QFETCH(QUrl, code);
        QFETCH(QUrl, token);
        const auto endpoints = gitLabDeviceEndpoints(api, QStringLiteral("app"));
        QVERIFY(endpoints.ok());
        QCOMPARE(endpoints.value().codeUrl, code);
        QCOMPARE(endpoints.value().tokenUrl, token);
        QCOMPARE(endpoints.value().scope, QStringLiteral("api"));
    }

    void withoutAnApplicationIdItSaysToPasteAToken()
    {
        const auto endpoints = gitLabDeviceEndpoints(api(), QString());
        QVERIFY(!endpoints.ok());
        QCOMPARE(endpoints.error().code, ErrorCode::Unsupported);
        QVERIFY(endpoints.error().hint.contains(QLatin1String("--with-token")));
    }

    void approvedFlowGivesATokenTheClientUses()
    {
        auto f = flow();
        QVERIFY(f);
        const auto token = run(*f, QStringLiteral("approve"));
        QVERIFY2(token.has_value(), "the flow never finished");
        QVERIFY2(token->ok(), qPrintable(token->ok() ? QString() : token->error().oneLine()));
        QVERIFY(m_delay->waits >= 1);

        auto client = makeGitLabVariableClient(
            CiAccount{CiProvider::GitLab, QStringLiteral("gitlab.com"), api(), {}, {}},
            std::make_shared<const SecretBuffer>(SecretBuffer(token->value().view())),
            m_ci.services());
        TD_AWAIT_OK(who, QString, [&](auto done) { client->whoami(done); });
        QCOMPARE(who, QStringLiteral("carol"));

        CiSecretTarget group;
        group.kind = CiStoreKind::GitLabGroup;
        group.host = QStringLiteral("gitlab.com");
        group.owner = QStringLiteral("acme");
        group.name = QStringLiteral("NPM_TOKEN");
        TD_AWAIT_OK(pushed, CiSecretState,
                    [&](auto done) { client->push(group, secret("npm_fromDeviceFlow01"), done); });
        QVERIFY(pushed.exists);
        QCOMPARE(m_ci.check(group.id(), QStringLiteral("npm_fromDeviceFlow01"))
                     .value(QLatin1String("equal"))
                     .toBool(),
                 true);
    }

    void deniedFlowIsCancelled()
    {
        auto f = flow();
        QVERIFY(f);
        const auto token = run(*f, QStringLiteral("deny"));
        QVERIFY2(token.has_value(), "the flow never finished");
        QVERIFY(!token->ok());
        QCOMPARE(token->error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestGitLabDeviceFlow)
#include "tst_gitlabdeviceflow.moc"
