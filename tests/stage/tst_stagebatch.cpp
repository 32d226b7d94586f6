// SPDX-License-Identifier: GPL-3.0-or-later
// StageBatch against the loopback fake registry: one typed code reused for every approval while
// the registry accepts it, a browser approval page per version otherwise (npm's "skip 2FA for
// 5 minutes" does not cover stage approvals), a stale code asked again once, and a stop at the
// first failure.
#include "AwaitResult.h"
#include "FakeClock.h"
#include "FakeRegistryServer.h"
#include "RegistryTestSupport.h"
#include "StageFixtures.h"
#include "core/registry/RegistryClient.h"
#include "core/stage/StageBatch.h"
#include "core/stage/StageClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace td;
using namespace td::test;
using Reply = FakeRegistryServer::Reply;

namespace {
// Hands out codes in order, one per question.
class CodeQueuePrompt final : public TwoFactorPrompt
{
public:
    QByteArrayList codes;
    int asked = 0;
    void askForCode(const QString &, CodeAnswer answer) override
    {
        ++asked;
        if (codes.isEmpty())
            return answer(makeError(ErrorCode::Cancelled, QStringLiteral("cancelled")));
        answer(SecretBuffer(QByteArrayView(codes.takeFirst())));
    }
    void showApprovalPage(const QUrl &, Purpose, std::function<void()> cancel) override
    {
        cancel();
    }
};

QList<StagedRelease> releases(int count)
{
    QList<StagedRelease> out;
    for (int i = 1; i <= count; ++i) {
        StagedRelease r;
        r.id = stageUuid(i);
        r.packageName = QStringLiteral("pkg%1").arg(i);
        out << r;
    }
    return out;
}

Reply otpChallenge()
{
    return Reply::json(401, R"({"error":"This operation requires a one-time password."})",
                       {{"www-authenticate", "OTP"}});
}
} // namespace

class TestStageBatch : public QObject
{
    Q_OBJECT
    QNetworkAccessManager m_nam;
    FakeClock m_clock;
    RecordingDelayTimer m_delays;
    std::unique_ptr<FakeRegistryServer> m_server;
    std::unique_ptr<RegistryClient> m_registry;
    std::unique_ptr<StageClient> m_client;

    bool runBatch(StageBatch &batch, const QList<StagedRelease> &ordered,
                  StageBatch::Action action = StageBatch::Action::Approve)
    {
        QSignalSpy finished(&batch, &StageBatch::finished);
        batch.run(ordered, action);
        if (!finished.count() && !finished.wait(20000))
            return false;
        return finished.constFirst().constFirst().toBool();
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeRegistryServer>();
        QVERIFY(m_server->listen());
        m_registry = std::make_unique<RegistryClient>(&m_nam, m_server->baseUrl(), m_clock);
        m_registry->setAuthToken(SecretBuffer(QByteArrayView("session-secret")));
        m_registry->setDelayTimer(&m_delays);
        m_client = std::make_unique<StageClient>(*m_registry);
    }

    void oneTypedCodeServesTheBatch_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("action");
        QTest::newRow("approve 3") << 3 << int(StageBatch::Action::Approve);
        QTest::newRow("reject 4") << 4 << int(StageBatch::Action::Reject);
    }
    void oneTypedCodeServesTheBatch()
    {
        QFETCH(int, count);
        QFETCH(int, action);
        m_registry->setAuthType(RegistryClient::AuthType::Legacy);
        m_server->setHandler([](const FakeRegistryServer::Request &r) {
            if (r.header("npm-otp") != "123456")
                return otpChallenge();
            return r.method == "POST" ? Reply::json(201, R"({"message":"ok"})")
                                      : Reply::json(204, {});
        });
        CodeQueuePrompt user;
        user.codes = {"123456"};
        StageBatch batch(*m_client, &user, m_clock);
        QVERIFY(runBatch(batch, releases(count), StageBatch::Action(action)));
        QCOMPARE(user.asked, 1); // asked once, though every write was challenged on its own:
        QCOMPARE(m_server->requests().size(), 2 * count);
        for (int i = 0; i < m_server->requests().size(); ++i)
            QCOMPARE(m_server->requests().at(i).header("npm-otp"),
                     i % 2 ? QByteArray("123456") : QByteArray());
        QCOMPARE(batch.prompt().pagesShown(), 0);
    }

    void aRefusedReusedCodeIsAskedAgainOnce()
    {
        m_registry->setAuthType(RegistryClient::AuthType::Legacy);
        int accepted = 0;
        m_server->setHandler([&accepted](const FakeRegistryServer::Request &r) {
            // The first code stops working after two approvals (its 30-second window ended).
            const QByteArray good = accepted < 2 ? "111111" : "222222";
            if (r.header("npm-otp") != good)
                return otpChallenge();
            ++accepted;
            return Reply::json(201, R"({"message":"ok"})");
        });
        CodeQueuePrompt user;
        user.codes = {"111111", "222222"};
        StageBatch batch(*m_client, &user, m_clock);
        QVERIFY(runBatch(batch, releases(3)));
        QCOMPARE(user.asked, 2);
        QCOMPARE(accepted, 3);
    }

    void everyVersionGetsItsOwnBrowserApproval()
    {
        const QByteArray base = m_server->baseUrl().toString().toUtf8();
        int challenges = 0;
        m_server->setHandler([&challenges, base](const FakeRegistryServer::Request &r) {
            if (r.target.startsWith("/done/"))
                return Reply::json(200, R"({"token":"otp-from-the-browser"})");
            if (r.header("npm-otp") == "otp-from-the-browser")
                return Reply::json(201, R"({"message":"ok"})");
            ++challenges;
            const QByteArray n = QByteArray::number(challenges);
            return Reply::json(401,
                               "{\"authUrl\":\"" + base + "auth/" + n + "\",\"doneUrl\":\"" + base
                                   + "done/" + n + "\"}",
                               {{"www-authenticate", "OTP"}});
        });
        ScriptedPrompt user;
        StageBatch batch(*m_client, &user, m_clock);
        QVERIFY(runBatch(batch, releases(3)));
        QCOMPARE(user.pages.size(), 3);          // one page per version …
        for (const auto purpose : user.purposes) // … and never "tick skip 2FA for 5 minutes"
            QCOMPARE(purpose, TwoFactorPrompt::Purpose::Approve);
        QCOMPARE(user.finishedCount, 3);
        QCOMPARE(batch.prompt().pagesShown(), 3);
    }

    void stopsAtTheFirstFailure()
    {
        m_server->setHandler([](const FakeRegistryServer::Request &r) {
            if (r.target.contains(stageUuid(2).toLatin1()))
                return Reply::json(409,
                                   R"({"message":"Staged package version is still validating."})");
            return Reply::json(201, R"({"message":"ok"})");
        });
        ScriptedPrompt user;
        StageBatch batch(*m_client, &user, m_clock);
        QSignalSpy items(&batch, &StageBatch::itemFinished);
        QVERIFY(!runBatch(batch, releases(3)));
        QCOMPARE(m_server->requests().size(), 2); // the third (may depend on it) is not sent
        const auto &outcomes = batch.outcomes();
        QVERIFY(outcomes.at(0).attempted && outcomes.at(0).result.ok());
        QVERIFY(outcomes.at(1).attempted && !outcomes.at(1).result.ok());
        QCOMPARE(outcomes.at(1).result.error().code, ErrorCode::E409);
        QVERIFY(outcomes.at(1).result.error().message.contains(
            QStringLiteral("still being validated")));
        QVERIFY(!outcomes.at(2).attempted);
        QCOMPARE(items.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStageBatch)
#include "tst_stagebatch.moc"
