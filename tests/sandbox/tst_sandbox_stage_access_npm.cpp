// SPDX-License-Identifier: GPL-3.0-or-later
// Who may publish directly and who may only stage, with the real npm CLI (11.15+): a stage-only
// token (read-write-stage-only) stages, but `npm publish` answers E_STAGE_REQUIRED and it cannot
// approve; a simulated GitHub Actions job (an id token from the sandbox's issuer, NPM_ID_TOKEN)
// under a stage-only trust config stages and is refused a direct publish with "OIDC permission
// denied for this action", and under a config that allows both, does both. The trust configs are
// made with the real `npm trust github … --allow-stage-publish` (several per package).
#include "HttpHelper.h"
#include "NpmCli.h"
#include "SandboxProcess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace td::test;

namespace {

constexpr auto kStageOnlyToken = "npm_SandboxDemoStageOnly0000000000000000"; // stage-bot, @acme

} // namespace

class SandboxStageAccessNpmTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void stageOnlyTokenPublishAnswersStageRequired();
    void stageOnlyTokenStagesButCannotApprove();
    void trustConfigsWithPermissionsThroughNpm();
    void oidcStagesUnderStageOnlyConfig();
    void oidcDirectPublishDeniedUnderStageOnlyConfig();
    void oidcPublishesAndStagesUnderDirectConfig();
    void oidcStagesEveryPackageOfAWorkspace();

private:
    NpmRun npm(const QStringList &args, const QString &rc, const QString &workDir = {},
               const QStringList &answers = {}, const QStringList &env = {});
    QString githubIdToken(const QString &repository, const QString &workflowFile);
    QStringList ciEnv(const QString &repository);
    QJsonObject package(const QString &name);
    QString writePackage(const QString &name, const QString &version);

    SandboxProcess m_sandbox;
    QTemporaryDir m_home;
    QString m_stageOnlyRc;
    QString m_sessionRc;
    QString m_emptyRc;
};

void SandboxStageAccessNpmTest::initTestCase()
{
    QVERIFY(m_home.isValid());
    const QString problem = NpmCli::versionProblem();
    if (!problem.isEmpty())
        QFAIL(qPrintable(problem));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    const NpmCli cli(m_home.path());
    m_stageOnlyRc = cli.writeTokenRc(m_sandbox.url(), QStringLiteral("stage-only.npmrc"),
                                     QLatin1String(kStageOnlyToken));
    m_sessionRc = m_home.filePath(QStringLiteral("session.npmrc"));
    m_emptyRc = m_home.filePath(QStringLiteral("empty.npmrc"));
    QFile(m_sessionRc).open(QIODevice::WriteOnly);
    QFile(m_emptyRc).open(QIODevice::WriteOnly);
    // Stages are ready at once here; the validating state has its own tests.
    QCOMPARE(httpCall("POST",
                      m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/stage-settings"))),
                      R"({"validation_seconds": 0})")
                 .status,
             200);
}

NpmRun SandboxStageAccessNpmTest::npm(const QStringList &args, const QString &rc,
                                      const QString &workDir, const QStringList &answers,
                                      const QStringList &env)
{
    return NpmCli(m_home.path())
        .run(args + NpmCli::commonArgs(m_sandbox.url(), rc), answers, workDir, env);
}

QString SandboxStageAccessNpmTest::writePackage(const QString &name, const QString &version)
{
    return NpmCli(m_home.path()).writePackage(name, version);
}

QString SandboxStageAccessNpmTest::githubIdToken(const QString &repository,
                                                 const QString &workflowFile)
{
    const QJsonObject body{{QStringLiteral("provider"), QStringLiteral("github")},
                           {QStringLiteral("claims"),
                            QJsonObject{{QStringLiteral("repository"), repository},
                                        {QStringLiteral("workflow_ref"),
                                         QStringLiteral("%1/.github/workflows/%2@refs/heads/main")
                                             .arg(repository, workflowFile)}}}};
    return httpCall("POST",
                    m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/oidc/id-token"))),
                    QJsonDocument(body).toJson())
        .json()
        .object()
        .value(QStringLiteral("id_token"))
        .toString();
}

// A GitHub Actions job of `repository` running release.yml, as npm sees it.
QStringList SandboxStageAccessNpmTest::ciEnv(const QString &repository)
{
    return {QStringLiteral("GITHUB_ACTIONS=true"),
            QStringLiteral("NPM_ID_TOKEN=")
                + githubIdToken(repository, QStringLiteral("release.yml"))};
}

QJsonObject SandboxStageAccessNpmTest::package(const QString &name)
{
    const HttpReply state
        = httpCall("GET", m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/state"))));
    for (const QJsonValue &p : state.json().object().value(QStringLiteral("packages")).toArray())
        if (p.toObject().value(QStringLiteral("name")).toString() == name)
            return p.toObject();
    return {};
}

void SandboxStageAccessNpmTest::stageOnlyTokenPublishAnswersStageRequired()
{
    const NpmRun run = npm({QStringLiteral("publish")}, m_stageOnlyRc,
                           writePackage(QStringLiteral("@acme/theme"), QStringLiteral("5.0.0")));
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.output.contains(QStringLiteral("403 Forbidden - PUT ")), qPrintable(run.output));
    QVERIFY(run.output.contains(QStringLiteral("E_STAGE_REQUIRED")));
    QVERIFY(!package(QStringLiteral("@acme/theme"))
                 .value(QStringLiteral("versions"))
                 .toObject()
                 .contains(QStringLiteral("5.0.0")));
}

void SandboxStageAccessNpmTest::stageOnlyTokenStagesButCannotApprove()
{
    const NpmRun staged = npm({QStringLiteral("stage"), QStringLiteral("publish")}, m_stageOnlyRc,
                              writePackage(QStringLiteral("@acme/theme"), QStringLiteral("5.0.0")));
    QCOMPARE(staged.exitCode, 0);
    const auto match
        = QRegularExpression(QStringLiteral("\\+ @acme/theme@5\\.0\\.0 \\(staged with id "
                                            "([0-9a-f-]{36})\\)"))
              .match(staged.output);
    QVERIFY2(match.hasMatch(), qPrintable(staged.output));
    const QString id = match.captured(1);

    const NpmRun list
        = npm({QStringLiteral("stage"), QStringLiteral("list"), QStringLiteral("@acme/theme")},
              m_stageOnlyRc);
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.output.contains(QStringLiteral("id: ") + id), qPrintable(list.output));
    QVERIFY(list.output.contains(QStringLiteral("staged by: maintainer (user)")));

    const NpmRun approve = npm({QStringLiteral("stage"), QStringLiteral("approve"), id,
                                QStringLiteral("--otp=") + maintainerTotpNow()},
                               m_stageOnlyRc);
    QVERIFY(approve.exitCode != 0);
    QVERIFY2(approve.output.contains(QStringLiteral("403 Forbidden")), qPrintable(approve.output));
    QVERIFY(approve.output.contains(
        QStringLiteral("This token cannot approve or reject staged versions")));
}

void SandboxStageAccessNpmTest::trustConfigsWithPermissionsThroughNpm()
{
    const NpmRun login = npm(
        {QStringLiteral("login"), QStringLiteral("--auth-type=legacy")}, m_sessionRc, {},
        {QStringLiteral("Username:"), QStringLiteral("maintainer"), QStringLiteral("Password:"),
         QStringLiteral("sandbox-password"), QStringLiteral("Enter OTP:"), maintainerTotpNow()});
    QCOMPARE(login.exitCode, 0);
    // @acme/theme: stage only (npm's default for new configs); @acme/icons: both. @acme/theme gets
    // a second config (another repository) to show that several configs per package are kept.
    const QList<QStringList> configs{{QStringLiteral("@acme/theme"), QStringLiteral("acme/ui-kit"),
                                      QStringLiteral("--allow-stage-publish")},
                                     {QStringLiteral("@acme/theme"),
                                      QStringLiteral("acme/theme-legacy"),
                                      QStringLiteral("--allow-publish")},
                                     {QStringLiteral("@acme/icons"), QStringLiteral("acme/ui-kit"),
                                      QStringLiteral("--allow-publish")}};
    for (const QStringList &c : configs) {
        QStringList args{QStringLiteral("trust"),
                         QStringLiteral("github"),
                         c[0],
                         QStringLiteral("--file=release.yml"),
                         QStringLiteral("--repo=") + c[1],
                         c[2],
                         QStringLiteral("--yes"),
                         QStringLiteral("--otp=") + maintainerTotpNow()};
        if (c[0] == QLatin1String("@acme/icons"))
            args << QStringLiteral("--allow-stage-publish");
        const NpmRun run = npm(args, m_sessionRc);
        QCOMPARE(run.exitCode, 0);
    }
    const QJsonArray theme
        = package(QStringLiteral("@acme/theme")).value(QStringLiteral("trust")).toArray();
    QCOMPARE(theme.size(), 2);
    QCOMPARE(theme.at(0).toObject().value(QStringLiteral("permissions")).toArray(),
             QJsonArray{QStringLiteral("createStagedPackage")});
    const QJsonArray icons
        = package(QStringLiteral("@acme/icons")).value(QStringLiteral("trust")).toArray();
    QCOMPARE(icons.size(), 1);
    QCOMPARE(icons.at(0).toObject().value(QStringLiteral("permissions")).toArray().size(), 2);
}

void SandboxStageAccessNpmTest::oidcStagesUnderStageOnlyConfig()
{
    const NpmRun run = npm(
        {QStringLiteral("stage"), QStringLiteral("publish"), QStringLiteral("--loglevel=verbose")},
        m_emptyRc, writePackage(QStringLiteral("@acme/theme"), QStringLiteral("5.1.0")), {},
        ciEnv(QStringLiteral("acme/ui-kit")));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.output.contains(QStringLiteral("oidc Successfully retrieved and set token")),
             qPrintable(run.output));
    QVERIFY(run.output.contains(QStringLiteral("+ @acme/theme@5.1.0 (staged with id ")));
    const NpmRun list
        = npm({QStringLiteral("stage"), QStringLiteral("list"), QStringLiteral("@acme/theme")},
              m_sessionRc);
    QVERIFY2(list.output.contains(QStringLiteral("version: 5.1.0")), qPrintable(list.output));
    QVERIFY(list.output.contains(QStringLiteral("staged by: GitHub Actions (trusted automation)")));
}

void SandboxStageAccessNpmTest::oidcDirectPublishDeniedUnderStageOnlyConfig()
{
    const NpmRun run = npm({QStringLiteral("publish")}, m_emptyRc,
                           writePackage(QStringLiteral("@acme/theme"), QStringLiteral("5.2.0")), {},
                           ciEnv(QStringLiteral("acme/ui-kit")));
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.output.contains(
                 QRegularExpression(QStringLiteral("403 Forbidden - PUT \\S+ - OIDC permission "
                                                   "denied for this action"))),
             qPrintable(run.output));
    QVERIFY(!package(QStringLiteral("@acme/theme"))
                 .value(QStringLiteral("versions"))
                 .toObject()
                 .contains(QStringLiteral("5.2.0")));
}

void SandboxStageAccessNpmTest::oidcPublishesAndStagesUnderDirectConfig()
{
    const NpmRun published
        = npm({QStringLiteral("publish")}, m_emptyRc,
              writePackage(QStringLiteral("@acme/icons"), QStringLiteral("5.0.0")), {},
              ciEnv(QStringLiteral("acme/ui-kit")));
    QCOMPARE(published.exitCode, 0);
    QVERIFY(published.output.contains(QStringLiteral("+ @acme/icons@5.0.0")));
    const QJsonObject publisher = package(QStringLiteral("@acme/icons"))
                                      .value(QStringLiteral("versions"))
                                      .toObject()
                                      .value(QStringLiteral("5.0.0"))
                                      .toObject()
                                      .value(QStringLiteral("_npmUser"))
                                      .toObject();
    QCOMPARE(publisher.value(QStringLiteral("trustedPublisher"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             QStringLiteral("github"));

    const NpmRun staged = npm({QStringLiteral("stage"), QStringLiteral("publish")}, m_emptyRc,
                              writePackage(QStringLiteral("@acme/icons"), QStringLiteral("5.1.0")),
                              {}, ciEnv(QStringLiteral("acme/ui-kit")));
    QCOMPARE(staged.exitCode, 0);
    QVERIFY2(staged.output.contains(QStringLiteral("+ @acme/icons@5.1.0 (staged with id ")),
             qPrintable(staged.output));
}

// The CI job of issue 13's end-to-end story: one `npm stage publish --workspaces` in a monorepo
// whose three packages each trust the repository's release workflow for staging.
void SandboxStageAccessNpmTest::oidcStagesEveryPackageOfAWorkspace()
{
    const QStringList names{QStringLiteral("@acme/forms"), QStringLiteral("@acme/charts"),
                            QStringLiteral("@acme/tables")};
    for (const QString &name : names) {
        const NpmRun trust
            = npm({QStringLiteral("trust"), QStringLiteral("github"), name,
                   QStringLiteral("--file=release.yml"), QStringLiteral("--repo=acme/monorepo"),
                   QStringLiteral("--allow-stage-publish"), QStringLiteral("--yes"),
                   QStringLiteral("--otp=") + maintainerTotpNow()},
                  m_sessionRc);
        QCOMPARE(trust.exitCode, 0);
    }
    const QString root = m_home.filePath(QStringLiteral("monorepo"));
    QDir().mkpath(root);
    QJsonArray workspaces;
    for (const QString &name : names) {
        const QString dir = writePackage(name, QStringLiteral("2.0.0"));
        const QString target
            = root + QStringLiteral("/packages/") + name.section(QLatin1Char('/'), 1);
        QDir().mkpath(root + QStringLiteral("/packages"));
        QVERIFY(QDir().rename(dir, target));
        workspaces.append(QString(QStringLiteral("packages/") + name.section(QLatin1Char('/'), 1)));
    }
    QFile manifest(root + QStringLiteral("/package.json"));
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write(QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("monorepo")},
                                             {QStringLiteral("private"), true},
                                             {QStringLiteral("workspaces"), workspaces}})
                       .toJson());
    manifest.close();

    const NpmRun run
        = npm({QStringLiteral("stage"), QStringLiteral("publish"), QStringLiteral("--workspaces")},
              m_emptyRc, root, {}, ciEnv(QStringLiteral("acme/monorepo")));
    QCOMPARE(run.exitCode, 0);
    for (const QString &name : names)
        QVERIFY2(run.output.contains(QStringLiteral("+ %1@2.0.0 (staged with id ").arg(name)),
                 qPrintable(run.output));
    const NpmRun list = npm({QStringLiteral("stage"), QStringLiteral("list")}, m_sessionRc);
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.output.count(QStringLiteral("staged by: GitHub Actions (trusted automation)")),
             1 /* the demo's widgets rc */ + 1 /* theme 5.1.0 */ + 1 /* icons 5.1.0 */ + 3);
}

QTEST_GUILESS_MAIN(SandboxStageAccessNpmTest)
#include "tst_sandbox_stage_access_npm.moc"
