// SPDX-License-Identifier: GPL-3.0-or-later
// TrustService against a loopback fake registry that keeps trust configs in memory: one code for
// the whole batch, pacing, 429 waits, read-back verification, replace, publish path, lock-down.
#include "FakeClock.h"
#include "FakeRegistryServer.h"
#include "RegistryTestSupport.h"
#include "core/trust/RegistryTrustBridge.h"
#include "core/trust/TrustBootstrap.h"
#include "core/trust/TrustService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace td;
using namespace td::test;
using Reply = FakeRegistryServer::Reply;
using namespace std::chrono_literals;

namespace {

TrustedPublisher gitlab(const QString &project)
{
    TrustedPublisher c;
    c.type = TrustProvider::GitLab;
    c.projectPath = project;
    c.ciConfigFile = QStringLiteral(".gitlab-ci.yml");
    return c;
}

QString packageOf(const QByteArray &target)
{
    // /-/package/@acme%2fa/trust[/id]
    const QByteArray rest = target.mid(int(qstrlen("/-/package/")));
    return QString::fromUtf8(QByteArray::fromPercentEncoding(rest.left(rest.indexOf("/trust"))));
}

} // namespace

// An in-memory registry: up to 10 configs per package (409 on a duplicate or past the limit),
// DELETE by id, a code required for writes. With
// `webApprovals`, writes made with npm-auth-type: web get npmjs's browser challenge (authUrl and
// doneUrl; the doneUrl hands out a single-use code), and a ticked "skip 2FA for 5 minutes" box
// (`skipWindowOpen`) lets later writes through without a challenge.
class TrustRegistry
{
public:
    QHash<QString, QJsonArray> configs;
    QByteArray code = "123456";
    QByteArray baseUrl;
    bool webApprovals = false;
    bool skipWindowOpen = false;
    int webCodesIssued = 0;
    QSet<QByteArray> webCodesUsed;

    bool secondFactorOk(const FakeRegistryServer::Request &r)
    {
        const QByteArray otp = r.header("npm-otp");
        if (otp == code)
            return true;
        if (webApprovals && skipWindowOpen)
            return true;
        if (otp.startsWith("web-") && otp.mid(4).toInt() <= webCodesIssued
            && !webCodesUsed.contains(otp)) {
            webCodesUsed.insert(otp);
            return true;
        }
        return false;
    }
    Reply challenge(const FakeRegistryServer::Request &r)
    {
        if (webApprovals && r.header("npm-auth-type") == "web") {
            const QJsonObject body{
                {QStringLiteral("error"), QStringLiteral("otp")},
                {QStringLiteral("authUrl"), QString::fromUtf8(baseUrl + "auth/cli/1")},
                {QStringLiteral("doneUrl"), QString::fromUtf8(baseUrl + "-/v1/done?authId=1")}};
            return Reply::json(401, QJsonDocument(body).toJson(), {{"www-authenticate", "OTP"}});
        }
        return Reply::json(401, R"({"error":"otp"})", {{"www-authenticate", "OTP"}});
    }
    QHash<QString, int> rateLimitedPosts; // package -> how many 429s to answer first
    QByteArray rateLimitRetryAfter = "1"; // empty: the 429 carries no retry-after
    std::function<QJsonObject(QJsonObject)> storeAs = [](QJsonObject c) { return c; };
    std::optional<QByteArray> createAnswer; // a 200 with this body instead of the config
    int nextId = 1;
    qsizetype limit = 10; // npm since 2026-09-03
    int failPosts = 0;    // answer this many POSTs with a 500

    Reply handle(const FakeRegistryServer::Request &r)
    {
        if (r.target.startsWith("/-/v1/done")) // the user approved on the page
            return Reply::json(200,
                               QByteArray(R"({"token":"web-)")
                                   + QByteArray::number(++webCodesIssued) + R"("})");
        if (r.target.contains("/trust")) {
            const QString pkg = packageOf(r.target);
            if (r.method == "GET")
                return Reply::json(200, QJsonDocument(configs.value(pkg)).toJson());
            if (!secondFactorOk(r))
                return challenge(r);
            if (r.method == "DELETE") {
                const QString id = QString::fromUtf8(r.target.mid(r.target.lastIndexOf('/') + 1));
                QJsonArray kept;
                for (const QJsonValue &c : configs.value(pkg))
                    if (c.toObject().value(QStringLiteral("id")).toString() != id)
                        kept.append(c);
                if (kept.size() == configs.value(pkg).size())
                    return Reply::json(404, R"({"message":"not found"})");
                configs[pkg] = kept;
                return Reply::json(204, {});
            }
            if (failPosts > 0) {
                --failPosts;
                return Reply::json(500, R"({"message":"internal error"})");
            }
            if (rateLimitedPosts.value(pkg) > 0) {
                --rateLimitedPosts[pkg];
                if (rateLimitRetryAfter.isEmpty())
                    return Reply::json(429, R"({"error":"slow down"})");
                return Reply::json(429, R"({"error":"slow down"})",
                                   {{"retry-after", rateLimitRetryAfter}});
            }
            const QJsonObject wanted = QJsonDocument::fromJson(r.body).array().first().toObject();
            for (const QJsonValue &c : configs.value(pkg))
                if (c.toObject().value(QStringLiteral("type"))
                        == wanted.value(QStringLiteral("type"))
                    && c.toObject().value(QStringLiteral("claims"))
                        == wanted.value(QStringLiteral("claims")))
                    return Reply::json(409, R"({"message":"exists"})");
            if (configs.value(pkg).size() >= limit)
                return Reply::json(409, R"({"message":"at most 10 configurations"})");
            if (createAnswer)
                return Reply::json(200, *createAnswer);
            QJsonObject stored = storeAs(wanted);
            stored.insert(QStringLiteral("id"), QStringLiteral("id-%1").arg(nextId++));
            configs[pkg].append(stored);
            return Reply::json(200, QJsonDocument(QJsonArray{stored}).toJson());
        }
        return Reply::json(404, R"({"error":"Not found"})");
    }
};

class TestTrustService : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    FakeClock m_clock;
    RecordingDelayTimer m_delays;
    ScriptedPrompt m_prompt;
    TrustRegistry m_registry;
    std::unique_ptr<FakeRegistryServer> m_server;
    std::unique_ptr<RegistryClient> m_client;
    std::unique_ptr<TrustService> m_service;

    QList<TrustTarget> targets(int count)
    {
        QList<TrustTarget> out;
        for (int i = 0; i < count; ++i)
            out << TrustTarget{
                QStringLiteral("@acme/p%1").arg(i), gitlab(QStringLiteral("acme/mono")), {}};
        return out;
    }
    QList<TrustOutcome> run(const QList<TrustTarget> &t)
    {
        QSignalSpy done(m_service.get(), &TrustService::finished);
        m_service->apply(t);
        if (!done.wait(10000) && done.isEmpty())
            return {};
        return m_service->outcomes();
    }
    int otpRequests(const QByteArray &method) const
    {
        int n = 0;
        for (const auto &r : m_server->requests())
            n += (r.method == method && r.header("npm-otp") == m_registry.code) ? 1 : 0;
        return n;
    }
    int requestsWith(const QByteArray &method, const QByteArray &part) const
    {
        int n = 0;
        for (const auto &r : m_server->requests())
            n += (r.method == method && r.target.contains(part)) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        m_registry = TrustRegistry();
        m_prompt.code = "123456";
        m_prompt.codeRequests = 0;
        m_server = std::make_unique<FakeRegistryServer>();
        QVERIFY(m_server->listen());
        m_server->setHandler([this](const auto &r) { return m_registry.handle(r); });
        m_registry.baseUrl = m_server->baseUrl().toString().toUtf8();
        m_prompt.pages.clear();
        m_prompt.purposes.clear();
        m_prompt.onPage = nullptr;
        m_client = std::make_unique<RegistryClient>(&m_nam, m_server->baseUrl(), m_clock);
        m_client->setAuthToken(SecretBuffer(QByteArrayView("session")));
        m_delays.delays.clear();
        m_client->setDelayTimer(&m_delays);
        m_client->setTwoFactorPrompt(&m_prompt);
        m_service = std::make_unique<TrustService>(*m_client);
        m_service->setTwoFactorPrompt(&m_prompt);
        m_service->setDelayTimer(&m_delays);
        m_service->setPacing(250ms);
        m_service->setRateLimitBackoff(5s, 2);
    }

    // A 200 naming no configuration is a failure with its own message, not a mismatch.
    void emptyCreateAnswerFails_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("[]") << QByteArray("[]");
    }
    void emptyCreateAnswerFails()
    {
        QFETCH(QByteArray, body);
        m_client->setAuthType(RegistryClient::AuthType::Legacy);
        m_registry.createAnswer = body;
        const auto outcomes = run(targets(1));
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().stage, TrustStage::Failed);
        QVERIFY(outcomes.first().error.has_value());
        QCOMPARE(outcomes.first().error->code, ErrorCode::MalformedResponse);
        QCOMPARE(outcomes.first().error->message,
                 QStringLiteral("The registry answered the trusted-publisher request for @acme/p0 "
                                "without the configuration it should send back, so it is not "
                                "known whether one was created."));
    }

    void fivePackagesNeedOneCode()
    {
        m_client->setAuthType(RegistryClient::AuthType::Legacy); // a code user
        const auto outcomes = run(targets(5));
        QCOMPARE(outcomes.size(), 5);
        for (const TrustOutcome &o : outcomes)
            QCOMPARE(o.stage, TrustStage::Verified);
        QCOMPARE(m_prompt.codeRequests, 1);
        QCOMPARE(m_service->approvalsAsked(), 1);
        // Every write meets the challenge first; the kept code answers all but the first.
        QCOMPARE(requestsWith("POST", "/trust"), 2 * 5);
        QCOMPARE(otpRequests("POST"), 5);
        QCOMPARE(m_registry.configs.size(), 5);
        // Paced: four gaps between five packages.
        QCOMPARE(m_delays.delays.count(250ms), 4);
        // The batch keeps the client's auth type.
        for (const auto &r : m_server->requests())
            if (r.method == "POST")
                QCOMPARE(r.header("npm-auth-type"), QByteArray("legacy"));
    }

    void webBatchNeedsOneBrowserApprovalWithSkipTicked()
    {
        // A security-key user: the client asks for browser approvals, and the batch must not
        // turn that into a code prompt the user cannot answer.
        m_client->setAuthType(RegistryClient::AuthType::Web);
        m_registry.webApprovals = true;
        m_prompt.code.clear(); // no authenticator app: a code prompt would fail the batch
        m_prompt.onPage = [this](const QUrl &) { m_registry.skipWindowOpen = true; };
        const auto outcomes = run(targets(5));
        QCOMPARE(outcomes.size(), 5);
        for (const TrustOutcome &o : outcomes)
            QCOMPARE(o.stage, TrustStage::Verified);
        QCOMPARE(m_prompt.codeRequests, 0);
        QCOMPARE(m_prompt.purposes,
                 QList<TwoFactorPrompt::Purpose>{TwoFactorPrompt::Purpose::ApproveBatch});
        QCOMPARE(m_service->approvalsAsked(), 1);
        QCOMPARE(m_registry.configs.size(), 5);
        for (const auto &r : m_server->requests())
            if (r.method == "POST")
                QCOMPARE(r.header("npm-auth-type"), QByteArray("web"));
    }

    void webBatchWithoutSkipShowsAPagePerWrite()
    {
        m_client->setAuthType(RegistryClient::AuthType::Web);
        m_registry.webApprovals = true;
        m_prompt.code.clear();
        const auto outcomes = run(targets(3));
        for (const TrustOutcome &o : outcomes)
            QCOMPARE(o.stage, TrustStage::Verified);
        // Only the first page carries the "tick skip for 5 minutes" advice.
        QCOMPARE(m_prompt.purposes,
                 (QList<TwoFactorPrompt::Purpose>{TwoFactorPrompt::Purpose::ApproveBatch,
                                                  TwoFactorPrompt::Purpose::Approve,
                                                  TwoFactorPrompt::Purpose::Approve}));
        QCOMPARE(m_service->approvalsAsked(), 3);
        QCOMPARE(m_prompt.codeRequests, 0);
    }

    void stagesAreReportedInOrder()
    {
        QSignalSpy stages(m_service.get(), &TrustService::stageChanged);
        run(targets(1));
        QList<TrustStage> seen;
        for (const auto &args : stages)
            seen << args.at(2).value<TrustStage>();
        QCOMPARE(seen,
                 (QList<TrustStage>{TrustStage::Creating, TrustStage::ReadingBack,
                                    TrustStage::Verified}));
    }

    void rateLimitIsWaitedOut()
    {
        // The transport retries three times itself; the fourth 429 reaches the service.
        m_registry.rateLimitedPosts.insert(QStringLiteral("@acme/p1"), 4);
        const auto outcomes = run(targets(3));
        QCOMPARE(outcomes.at(1).stage, TrustStage::Verified);
        QCOMPARE(outcomes.at(1).rateLimitWaits, 1);
        // retry-after: 1, honoured by the transport three times and by the service once (not
        // its own 5 s pause).
        QCOMPARE(m_delays.delays.count(1000ms), 4);
        QCOMPARE(m_delays.delays.count(5000ms), 0);
        QCOMPARE(m_prompt.codeRequests, 1);
    }

    void rateLimitWithoutRetryAfterUsesTheServicePause()
    {
        m_registry.rateLimitRetryAfter.clear();
        m_registry.rateLimitedPosts.insert(QStringLiteral("@acme/p1"), 4);
        const auto outcomes = run(targets(2));
        QCOMPARE(outcomes.at(1).stage, TrustStage::Verified);
        QCOMPARE(outcomes.at(1).rateLimitWaits, 1);
        QCOMPARE(m_delays.delays.count(5000ms), 1);
    }

    void rateLimitLongerThanThePauseFailsAtOnce()
    {
        // An hour's retry-after: waiting the service's pause three times would only delay the
        // same failure (the fault battery saw 'trust github' hang for 90 s).
        m_registry.rateLimitRetryAfter = "3600";
        m_registry.rateLimitedPosts.insert(QStringLiteral("@acme/p0"), 1000);
        const auto outcomes = run(targets(1));
        QCOMPARE(outcomes.at(0).stage, TrustStage::Failed);
        QCOMPARE(outcomes.at(0).rateLimitWaits, 0);
        QVERIFY(outcomes.at(0).error.has_value());
        QCOMPARE(outcomes.at(0).error->code, ErrorCode::E429);
        QVERIFY2(outcomes.at(0).error->oneLine().contains(QStringLiteral("3600")),
                 qPrintable(outcomes.at(0).error->oneLine()));
        QVERIFY(m_delays.delays.isEmpty());
    }

    void endlessRateLimitFailsThatPackageOnly()
    {
        m_registry.rateLimitedPosts.insert(QStringLiteral("@acme/p0"), 1000);
        const auto outcomes = run(targets(2));
        QCOMPARE(outcomes.at(0).stage, TrustStage::Failed);
        QVERIFY(outcomes.at(0).error.has_value());
        QCOMPARE(outcomes.at(0).error->code, ErrorCode::E429);
        QCOMPARE(outcomes.at(1).stage, TrustStage::Verified);
    }

    void readBackMismatchIsReportedFieldByField()
    {
        // A registry that stores the project path in lower case: the read-back must notice.
        m_registry.storeAs = [](QJsonObject c) {
            QJsonObject claims = c.value(QStringLiteral("claims")).toObject();
            claims.insert(QStringLiteral("project_path"), QStringLiteral("acme/mono"));
            c.insert(QStringLiteral("claims"), claims);
            return c;
        };
        QList<TrustTarget> t = targets(1);
        t[0].config.projectPath = QStringLiteral("Acme/mono");
        const auto outcomes = run(t);
        QCOMPARE(outcomes.at(0).stage, TrustStage::Mismatch);
        QCOMPARE(outcomes.at(0).verification.mismatches.size(), 1);
        QVERIFY(outcomes.at(0).verification.mismatches.first().caseOnly);
    }

    void existingConfigIsReplaced()
    {
        TrustedPublisher old = gitlab(QStringLiteral("acme/old"));
        QJsonObject oldJson = old.toJson();
        oldJson.insert(QStringLiteral("id"), QStringLiteral("old-1"));
        m_registry.configs.insert(QStringLiteral("@acme/p0"), QJsonArray{oldJson});
        QList<TrustTarget> t = targets(1);
        t[0].replaceIds = {QStringLiteral("old-1")};
        const auto outcomes = run(t);
        QCOMPARE(outcomes.at(0).stage, TrustStage::Verified);
        QCOMPARE(otpRequests("DELETE"), 1);
        QCOMPARE(m_prompt.codeRequests, 1);
        // Create first, delete after: never a moment with no config at all.
        QByteArrayList writes;
        for (const auto &r : m_server->requests())
            if (r.method == "POST" || r.method == "DELETE")
                writes << r.method;
        QCOMPARE(writes.last(), QByteArray("DELETE"));
        QCOMPARE(writes.indexOf("POST") < writes.indexOf("DELETE"), true);
        const QJsonArray left = m_registry.configs.value(QStringLiteral("@acme/p0"));
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().toObject().value(QStringLiteral("id")).toString(),
                 outcomes.at(0).createdId);
    }

    // The create fails (a 500, or no free slot): the config being replaced must still be there.
    void failedCreateKeepsTheReplacedConfig_data()
    {
        QTest::addColumn<int>("failPosts");
        QTest::addColumn<int>("otherConfigs"); // besides the one replaced
        QTest::addColumn<int>("expected");     // a TrustStage
        QTest::newRow("server error") << 1 << 0 << int(TrustStage::Failed);
        QTest::newRow("ten configs already") << 0 << 9 << int(TrustStage::Mismatch);
    }
    void failedCreateKeepsTheReplacedConfig()
    {
        QFETCH(int, failPosts);
        QFETCH(int, otherConfigs);
        QFETCH(int, expected);
        m_registry.failPosts = failPosts;
        m_service->setRateLimitBackoff(5s, 0);
        QJsonArray held;
        for (int i = 0; i <= otherConfigs; ++i) {
            QJsonObject c = gitlab(QStringLiteral("acme/old%1").arg(i)).toJson();
            c.insert(QStringLiteral("id"), QStringLiteral("old-%1").arg(i));
            held.append(c);
        }
        m_registry.configs.insert(QStringLiteral("@acme/p0"), held);
        QList<TrustTarget> t = targets(1);
        t[0].replaceIds = {QStringLiteral("old-0")};
        const auto outcomes = run(t);
        QCOMPARE(int(outcomes.at(0).stage), expected);
        QCOMPARE(requestsWith("DELETE", "/trust"), 0);
        QCOMPARE(m_registry.configs.value(QStringLiteral("@acme/p0")), held);
    }

    // The new config is in place but the old one cannot be removed: the error says both.
    void failedRevokeSaysTheNewConfigIsInPlace()
    {
        QJsonObject old = gitlab(QStringLiteral("acme/old")).toJson();
        old.insert(QStringLiteral("id"), QStringLiteral("old-1"));
        m_registry.configs.insert(QStringLiteral("@acme/p0"), QJsonArray{old});
        m_service->setRateLimitBackoff(5s, 0);
        m_server->setHandler([this](const FakeRegistryServer::Request &r) {
            if (r.method == "DELETE")
                return Reply::json(500, R"({"message":"internal error"})");
            return m_registry.handle(r);
        });
        QList<TrustTarget> t = targets(1);
        t[0].replaceIds = {QStringLiteral("old-1")};
        const auto outcomes = run(t);
        QCOMPARE(outcomes.at(0).stage, TrustStage::Failed);
        QVERIFY(!outcomes.at(0).createdId.isEmpty());
        QVERIFY2(outcomes.at(0).error->oneLine().contains(u"is in place"),
                 qPrintable(outcomes.at(0).error->oneLine()));
        QVERIFY(outcomes.at(0).error->oneLine().contains(u"trust revoke @acme/p0 --id old-1"));
        QCOMPARE(m_registry.configs.value(QStringLiteral("@acme/p0")).size(), 2);
    }

    void conflictWithMatchingConfigCountsAsVerified()
    {
        QJsonObject same = gitlab(QStringLiteral("acme/mono")).toJson();
        same.insert(QStringLiteral("id"), QStringLiteral("kept"));
        m_registry.configs.insert(QStringLiteral("@acme/p0"), QJsonArray{same});
        const auto outcomes = run(targets(1));
        QCOMPARE(outcomes.at(0).stage, TrustStage::Verified);
        QCOMPARE(outcomes.at(0).verification.closestConfigId, QStringLiteral("kept"));
    }

    void refusedCodeIsAskedForOnceMore()
    {
        m_registry.code = "654321"; // the prompt's first code is wrong
        int creating = 0;
        m_prompt.code = "111111";
        connect(m_service.get(), &TrustService::stageChanged, this,
                [&](int, const QString &, TrustStage s) {
                    // The retry after the refused code: the user types the right one now.
                    if (s == TrustStage::Creating && ++creating == 2)
                        m_prompt.code = "654321";
                });
        const auto outcomes = run(targets(2));
        QCOMPARE(outcomes.at(0).stage, TrustStage::Verified);
        QCOMPARE(outcomes.at(1).stage, TrustStage::Verified);
        QCOMPARE(m_prompt.codeRequests, 2);
    }

    void cancelledPromptFailsWithoutAskingAgain()
    {
        m_prompt.code.clear(); // the user cancels
        const auto outcomes = run(targets(2));
        QCOMPARE(outcomes.at(0).stage, TrustStage::Failed);
        QCOMPARE(outcomes.at(0).error->code, ErrorCode::Cancelled);
    }

    void cancelStopsTheRest()
    {
        connect(m_service.get(), &TrustService::stageChanged, this,
                [this](int, const QString &, TrustStage s) {
                    if (s == TrustStage::Verified)
                        m_service->cancel();
                });
        const auto outcomes = run(targets(3));
        QCOMPARE(outcomes.at(0).stage, TrustStage::Verified);
        QCOMPARE(outcomes.at(1).stage, TrustStage::Cancelled);
        QCOMPARE(outcomes.at(2).stage, TrustStage::Cancelled);
        QCOMPARE(m_registry.configs.size(), 1);
    }

    void registryStateTellsWhichPackagesExist()
    {
        QJsonObject cfg = gitlab(QStringLiteral("acme/mono")).toJson();
        cfg.insert(QStringLiteral("id"), QStringLiteral("x"));
        m_registry.configs.insert(QStringLiteral("@acme/here"), QJsonArray{cfg});
        m_server->setHandler([this](const FakeRegistryServer::Request &r) {
            if (r.target == "/@acme%2fhere" || r.target == "/@acme%2Fhere")
                return Reply::json(
                    200,
                    R"({"name":"@acme/here","dist-tags":{"latest":"1.0.0"},"versions":{"1.0.0":{"version":"1.0.0"}}})");
            return m_registry.handle(r);
        });
        std::optional<QHash<QString, PackageRegistryState>> states;
        m_service->readRegistryState({QStringLiteral("@acme/here"), QStringLiteral("@acme/new")},
                                     [&](auto s) { states = s; });
        QVERIFY(QTest::qWaitFor([&] { return states.has_value(); }, 10000));
        QVERIFY(states->value(QStringLiteral("@acme/here")).exists);
        QCOMPARE(states->value(QStringLiteral("@acme/here")).configs.size(), 1);
        QVERIFY(!states->value(QStringLiteral("@acme/new")).exists);
        QVERIFY(states->value(QStringLiteral("@acme/new")).readError.isEmpty());
    }

    // A failing registry is not "a package that does not exist yet": the wizard would otherwise
    // offer to bootstrap a package that is already published.
    void registryFailureIsReportedNotMistakenForANewPackage_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("503") << 503;
        QTest::newRow("401 session ended") << 401;
    }
    void registryFailureIsReportedNotMistakenForANewPackage()
    {
        QFETCH(int, status);
        m_server->setHandler([status](const FakeRegistryServer::Request &) {
            return Reply::json(status, R"({"error":"registry trouble"})");
        });
        std::optional<QHash<QString, PackageRegistryState>> states;
        m_service->readRegistryState({QStringLiteral("@acme/here")}, [&](auto s) { states = s; });
        QVERIFY(QTest::qWaitFor([&] { return states.has_value(); }, 30000));
        const PackageRegistryState state = states->value(QStringLiteral("@acme/here"));
        QVERIFY(!state.exists);
        QVERIFY2(!state.readError.isEmpty(), "a failed read must say so");
        // The planner neither bootstraps nor creates: it names the problem.
        PackageInfo package;
        package.name = QStringLiteral("@acme/here");
        const QList<PackagePlan> plans = TrustPlanner::plan(
            {package}, *states, gitlab(QStringLiteral("acme/mono")), GitRemote{});
        QCOMPARE(plans.size(), 1);
        QCOMPARE(plans.first().action, PackagePlan::Action::Skip);
        QCOMPARE(plans.first().problems.size(), 1);
        QVERIFY(plans.first().problems.first().contains(state.readError));
    }

    void publishPathReadsTheLatestVersion_data()
    {
        QTest::addColumn<QByteArray>("npmUser");
        QTest::addColumn<bool>("viaOidc");
        QTest::newRow("oidc") << QByteArray(
            R"({"name":"GitLab CI/CD","trustedPublisher":{"id":"gitlab","oidcConfigId":"c1"}})")
                              << true;
        QTest::newRow("token") << QByteArray(R"({"name":"maintainer"})") << false;
    }
    void publishPathReadsTheLatestVersion()
    {
        QFETCH(QByteArray, npmUser);
        QFETCH(bool, viaOidc);
        m_server->setHandler([npmUser](const auto &) {
            return Reply::json(
                200,
                R"({"name":"@acme/p0","dist-tags":{"latest":"2.0.0"},)"
                R"("versions":{"1.0.0":{"version":"1.0.0"},"2.0.0":{"version":"2.0.0","_npmUser":)"
                    + npmUser + "}}}");
        });
        std::optional<Result<PublishPath>> path;
        m_service->checkPublishPath(QStringLiteral("@acme/p0"), this,
                                    [&](Result<PublishPath> p) { path.emplace(std::move(p)); });
        QVERIFY(QTest::qWaitFor([&] { return path.has_value(); }, 10000));
        QVERIFY(path->ok());
        QCOMPARE(path->value().version, QStringLiteral("2.0.0"));
        QCOMPARE(path->value().viaTrustedPublishing, viaOidc);
    }

    void lockDownRequiresTwoFactorAndDisallowsTokens()
    {
        m_server->setHandler([](const FakeRegistryServer::Request &r) {
            if (r.header("npm-otp").isEmpty())
                return Reply::json(401, R"({"error":"otp"})", {{"www-authenticate", "OTP"}});
            return Reply::json(200, "{}");
        });
        std::optional<Result<void>> done;
        m_service->lockDown(QStringLiteral("@acme/p0"), this,
                            [&](Result<void> r) { done.emplace(std::move(r)); });
        QVERIFY(QTest::qWaitFor([&] { return done.has_value(); }, 10000));
        QVERIFY(done->ok());
        const auto &last = m_server->requests().constLast();
        QCOMPARE(last.target.toLower(), QByteArray("/-/package/@acme%2fp0/access"));
        const QJsonObject body = QJsonDocument::fromJson(last.body).object();
        QCOMPARE(body.value(QStringLiteral("publish_requires_tfa")).toBool(), true);
        QCOMPARE(body.value(QStringLiteral("automation_token_overrides_tfa")).toBool(false), false);
        QVERIFY(body.contains(QStringLiteral("automation_token_overrides_tfa")));
    }

    void bootstrapPlanLimitsTheTokenToTheScopes()
    {
        const BootstrapPlan plan = TrustBootstrap::plan(
            {QStringLiteral("@acme/a"), QStringLiteral("@acme/b"), QStringLiteral("@tools/c")},
            QStringLiteral("registry.npmjs.org"));
        QCOMPARE(plan.token.scopes,
                 (QStringList{QStringLiteral("@acme"), QStringLiteral("@tools")}));
        QVERIFY(!plan.token.allPackages);
        QCOMPARE(plan.token.expiresDays, std::optional<int>(1));
        QVERIFY(!plan.token.bypass2fa);
        QCOMPARE(plan.steps.size(), 4);
        QCOMPARE(plan.steps.first().kind, BootstrapStep::Kind::CreateToken);
        QCOMPARE(plan.steps.last().kind, BootstrapStep::Kind::RevokeToken);
    }

    void bootstrapPlanSaysWhenAnUnscopedNameNeedsAllPackages()
    {
        const BootstrapPlan plan = TrustBootstrap::plan({QStringLiteral("left-pad-2")},
                                                        QStringLiteral("registry.npmjs.org"));
        QVERIFY(plan.token.allPackages);
        QVERIFY(plan.steps.first().text.contains(QStringLiteral("left-pad-2")));
    }

    void bridgeKeepsEveryField()
    {
        TrustedPublisher c = gitlab(QStringLiteral("g/sub/p"));
        c.environment = QStringLiteral("prod");
        c.actions = TrustAction::Publish | TrustAction::StagePublish;
        const TrustConfig wire = toRegistryConfig(c);
        QCOMPARE(wire.type, QStringLiteral("gitlab"));
        QCOMPARE(
            wire.permissions,
            (QStringList{QStringLiteral("createPackage"), QStringLiteral("createStagedPackage")}));
        QCOMPARE(fromRegistryConfig(wire).value(), c);
    }
};

QTEST_GUILESS_MAIN(TestTrustService)
#include "tst_trustservice.moc"
