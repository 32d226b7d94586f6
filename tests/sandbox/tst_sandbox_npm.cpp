// SPDX-License-Identifier: GPL-3.0-or-later
// The real npm CLI against tokendesk-sandbox: the sandbox's fidelity is proven by npm itself.
// npm runs in a pseudo-terminal (npm_pty.py) where it prompts, with a throw-away HOME and
// --userconfig, so the developer's ~/.npmrc is never read or written. The test functions run
// in order and build on each other (login → token → trust → publish).
#include "HttpHelper.h"
#include "NpmCli.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace td::test;

class SandboxNpmTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void loginLegacyWithOtp();
    void whoami();
    void tokenListJson();
    void tokenCreateGranularWithOtp();
    void tokenRevoke();
    void accessSetMfaPublish();
    void trustGithubCreate();
    void trustList();
    void trustRevoke();
    void publishWithGranularToken();
    void publishThroughOidcWhenTrustMatches();
    void publishThroughOidcFailsWhenTrustDiffers();

private:
    NpmRun npm(const QStringList &args, const QStringList &answers = {},
               const QString &workDir = {}, const QStringList &extraEnv = {});
    QString otp() const;
    QStringList common() const;
    QJsonObject stateOfPackage(const QString &name);
    QString idToken(const QString &projectPath);
    QString writePackage(const QString &name, const QString &version);

    SandboxProcess m_sandbox;
    QTemporaryDir m_home;
    QString m_userconfig;
    QString m_createdToken;
    QString m_trustId;
};

void SandboxNpmTest::initTestCase()
{
    QVERIFY(m_home.isValid());
    const QString problem = NpmCli::versionProblem();
    if (!problem.isEmpty())
        QFAIL(qPrintable(problem));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_userconfig = m_home.filePath(QStringLiteral("session.npmrc"));
    QFile(m_userconfig).open(QIODevice::WriteOnly);
}

QString SandboxNpmTest::otp() const
{
    return maintainerTotpNow();
}

QStringList SandboxNpmTest::common() const
{
    return NpmCli::commonArgs(m_sandbox.url(), m_userconfig);
}

NpmRun SandboxNpmTest::npm(const QStringList &args, const QStringList &answers,
                           const QString &workDir, const QStringList &extraEnv)
{
    return NpmCli(m_home.path()).run(args, answers, workDir, extraEnv);
}

QJsonObject SandboxNpmTest::stateOfPackage(const QString &name)
{
    const HttpReply state
        = httpCall("GET", m_sandbox.url().resolved(QUrl(QStringLiteral("-/sandbox/state"))));
    for (const QJsonValue &p : state.json().object().value(QStringLiteral("packages")).toArray())
        if (p.toObject().value(QStringLiteral("name")).toString() == name)
            return p.toObject();
    return {};
}

QString SandboxNpmTest::idToken(const QString &projectPath)
{
    const QJsonObject body{
        {QStringLiteral("provider"), QStringLiteral("gitlab")},
        {QStringLiteral("claims"),
         QJsonObject{{QStringLiteral("project_path"), projectPath},
                     {QStringLiteral("ci_config_ref_uri"),
                      QString(QStringLiteral("gitlab.com/") + projectPath
                              + QStringLiteral("//.gitlab-ci.yml@refs/heads/main"))}}}};
    const HttpReply reply = httpCall(
        "POST", m_sandbox.url().resolved(QUrl(QStringLiteral("-/sandbox/oidc/id-token"))),
        QJsonDocument(body).toJson());
    return reply.json().object().value(QStringLiteral("id_token")).toString();
}

QString SandboxNpmTest::writePackage(const QString &name, const QString &version)
{
    return NpmCli(m_home.path()).writePackage(name, version);
}

void SandboxNpmTest::loginLegacyWithOtp()
{
    const NpmRun run = npm(
        QStringList{QStringLiteral("login"), QStringLiteral("--auth-type=legacy")} + common(),
        {QStringLiteral("Username:"), QStringLiteral("maintainer"), QStringLiteral("Password:"),
         QStringLiteral("sandbox-password"), QStringLiteral("Enter OTP:"), otp()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.output.contains(QStringLiteral("Logged in on")), qPrintable(run.output));
    QFile rc(m_userconfig);
    QVERIFY(rc.open(QIODevice::ReadOnly));
    const QString contents = QString::fromUtf8(rc.readAll());
    QVERIFY(contents.contains(
        QStringLiteral("//127.0.0.1:%1/:_authToken=npm_").arg(m_sandbox.url().port())));
}

void SandboxNpmTest::whoami()
{
    const NpmRun run = npm(QStringList{QStringLiteral("whoami")} + common());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.output.trimmed(), QStringLiteral("maintainer"));
}

void SandboxNpmTest::tokenListJson()
{
    const NpmRun run
        = npm(QStringList{QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--json")}
              + common());
    // The whole output, not QVERIFY2's first kilobyte: npm's reason comes after the list (it
    // failed 2 runs in 8 under heavy load, with the list printed and the end cut off).
    if (run.exitCode != 0)
        qWarning().noquote() << "npm token list --json exited" << run.exitCode << "\n"
                             << run.output.right(3000);
    QCOMPARE(run.exitCode, 0);
    const qsizetype begin = run.output.indexOf(QLatin1Char('['));
    const qsizetype end = run.output.lastIndexOf(QLatin1Char(']'));
    QVERIFY2(begin >= 0 && end > begin, qPrintable(run.output));
    const QJsonArray tokens
        = QJsonDocument::fromJson(run.output.mid(begin, end - begin + 1).toUtf8()).array();
    QCOMPARE(tokens.size(), 12); // the demo seed's tokens; the login session is not listed
    QStringList names;
    for (const QJsonValue &t : tokens)
        names << t.toObject().value(QStringLiteral("name")).toString();
    QVERIFY(names.contains(QStringLiteral("release-bot")));
    QVERIFY(!names.contains(QStringLiteral("session")));
}

void SandboxNpmTest::tokenCreateGranularWithOtp()
{
    const NpmRun run = npm(
        QStringList{QStringLiteral("token"), QStringLiteral("create"),
                    QStringLiteral("--name=e2e-publish"), QStringLiteral("--scopes=maintainer"),
                    QStringLiteral("--packages-and-scopes-permission=read-write"),
                    QStringLiteral("--expires=30"), QStringLiteral("--password=sandbox-password"),
                    QStringLiteral("--otp=") + otp()}
        + common());
    QCOMPARE(run.exitCode, 0);
    const auto match = QRegularExpression(QStringLiteral("Created token (npm_[A-Za-z0-9]{36})"))
                           .match(run.output);
    QVERIFY2(match.hasMatch(), qPrintable(run.output));
    m_createdToken = match.captured(1);
}

void SandboxNpmTest::tokenRevoke()
{
    // The demo token "docs-deploy" (key 0b5f1a2c-0003-…), revoked by an unambiguous key prefix.
    const NpmRun run
        = npm(QStringList{QStringLiteral("token"), QStringLiteral("revoke"),
                          QStringLiteral("0b5f1a2c-0003"), QStringLiteral("--otp=") + otp()}
              + common());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.output.contains(QStringLiteral("Removed 1 token")), qPrintable(run.output));
    const NpmRun list
        = npm(QStringList{QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--json")}
              + common());
    QVERIFY(!list.output.contains(QStringLiteral("docs-deploy")));
}

void SandboxNpmTest::accessSetMfaPublish()
{
    const NpmRun run = npm(
        QStringList{QStringLiteral("access"), QStringLiteral("set"), QStringLiteral("mfa=publish"),
                    QStringLiteral("@maintainer/blog"), QStringLiteral("--otp=") + otp()}
        + common());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject pkg = stateOfPackage(QStringLiteral("@maintainer/blog"));
    QCOMPARE(pkg.value(QStringLiteral("publish_requires_tfa")).toBool(), true);
    QCOMPARE(pkg.value(QStringLiteral("automation_token_overrides_tfa")).toBool(), false);
}

void SandboxNpmTest::trustGithubCreate()
{
    const NpmRun run = npm(
        QStringList{QStringLiteral("trust"), QStringLiteral("github"),
                    QStringLiteral("@maintainer/blog"), QStringLiteral("--file=publish.yml"),
                    QStringLiteral("--repo=maintainer/blog"), QStringLiteral("--allow-publish"),
                    QStringLiteral("--yes"), QStringLiteral("--otp=") + otp()}
        + common());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.output.contains(QStringLiteral("Trust configuration created successfully")),
             qPrintable(run.output));
    const QJsonArray trust = stateOfPackage(QStringLiteral("@maintainer/blog"))
                                 .value(QStringLiteral("trust"))
                                 .toArray();
    QCOMPARE(trust.size(), 1);
    const QJsonObject config = trust.first().toObject();
    QCOMPARE(config.value(QStringLiteral("type")).toString(), QStringLiteral("github"));
    QCOMPARE(config.value(QStringLiteral("claims"))
                 .toObject()
                 .value(QStringLiteral("repository"))
                 .toString(),
             QStringLiteral("maintainer/blog"));
    QCOMPARE(config.value(QStringLiteral("permissions")).toArray(),
             QJsonArray{QStringLiteral("createPackage")});
    m_trustId = config.value(QStringLiteral("id")).toString();
}

void SandboxNpmTest::trustList()
{
    const NpmRun run = npm(QStringList{QStringLiteral("trust"), QStringLiteral("list"),
                                       QStringLiteral("@maintainer/blog"), QStringLiteral("--json")}
                           + common());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.output.contains(m_trustId), qPrintable(run.output));
    QVERIFY(run.output.contains(QStringLiteral("maintainer/blog")));
}

void SandboxNpmTest::trustRevoke()
{
    QVERIFY(!m_trustId.isEmpty());
    const NpmRun run
        = npm(QStringList{QStringLiteral("trust"), QStringLiteral("revoke"),
                          QStringLiteral("@maintainer/blog"), QStringLiteral("--id=") + m_trustId,
                          QStringLiteral("--otp=") + otp()}
              + common());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(stateOfPackage(QStringLiteral("@maintainer/blog"))
                .value(QStringLiteral("trust"))
                .toArray()
                .isEmpty());
}

void SandboxNpmTest::publishWithGranularToken()
{
    QVERIFY(!m_createdToken.isEmpty());
    const QString rc = m_home.filePath(QStringLiteral("gat.npmrc"));
    QFile file(rc);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("//127.0.0.1:%1/:_authToken=%2\n")
                   .arg(m_sandbox.url().port())
                   .arg(m_createdToken)
                   .toUtf8());
    file.close();
    const QString dir
        = writePackage(QStringLiteral("@maintainer/npm-e2e"), QStringLiteral("1.0.0"));
    // The token has no bypass-2FA flag, so the registry asks for the code: npm sends --otp.
    const NpmRun run
        = npm({QStringLiteral("publish"), QStringLiteral("--access=public"),
               QStringLiteral("--otp=") + otp(),
               QStringLiteral("--registry=") + m_sandbox.url().toString(),
               QStringLiteral("--userconfig=") + rc, QStringLiteral("--no-update-notifier"),
               QStringLiteral("--color=false"), QStringLiteral("--progress=false")},
              {}, dir);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.output.contains(QStringLiteral("+ @maintainer/npm-e2e@1.0.0")));
    const QJsonObject pkg = stateOfPackage(QStringLiteral("@maintainer/npm-e2e"));
    QCOMPARE(pkg.value(QStringLiteral("versions"))
                 .toObject()
                 .value(QStringLiteral("1.0.0"))
                 .toObject()
                 .value(QStringLiteral("_npmUser"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("maintainer"));
}

void SandboxNpmTest::publishThroughOidcWhenTrustMatches()
{
    const QString rc = m_home.filePath(QStringLiteral("empty.npmrc"));
    QFile(rc).open(QIODevice::WriteOnly);
    const QString dir = writePackage(QStringLiteral("@acme/cli"), QStringLiteral("9.9.9"));
    // The demo seed trusts GitLab project acme/cli with .gitlab-ci.yml for @acme/cli.
    const NpmRun run = npm(
        {QStringLiteral("publish"), QStringLiteral("--registry=") + m_sandbox.url().toString(),
         QStringLiteral("--userconfig=") + rc, QStringLiteral("--no-update-notifier"),
         QStringLiteral("--color=false"), QStringLiteral("--progress=false"),
         QStringLiteral("--loglevel=verbose")},
        {}, dir,
        {QStringLiteral("GITLAB_CI=true"),
         QStringLiteral("NPM_ID_TOKEN=") + idToken(QStringLiteral("acme/cli"))});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.output.contains(QStringLiteral("oidc Successfully retrieved and set token")),
             qPrintable(run.output));
    const QJsonObject npmUser = stateOfPackage(QStringLiteral("@acme/cli"))
                                    .value(QStringLiteral("versions"))
                                    .toObject()
                                    .value(QStringLiteral("9.9.9"))
                                    .toObject()
                                    .value(QStringLiteral("_npmUser"))
                                    .toObject();
    QCOMPARE(npmUser.value(QStringLiteral("trustedPublisher"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             QStringLiteral("gitlab"));
}

void SandboxNpmTest::publishThroughOidcFailsWhenTrustDiffers()
{
    const QString rc = m_home.filePath(QStringLiteral("empty.npmrc"));
    const QString dir = writePackage(QStringLiteral("@acme/cli"), QStringLiteral("9.9.10"));
    // "Acme/cli" differs from the config's "acme/cli" only in case: claims match exactly.
    const NpmRun run = npm(
        {QStringLiteral("publish"), QStringLiteral("--registry=") + m_sandbox.url().toString(),
         QStringLiteral("--userconfig=") + rc, QStringLiteral("--no-update-notifier"),
         QStringLiteral("--color=false"), QStringLiteral("--progress=false"),
         QStringLiteral("--loglevel=verbose")},
        {}, dir,
        {QStringLiteral("GITLAB_CI=true"),
         QStringLiteral("NPM_ID_TOKEN=") + idToken(QStringLiteral("Acme/cli"))});
    QVERIFY2(run.exitCode != 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("OIDC token exchange error - package not found")),
             qPrintable(run.output));
    QVERIFY(run.output.contains(QStringLiteral("ENEEDAUTH")));
    QVERIFY(!stateOfPackage(QStringLiteral("@acme/cli"))
                 .value(QStringLiteral("versions"))
                 .toObject()
                 .contains(QStringLiteral("9.9.10")));
}

QTEST_GUILESS_MAIN(SandboxNpmTest)
#include "tst_sandbox_npm.moc"
