// SPDX-License-Identifier: GPL-3.0-or-later
// BootstrapRunner against a loopback fake registry and a stand-in `npm` script that records what
// it was given: the token reaches npm only through its environment (never argv, never the
// userconfig file), one code serves the whole run, and the token is revoked after success, after
// a failed publish and after cancel; a refused token creation leaves nothing to revoke. The
// secret appears in no log line.
#include "FakeClock.h"
#include "FakeRegistryServer.h"
#include "LogCapture.h"
#include "RegistryTestSupport.h"
#include "core/trust/BootstrapRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;
using Reply = FakeRegistryServer::Reply;
using State = BootstrapRunner::StepState;

namespace {

constexpr auto kTokenKey = "0b6f3a52-1111-4e3c-9d55-5d2a9c1e7a01";
constexpr auto kTokenSecret = "npm_BootstrapSecretFromTheFake0123456789";

Reply tokenCreated()
{
    return Reply::json(201,
                       QByteArray(R"({"token":")") + kTokenSecret + R"(","key":")" + kTokenKey
                           + R"(","name":"tokendesk-bootstrap","created":)"
                           + R"("2026-11-28T00:00:00.000Z","expiry":"2026-11-29T00:00:00.000Z"})");
}

} // namespace

class TestBootstrapRunner : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    FakeClock m_clock;
    ScriptedPrompt m_prompt;
    std::unique_ptr<FakeRegistryServer> m_server;
    std::unique_ptr<RegistryClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<QString, QJsonArray> m_configs;
    int m_createStatus = 201;

    Reply handle(const FakeRegistryServer::Request &r)
    {
        const bool write = r.method != "GET";
        if (write && r.header("npm-otp") != "123456")
            return Reply::json(401, R"({"error":"otp"})", {{"www-authenticate", "OTP"}});
        if (r.target == "/-/npm/v1/tokens" && r.method == "POST")
            return m_createStatus == 201
                ? tokenCreated()
                : Reply::json(m_createStatus, R"({"error":"Incorrect or missing password."})");
        if (r.target.startsWith("/-/npm/v1/tokens/token/"))
            return Reply::json(204, {});
        if (r.target.startsWith("/-/package/")) {
            const QString pkg = QString::fromUtf8(
                QByteArray::fromPercentEncoding(r.target.mid(11, r.target.indexOf("/trust") - 11)));
            if (r.method == "GET")
                return Reply::json(200, QJsonDocument(m_configs.value(pkg)).toJson());
            QJsonObject c = QJsonDocument::fromJson(r.body).array().first().toObject();
            c.insert(QStringLiteral("id"), QString(QStringLiteral("id-") + pkg));
            m_configs[pkg] = QJsonArray{c};
            return Reply::json(200, QJsonDocument(QJsonArray{c}).toJson());
        }
        return Reply::json(404, R"({"error":"Not found"})");
    }

    // A stand-in npm: records argv, the two variables and the userconfig it was pointed at.
    QString writeFakeNpm(int exitCode, int sleepSeconds = 0)
    {
        const QString path = m_dir->filePath(QStringLiteral("npm"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        const QByteArray log = m_dir->filePath(QStringLiteral("npm.log")).toUtf8();
        f.write("#!/bin/sh\n"
                "{ echo \"ARGS:$*\"; echo \"TOKEN:$TD_BOOTSTRAP_TOKEN\"; "
                "echo \"OTP:$npm_config_otp\"; echo \"DIR:$(pwd)\"; } >> '"
                + log
                + "'\n"
                  "for a in \"$@\"; do case \"$a\" in --userconfig=*) cat \"${a#--userconfig=}\" "
                  ">> '"
                + log + "';; esac; done\n" + "sleep " + QByteArray::number(sleepSeconds) + "\n"
                + "echo 'npm error code E403' >&2\nexit " + QByteArray::number(exitCode) + "\n");
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return path;
    }
    QString npmLog() const
    {
        QFile f(m_dir->filePath(QStringLiteral("npm.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    QList<BootstrapRunner::Package> packages() const
    {
        QList<BootstrapRunner::Package> out;
        for (const QString &n : {QStringLiteral("a"), QStringLiteral("b")}) {
            const QString folder = m_dir->filePath(n);
            QDir().mkpath(folder);
            out << BootstrapRunner::Package{QStringLiteral("@acme/") + n, folder};
        }
        return out;
    }
    static TrustedPublisher config()
    {
        TrustedPublisher c;
        c.type = TrustProvider::GitLab;
        c.projectPath = QStringLiteral("acme/mono");
        c.ciConfigFile = QStringLiteral(".gitlab-ci.yml");
        return c;
    }
    // Requests the registry carried out (writes without the code only met the OTP challenge).
    int requests(const QByteArray &method, const QByteArray &prefix) const
    {
        int n = 0;
        for (const auto &r : m_server->requests())
            n += r.method == method && r.target.startsWith(prefix)
                    && (method == "GET" || r.header("npm-otp") == "123456")
                ? 1
                : 0;
        return n;
    }
    // Runs to the end; returns the last state of each step.
    QList<State> run(BootstrapRunner &runner, bool *ok,
                     const std::function<void()> &whileRunning = {})
    {
        QList<State> last(4, State::Waiting);
        connect(&runner, &BootstrapRunner::stepChanged, this,
                [&last](int step, State s, const QString &) { last[step] = s; });
        QSignalSpy done(&runner, &BootstrapRunner::finished);
        runner.start(packages(), config(), SecretBuffer(QByteArrayView("pw")));
        if (whileRunning)
            whileRunning();
        if (done.isEmpty() && !done.wait(15000))
            return {};
        *ok = done.first().first().toBool();
        return last;
    }

private Q_SLOTS:
    void init()
    {
        m_configs.clear();
        m_createStatus = 201;
        m_dir = std::make_unique<QTemporaryDir>();
        m_prompt.code = "123456";
        m_prompt.codeRequests = 0;
        m_server = std::make_unique<FakeRegistryServer>();
        QVERIFY(m_server->listen());
        m_server->setHandler([this](const auto &r) { return handle(r); });
        m_client = std::make_unique<RegistryClient>(&m_nam, m_server->baseUrl(), m_clock);
        m_client->setAuthToken(SecretBuffer(QByteArrayView("session")));
        m_client->setTwoFactorPrompt(&m_prompt);
    }

    void publishesConfiguresAndRevokesWithOneCode()
    {
        LogCapture logs;
        BootstrapRunner runner(*m_client);
        runner.setTwoFactorPrompt(&m_prompt);
        runner.setNpmProgram(writeFakeNpm(0));
        runner.setPacing(std::chrono::milliseconds(1));
        bool ok = false;
        const auto states = run(runner, &ok);
        QVERIFY(ok);
        QCOMPARE(states, QList<State>(4, State::Done));
        QCOMPARE(runner.published(),
                 (QStringList{QStringLiteral("@acme/a"), QStringLiteral("@acme/b")}));
        QCOMPARE(runner.trustOutcomes().size(), 2);
        for (const TrustOutcome &o : runner.trustOutcomes())
            QCOMPARE(o.stage, TrustStage::Verified);
        QCOMPARE(m_configs.size(), 2);
        QVERIFY(runner.tokenRevoked());
        QCOMPARE(requests("DELETE", "/-/npm/v1/tokens/token/" + QByteArray(kTokenKey)), 1);
        QCOMPARE(m_prompt.codeRequests, 1); // the token's code served the publishes and trust

        const QString log = npmLog();
        const QString secret = QString::fromLatin1(kTokenSecret);
        QCOMPARE(log.count(QStringLiteral("TOKEN:") + secret), 2); // in the environment
        QCOMPARE(log.count(QStringLiteral("OTP:123456")), 2);
        QCOMPARE(log.count(secret), 2); // and nowhere else: not argv, not the userconfig
        QVERIFY(log.contains(QStringLiteral(":_authToken=${TD_BOOTSTRAP_TOKEN}")));
        QVERIFY(log.contains(QStringLiteral("DIR:") + m_dir->filePath(QStringLiteral("a"))));
        QVERIFY(log.contains(QStringLiteral("ARGS:publish --userconfig=")));
        // Nor in TokenDesk's own log output (which did record the run).
        QVERIFY(!logs.messages().isEmpty());
        QVERIFY(!logs.all().contains(secret));
    }

    void failedPublishStillRevokesTheToken()
    {
        BootstrapRunner runner(*m_client);
        runner.setTwoFactorPrompt(&m_prompt);
        runner.setNpmProgram(writeFakeNpm(1));
        bool ok = true;
        QSignalSpy finished(&runner, &BootstrapRunner::finished);
        const auto states = run(runner, &ok);
        QVERIFY(!ok);
        QCOMPARE(states, (QList<State>{State::Done, State::Failed, State::Skipped, State::Done}));
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("npm error code E403")));
        QVERIFY(runner.tokenRevoked());
        QCOMPARE(requests("DELETE", "/-/npm/v1/tokens/token/"), 1);
        QCOMPARE(requests("POST", "/-/package/"), 0); // no trust for an unpublished name
    }

    void laterPublishFailingStillGivesTheFirstItsTrustConfig()
    {
        BootstrapRunner runner(*m_client);
        runner.setTwoFactorPrompt(&m_prompt);
        // npm succeeds in folder a and fails in folder b.
        const QString npm = m_dir->filePath(QStringLiteral("npm-b-fails"));
        QFile f(npm);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\ncase \"$(pwd)\" in */b) echo 'npm error code E403'; exit 1;; esac\n");
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        runner.setNpmProgram(npm);
        runner.setPacing(std::chrono::milliseconds(1));
        bool ok = true;
        const auto states = run(runner, &ok);
        QVERIFY(!ok);
        QCOMPARE(states, (QList<State>{State::Done, State::Failed, State::Done, State::Done}));
        QCOMPARE(runner.published(), QStringList{QStringLiteral("@acme/a")});
        QCOMPARE(m_configs.keys(), QStringList{QStringLiteral("@acme/a")});
        QCOMPARE(runner.trustOutcomes().size(), 1);
        QCOMPARE(runner.trustOutcomes().first().stage, TrustStage::Verified);
        QVERIFY(runner.tokenRevoked());
    }

    void cancelDuringPublishRevokesTheToken()
    {
        BootstrapRunner runner(*m_client);
        runner.setTwoFactorPrompt(&m_prompt);
        runner.setNpmProgram(writeFakeNpm(0, 30));
        bool ok = true;
        QElapsedTimer timer;
        timer.start();
        const auto states = run(runner, &ok, [&] {
            QTRY_VERIFY_WITH_TIMEOUT(npmLog().contains(QStringLiteral("ARGS:")), 10000);
            runner.cancel();
        });
        QVERIFY(!ok);
        QVERIFY(timer.elapsed() < 20000); // npm was stopped, not waited for
        QCOMPARE(states.value(1), State::Failed);
        QCOMPARE(states.value(3), State::Done);
        QVERIFY(runner.tokenRevoked());
        QCOMPARE(requests("DELETE", "/-/npm/v1/tokens/token/"), 1);
    }

    void refusedTokenLeavesNothingToRevoke()
    {
        m_createStatus = 401;
        BootstrapRunner runner(*m_client);
        runner.setTwoFactorPrompt(&m_prompt);
        runner.setNpmProgram(writeFakeNpm(0));
        bool ok = true;
        const auto states = run(runner, &ok);
        QVERIFY(!ok);
        QCOMPARE(states,
                 (QList<State>{State::Failed, State::Skipped, State::Skipped, State::Skipped}));
        QVERIFY(npmLog().isEmpty()); // npm never ran
        QCOMPARE(requests("DELETE", "/-/npm/v1/tokens/token/"), 0);
    }
};

QTEST_GUILESS_MAIN(TestBootstrapRunner)
#include "tst_bootstraprunner.moc"
