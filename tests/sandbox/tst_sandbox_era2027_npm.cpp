// SPDX-License-Identifier: GPL-3.0-or-later
// npm's January 2027 cut-over with the real npm CLI (11.15+) against `tokendesk-sandbox --era
// 2027-01`: the demo releaser's bypass-2FA token is refused a direct `npm publish` with the
// sandbox's E_BYPASS_PUBLISH_ENDED answer (which says the token can still stage), while `npm stage
// publish` with the same token works, a stage-only token still answers E_STAGE_REQUIRED, a token
// without bypass still publishes, and a simulated GitHub Actions job still publishes through
// OIDC. A second sandbox with `--era current` proves the same direct publish works today.
#include "HttpHelper.h"
#include "NpmCli.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace td::test;

namespace {

// The demo releaser's tokens (app/sandbox/README.md), each covering one package.
constexpr auto kBypassToken = "npm_SandboxReleaserBypass000000000000000"; // via-bypass-token
constexpr auto kStageToken = "npm_SandboxReleaserStageOnly000000000000";  // via-stage-token
constexpr auto kDirectToken = "npm_SandboxReleaserDirect000000000000000"; // via-direct-token
constexpr auto kBypassPackage = "@releaser/via-bypass-token";

} // namespace

class SandboxEra2027NpmTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void bypassTokenDirectPublishIsRefused();
    void bypassTokenStagePublishWorks();
    void stageOnlyTokenStillAnswersStageRequired();
    void directTokenWithoutBypassStillPublishes();
    void oidcStillPublishesDirectly();
    void bypassTokenDirectPublishWorksInTheCurrentEra();

private:
    NpmRun npm(SandboxProcess &sandbox, const QStringList &args, const QString &token,
               const QString &workDir, const QStringList &env = {});
    bool published(SandboxProcess &sandbox, const QString &name, const QString &version);

    SandboxProcess m_era2027;
    SandboxProcess m_current;
    QTemporaryDir m_home;
};

void SandboxEra2027NpmTest::initTestCase()
{
    QVERIFY(m_home.isValid());
    const QString problem = NpmCli::versionProblem();
    if (!problem.isEmpty())
        QFAIL(qPrintable(problem));
    QVERIFY2(m_era2027.start({QStringLiteral("--era"), QStringLiteral("2027-01")}),
             qPrintable(m_era2027.errorString()));
    QVERIFY2(m_current.start({QStringLiteral("--era"), QStringLiteral("current")}),
             qPrintable(m_current.errorString()));
}

// npm with `token` (empty: none) in its userconfig for `sandbox`.
NpmRun SandboxEra2027NpmTest::npm(SandboxProcess &sandbox, const QStringList &args,
                                  const QString &token, const QString &workDir,
                                  const QStringList &env)
{
    const NpmCli cli(m_home.path());
    const QString rcName = QStringLiteral("port%1.npmrc").arg(sandbox.url().port());
    const QString rc = token.isEmpty() ? m_home.filePath(QStringLiteral("empty.npmrc"))
                                       : cli.writeTokenRc(sandbox.url(), rcName, token);
    if (token.isEmpty())
        QFile(rc).open(QIODevice::WriteOnly);
    return cli.run(args + NpmCli::commonArgs(sandbox.url(), rc), {}, workDir, env);
}

bool SandboxEra2027NpmTest::published(SandboxProcess &sandbox, const QString &name,
                                      const QString &version)
{
    const HttpReply state
        = httpCall("GET", sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/state"))));
    for (const QJsonValue &p : state.json().object().value(QStringLiteral("packages")).toArray())
        if (p.toObject().value(QStringLiteral("name")).toString() == name)
            return p.toObject().value(QStringLiteral("versions")).toObject().contains(version);
    return false;
}

void SandboxEra2027NpmTest::bypassTokenDirectPublishIsRefused()
{
    const NpmCli cli(m_home.path());
    const NpmRun run
        = npm(m_era2027, {QStringLiteral("publish")}, QLatin1String(kBypassToken),
              cli.writePackage(QLatin1String(kBypassPackage), QStringLiteral("1.0.8")));
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.output.contains(QRegularExpression(QStringLiteral(
                 "403 Forbidden - PUT \\S+/@releaser%2fvia-bypass-token - E_BYPASS_PUBLISH_ENDED: "
                 "since January 2027, granular tokens with bypass 2FA can no longer publish "
                 "directly\\. This token can still stage: run npm stage publish and approve the "
                 "staged version with 2FA, or publish with trusted publishing \\(OIDC\\)\\."))),
             qPrintable(run.output));
    QVERIFY(!published(m_era2027, QLatin1String(kBypassPackage), QStringLiteral("1.0.8")));
}

void SandboxEra2027NpmTest::bypassTokenStagePublishWorks()
{
    const NpmCli cli(m_home.path());
    const NpmRun run
        = npm(m_era2027, {QStringLiteral("stage"), QStringLiteral("publish")},
              QLatin1String(kBypassToken),
              cli.writePackage(QLatin1String(kBypassPackage), QStringLiteral("1.0.9")));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.output.contains(QRegularExpression(
                 QStringLiteral("\\+ @releaser/via-bypass-token@1\\.0\\.9 \\(staged with id "
                                "[0-9a-f-]{36}\\)"))),
             qPrintable(run.output));
    const HttpReply staged
        = httpCall("GET", m_era2027.url().resolved(QUrl(QStringLiteral("/-/sandbox/staged"))));
    bool found = false;
    for (const QJsonValue &item : staged.json().array())
        found = found
            || (item.toObject().value(QStringLiteral("packageName")).toString()
                    == QLatin1String(kBypassPackage)
                && item.toObject().value(QStringLiteral("version")).toString()
                    == QLatin1String("1.0.9"));
    QVERIFY(found);
}

void SandboxEra2027NpmTest::stageOnlyTokenStillAnswersStageRequired()
{
    const NpmCli cli(m_home.path());
    const NpmRun run = npm(
        m_era2027, {QStringLiteral("publish")}, QLatin1String(kStageToken),
        cli.writePackage(QStringLiteral("@releaser/via-stage-token"), QStringLiteral("2.2.0")));
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.output.contains(QRegularExpression(
                 QStringLiteral("403 Forbidden - PUT \\S+ - E_STAGE_REQUIRED: this token can only "
                                "stage a publish"))),
             qPrintable(run.output));
    QVERIFY(!published(m_era2027, QStringLiteral("@releaser/via-stage-token"),
                       QStringLiteral("2.2.0")));
}

void SandboxEra2027NpmTest::directTokenWithoutBypassStillPublishes()
{
    const NpmCli cli(m_home.path());
    const NpmRun run = npm(
        m_era2027, {QStringLiteral("publish")}, QLatin1String(kDirectToken),
        cli.writePackage(QStringLiteral("@releaser/via-direct-token"), QStringLiteral("3.0.3")));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.output.contains(QStringLiteral("+ @releaser/via-direct-token@3.0.3")),
             qPrintable(run.output));
    QVERIFY(published(m_era2027, QStringLiteral("@releaser/via-direct-token"),
                      QStringLiteral("3.0.3")));
}

void SandboxEra2027NpmTest::oidcStillPublishesDirectly()
{
    // A GitHub Actions job of releaser/via-oidc running publish.yml (the package's trust config,
    // which allows createPackage), as npm sees it: GITHUB_ACTIONS and an id token.
    const QJsonObject body{
        {QStringLiteral("provider"), QStringLiteral("github")},
        {QStringLiteral("claims"),
         QJsonObject{{QStringLiteral("repository"), QStringLiteral("releaser/via-oidc")},
                     {QStringLiteral("workflow_ref"),
                      QStringLiteral("releaser/via-oidc/.github/workflows/publish.yml@refs/heads/"
                                     "main")}}}};
    const QString idToken
        = httpCall("POST",
                   m_era2027.url().resolved(QUrl(QStringLiteral("/-/sandbox/oidc/id-token"))),
                   QJsonDocument(body).toJson())
              .json()
              .object()
              .value(QStringLiteral("id_token"))
              .toString();
    QVERIFY(!idToken.isEmpty());
    const NpmCli cli(m_home.path());
    const NpmRun run
        = npm(m_era2027, {QStringLiteral("publish")}, QString(),
              cli.writePackage(QStringLiteral("@releaser/via-oidc"), QStringLiteral("1.5.0")),
              {QStringLiteral("GITHUB_ACTIONS=true"), QStringLiteral("NPM_ID_TOKEN=") + idToken});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.output.contains(QStringLiteral("+ @releaser/via-oidc@1.5.0")),
             qPrintable(run.output));
    QVERIFY(published(m_era2027, QStringLiteral("@releaser/via-oidc"), QStringLiteral("1.5.0")));
}

void SandboxEra2027NpmTest::bypassTokenDirectPublishWorksInTheCurrentEra()
{
    const NpmCli cli(m_home.path());
    const NpmRun run
        = npm(m_current, {QStringLiteral("publish")}, QLatin1String(kBypassToken),
              cli.writePackage(QLatin1String(kBypassPackage), QStringLiteral("1.0.8")));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.output.contains(QStringLiteral("+ @releaser/via-bypass-token@1.0.8")),
             qPrintable(run.output));
    QVERIFY(published(m_current, QLatin1String(kBypassPackage), QStringLiteral("1.0.8")));
}

QTEST_GUILESS_MAIN(SandboxEra2027NpmTest)
#include "tst_sandbox_era2027_npm.moc"
