// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 22 with the real npm CLI against the tokendesk-sandbox program (`--seed watch`): the
// publish-watch story (@acme/ui 1.0.0 and 1.1.0 through OIDC from a simulated GitHub job, then
// 1.1.1 with the stolen bypass token and a postinstall), a conditional `npm view` that the sandbox
// answers with 304, and the response writes a lockdown makes — npm dist-tag, npm deprecate,
// npm owner and npm access set mfa=publish — each confirmed by npm and by the sandbox state.
// The functions run in order and build on each other.
#include "HttpHelper.h"
#include "NpmCli.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace td::test;

namespace {
constexpr auto kStolenBypassToken = "npm_SandboxWatchCiBypass0000000000000000"; // ci-publish
}

class SandboxWatchNpmTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void trustedReleasesThroughOidc();
    void attackerPublishesWithTheStolenToken();
    void npmViewRevalidatesWith304();
    void distTagMovesLatestBack();
    void distTagWebApprovalThenSkipWindowCoversTheNextWrite();
    void deprecateTheBadVersion();
    void ownerAddListRemove();
    void accessSetMfaPublishStopsTokenPublishing();

private:
    NpmRun npm(const QStringList &args, const QStringList &answers = {},
               const QString &workDir = {}, const QStringList &extraEnv = {});
    QStringList session() const; // common args with the maintainer's session
    QJsonObject statePackage(const QString &name);
    QJsonObject counters(bool reset);
    NpmRun publish(const QString &version, const QJsonObject &extra, const QString &userconfig,
                   const QStringList &env);

    SandboxProcess m_sandbox;
    QTemporaryDir m_home;
    QString m_sessionRc;
    QString m_emptyRc;
};

void SandboxWatchNpmTest::initTestCase()
{
    QVERIFY(m_home.isValid());
    const QString problem = NpmCli::versionProblem();
    if (!problem.isEmpty())
        QFAIL(qPrintable(problem));
    QVERIFY2(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("watch")}),
             qPrintable(m_sandbox.errorString()));
    // The maintainer's session, as `npm login --auth-type=legacy` makes it (tst_sandbox_npm).
    const HttpReply login = httpCall(
        "PUT",
        m_sandbox.url().resolved(QUrl(QStringLiteral("/-/user/org.couchdb.user:maintainer"))),
        R"({"name":"maintainer","password":"sandbox-password"})",
        {{"content-type", "application/json"}, {"npm-otp", maintainerTotpNow().toLatin1()}});
    QCOMPARE(login.status, 201);
    const NpmCli cli(m_home.path());
    m_sessionRc = cli.writeTokenRc(m_sandbox.url(), QStringLiteral("session.npmrc"),
                                   login.json().object().value(QStringLiteral("token")).toString());
    m_emptyRc = m_home.filePath(QStringLiteral("empty.npmrc"));
    QFile(m_emptyRc).open(QIODevice::WriteOnly);
}

NpmRun SandboxWatchNpmTest::npm(const QStringList &args, const QStringList &answers,
                                const QString &workDir, const QStringList &extraEnv)
{
    return NpmCli(m_home.path()).run(args, answers, workDir, extraEnv);
}

QStringList SandboxWatchNpmTest::session() const
{
    return NpmCli::commonArgs(m_sandbox.url(), m_sessionRc);
}

QJsonObject SandboxWatchNpmTest::statePackage(const QString &name)
{
    const HttpReply state
        = httpCall("GET", m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/state"))));
    const QJsonArray packages = state.json().object().value(QStringLiteral("packages")).toArray();
    for (const QJsonValue &p : packages)
        if (p.toObject().value(QStringLiteral("name")).toString() == name)
            return p.toObject();
    return {};
}

QJsonObject SandboxWatchNpmTest::counters(bool reset)
{
    return httpCall(reset ? "DELETE" : "GET",
                    m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/requests"))))
        .json()
        .object();
}

NpmRun SandboxWatchNpmTest::publish(const QString &version, const QJsonObject &extra,
                                    const QString &userconfig, const QStringList &env)
{
    const QString dir
        = NpmCli(m_home.path()).writePackage(QStringLiteral("@acme/ui"), version, extra);
    return npm(QStringList{QStringLiteral("publish"), QStringLiteral("--access=public")}
                   + NpmCli::commonArgs(m_sandbox.url(), userconfig),
               {}, dir, env);
}

void SandboxWatchNpmTest::trustedReleasesThroughOidc()
{
    for (const QString &version : {QStringLiteral("1.0.0"), QStringLiteral("1.1.0")}) {
        const NpmRun run = publish(version, {}, m_emptyRc,
                                   githubJobEnv(m_sandbox.url(), QStringLiteral("acme/ui"),
                                                QStringLiteral("release.yml")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        const QJsonObject manifest = statePackage(QStringLiteral("@acme/ui"))
                                         .value(QStringLiteral("versions"))
                                         .toObject()
                                         .value(version)
                                         .toObject();
        QCOMPARE(manifest.value(QStringLiteral("_npmUser"))
                     .toObject()
                     .value(QStringLiteral("trustedPublisher"))
                     .toObject()
                     .value(QStringLiteral("oidcConfigId"))
                     .toString(),
                 QStringLiteral("5c0e7a3d-2222-4e22-9a22-000000000022"));
        QVERIFY(manifest.value(QStringLiteral("dist"))
                    .toObject()
                    .contains(QStringLiteral("attestations")));
    }
}

void SandboxWatchNpmTest::attackerPublishesWithTheStolenToken()
{
    const QString rc = NpmCli(m_home.path())
                           .writeTokenRc(m_sandbox.url(), QStringLiteral("stolen.npmrc"),
                                         QLatin1String(kStolenBypassToken));
    const QJsonObject scripts{{QStringLiteral("postinstall"), QStringLiteral("node setup.js")}};
    const NpmRun run
        = publish(QStringLiteral("1.1.1"), {{QStringLiteral("scripts"), scripts}}, rc, {});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QJsonObject manifest = statePackage(QStringLiteral("@acme/ui"))
                                     .value(QStringLiteral("versions"))
                                     .toObject()
                                     .value(QStringLiteral("1.1.1"))
                                     .toObject();
    QCOMPARE(manifest.value(QStringLiteral("scripts")).toObject(), scripts);
    QCOMPARE(manifest.value(QStringLiteral("_npmUser")).toObject().value(QStringLiteral("name")),
             QJsonValue(QStringLiteral("maintainer")));
    QVERIFY(!manifest.value(QStringLiteral("_npmUser"))
                 .toObject()
                 .contains(QStringLiteral("trustedPublisher")));
    // The abbreviated document (what the watch polls) flags the install script.
    const HttpReply corgi
        = httpCall("GET", m_sandbox.url().resolved(QUrl(QStringLiteral("/@acme%2fui"))), {},
                   {{"Accept", "application/vnd.npm.install-v1+json"}});
    QCOMPARE(corgi.header("content-type"), QByteArray("application/vnd.npm.install-v1+json"));
    const QJsonObject versions = corgi.json().object().value(QStringLiteral("versions")).toObject();
    QVERIFY(versions.value(QStringLiteral("1.1.1"))
                .toObject()
                .value(QStringLiteral("hasInstallScript"))
                .toBool());
    QVERIFY(!versions.value(QStringLiteral("1.1.0"))
                 .toObject()
                 .contains(QStringLiteral("hasInstallScript")));
}

void SandboxWatchNpmTest::npmViewRevalidatesWith304()
{
    counters(true);
    const QStringList args = QStringList{QStringLiteral("view"), QStringLiteral("@acme/ui"),
                                         QStringLiteral("dist-tags.latest")}
        + NpmCli::commonArgs(m_sandbox.url(), m_emptyRc);
    const NpmRun first = npm(args);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.output.trimmed(), QStringLiteral("1.1.1"));
    // The second run finds the packument in npm's cache and revalidates it (If-None-Match).
    const NpmRun second = npm(args);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.output.trimmed(), QStringLiteral("1.1.1"));
    const QJsonObject statuses = counters(false)
                                     .value(QStringLiteral("routes"))
                                     .toObject()
                                     .value(QStringLiteral("GET /:name"))
                                     .toObject()
                                     .value(QStringLiteral("statuses"))
                                     .toObject();
    QCOMPARE(statuses.value(QStringLiteral("200")).toInt(), 1);
    QCOMPARE(statuses.value(QStringLiteral("304")).toInt(), 1);
}

void SandboxWatchNpmTest::distTagMovesLatestBack()
{
    const NpmRun run = npm(QStringList{QStringLiteral("dist-tag"), QStringLiteral("add"),
                                       QStringLiteral("@acme/ui@1.1.0"), QStringLiteral("latest"),
                                       QStringLiteral("--otp=") + maintainerTotpNow()}
                           + session());
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("+latest: @acme/ui@1.1.0")),
             qPrintable(run.output));
    const NpmRun view = npm(QStringList{QStringLiteral("view"), QStringLiteral("@acme/ui"),
                                        QStringLiteral("dist-tags.latest")}
                            + NpmCli::commonArgs(m_sandbox.url(), m_emptyRc));
    QCOMPARE(view.output.trimmed(), QStringLiteral("1.1.0"));
    QCOMPARE(statePackage(QStringLiteral("@acme/ui"))
                 .value(QStringLiteral("dist-tags"))
                 .toObject()
                 .value(QStringLiteral("latest"))
                 .toString(),
             QStringLiteral("1.1.0"));
}

void SandboxWatchNpmTest::distTagWebApprovalThenSkipWindowCoversTheNextWrite()
{
    // No --otp: npm meets the 401 challenge, prints the authUrl and polls doneUrl (with the
    // request's own method, PUT) until the approval, which ticks "skip 2FA for 5 minutes".
    const QStringList args
        = QStringList{QStringLiteral("dist-tag"),        QStringLiteral("add"),
                      QStringLiteral("@acme/ui@1.1.1"),  QStringLiteral("quarantine"),
                      QStringLiteral("--auth-type=web"), QStringLiteral("--browser=false")}
        + session();
    auto process = NpmCli(m_home.path()).start(args);
    QString pendingId;
    const QUrl pendingUrl = m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/pending")));
    for (int i = 0; i < 300 && pendingId.isEmpty(); ++i) {
        const QJsonArray pending = httpCall("GET", pendingUrl).json().array();
        for (const QJsonValue &p : pending)
            if (p.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("2fa"))
                pendingId = p.toObject().value(QStringLiteral("id")).toString();
        if (pendingId.isEmpty())
            QTest::qWait(100);
    }
    QVERIFY2(!pendingId.isEmpty(), "npm never asked for the web 2FA approval");
    const QJsonObject approval{{QStringLiteral("id"), pendingId},
                               {QStringLiteral("username"), QStringLiteral("maintainer")},
                               {QStringLiteral("approve"), true},
                               {QStringLiteral("skip_2fa"), true}};
    QCOMPARE(httpCall("POST", m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/approve"))),
                      QJsonDocument(approval).toJson(), {{"content-type", "application/json"}})
                 .status,
             200);
    const NpmRun add = NpmCli::finish(*process, args);
    QVERIFY2(add.exitCode == 0, qPrintable(add.output));
    QVERIFY(add.output.contains(QStringLiteral("+quarantine: @acme/ui@1.1.1")));
    const NpmRun ls = npm(
        QStringList{QStringLiteral("dist-tag"), QStringLiteral("ls"), QStringLiteral("@acme/ui")}
        + session());
    QCOMPARE(ls.exitCode, 0);
    QVERIFY2(ls.output.contains(QStringLiteral("latest: 1.1.0")), qPrintable(ls.output));
    QVERIFY2(ls.output.contains(QStringLiteral("quarantine: 1.1.1")), qPrintable(ls.output));
    // Inside the window the next write needs no code at all (one 2FA approach for a batch).
    const NpmRun rm = npm(QStringList{QStringLiteral("dist-tag"), QStringLiteral("rm"),
                                      QStringLiteral("@acme/ui"), QStringLiteral("quarantine")}
                          + session());
    QVERIFY2(rm.exitCode == 0, qPrintable(rm.output));
    QVERIFY(rm.output.contains(QStringLiteral("-quarantine: @acme/ui@1.1.1")));
    QVERIFY(!statePackage(QStringLiteral("@acme/ui"))
                 .value(QStringLiteral("dist-tags"))
                 .toObject()
                 .contains(QStringLiteral("quarantine")));
}

void SandboxWatchNpmTest::deprecateTheBadVersion()
{
    const QString message = QStringLiteral("compromised: published with a stolen token");
    const NpmRun run
        = npm(QStringList{QStringLiteral("deprecate"), QStringLiteral("@acme/ui@1.1.1"), message,
                          QStringLiteral("--otp=") + maintainerTotpNow()}
              + session());
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const NpmRun view = npm(QStringList{QStringLiteral("view"), QStringLiteral("@acme/ui@1.1.1"),
                                        QStringLiteral("deprecated")}
                            + NpmCli::commonArgs(m_sandbox.url(), m_emptyRc));
    QCOMPARE(view.output.trimmed(), message);
    const QJsonObject versions
        = statePackage(QStringLiteral("@acme/ui")).value(QStringLiteral("versions")).toObject();
    QCOMPARE(versions.value(QStringLiteral("1.1.1")).toObject().value(QStringLiteral("deprecated")),
             QJsonValue(message));
    QVERIFY(
        !versions.value(QStringLiteral("1.1.0")).toObject().contains(QStringLiteral("deprecated")));
}

void SandboxWatchNpmTest::ownerAddListRemove()
{
    const NpmRun add = npm(QStringList{QStringLiteral("owner"), QStringLiteral("add"),
                                       QStringLiteral("newcomer"), QStringLiteral("@acme/ui"),
                                       QStringLiteral("--otp=") + maintainerTotpNow()}
                           + session());
    QVERIFY2(add.exitCode == 0, qPrintable(add.output));
    QVERIFY(add.output.contains(QStringLiteral("+ newcomer (@acme/ui)")));
    QCOMPARE(statePackage(QStringLiteral("@acme/ui")).value(QStringLiteral("maintainers")),
             QJsonValue(QJsonArray{QStringLiteral("maintainer"), QStringLiteral("newcomer")}));
    const NpmRun ls
        = npm(QStringList{QStringLiteral("owner"), QStringLiteral("ls"), QStringLiteral("@acme/ui")}
              + session());
    QCOMPARE(ls.exitCode, 0);
    QVERIFY2(ls.output.contains(QStringLiteral("maintainer <maintainer@example.invalid>")),
             qPrintable(ls.output));
    QVERIFY(ls.output.contains(QStringLiteral("newcomer <newcomer@example.invalid>")));
    const NpmRun rm = npm(QStringList{QStringLiteral("owner"), QStringLiteral("rm"),
                                      QStringLiteral("newcomer"), QStringLiteral("@acme/ui"),
                                      QStringLiteral("--otp=") + maintainerTotpNow()}
                          + session());
    QVERIFY2(rm.exitCode == 0, qPrintable(rm.output));
    QVERIFY(rm.output.contains(QStringLiteral("- newcomer (@acme/ui)")));
    QCOMPARE(statePackage(QStringLiteral("@acme/ui")).value(QStringLiteral("maintainers")),
             QJsonValue(QJsonArray{QStringLiteral("maintainer")}));
}

void SandboxWatchNpmTest::accessSetMfaPublishStopsTokenPublishing()
{
    const NpmRun set = npm(QStringList{QStringLiteral("access"), QStringLiteral("set"),
                                       QStringLiteral("mfa=publish"), QStringLiteral("@acme/ui"),
                                       QStringLiteral("--otp=") + maintainerTotpNow()}
                           + session());
    QVERIFY2(set.exitCode == 0, qPrintable(set.output));
    const QJsonObject pkg = statePackage(QStringLiteral("@acme/ui"));
    QVERIFY(pkg.value(QStringLiteral("publish_requires_tfa")).toBool());
    QVERIFY(!pkg.value(QStringLiteral("automation_token_overrides_tfa")).toBool());
    // npm 11 reads no mfa setting back (`npm access get` knows only `status`); the sandbox's
    // GET /-/package/<p>/access does, and so does its state above.
    const NpmRun status = npm(QStringList{QStringLiteral("access"), QStringLiteral("get"),
                                          QStringLiteral("status"), QStringLiteral("@acme/ui")}
                              + session());
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.output.contains(QStringLiteral("@acme/ui: public")), qPrintable(status.output));
    // The stolen bypass token can no longer publish; the trusted publisher still can.
    const QString rc = NpmCli(m_home.path())
                           .writeTokenRc(m_sandbox.url(), QStringLiteral("stolen.npmrc"),
                                         QLatin1String(kStolenBypassToken));
    const NpmRun refused = publish(QStringLiteral("1.1.2"), {}, rc, {});
    QVERIFY2(refused.exitCode != 0, qPrintable(refused.output));
    QVERIFY2(refused.output.contains(QStringLiteral("tokens are not allowed")),
             qPrintable(refused.output));
    const NpmRun trusted = publish(
        QStringLiteral("1.2.0"), {}, m_emptyRc,
        githubJobEnv(m_sandbox.url(), QStringLiteral("acme/ui"), QStringLiteral("release.yml")));
    QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.output));
}

QTEST_GUILESS_MAIN(SandboxWatchNpmTest)
#include "tst_sandbox_watch_npm.moc"
