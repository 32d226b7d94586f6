// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, way out (a) and (c) end to end: the real tokendesk-cli, the real tokendesk-sandbox
// (demo seed), the real keychain and the real npm CLI. @acme/router is published today from CI
// with the bypass-2FA token github-actions-publish (a direct-publish token, at risk in January
// 2027). `tokendesk-cli trust github` sets up trusted publishing with no --allow-* flag, i.e.
// stage only; `trust workflow --apply` changes the workflow's npm publish to npm stage publish
// (shown as a diff first, written only with --apply); the real npm, run as a simulated GitHub
// Actions job (the sandbox's id token in NPM_ID_TOKEN, no token anywhere) runs the patched
// workflow's publish step and stages the release; a direct npm publish from the same job is
// refused (OIDC permission denied for this action); `tokendesk-cli token revoke` retires the old
// direct token, which then publishes nothing. The slots run in order.
#include "CliSandboxFixture.h"
#include "NpmCli.h"

#include <QRegularExpression>

using namespace td::test;

namespace {
constexpr auto kPackage = "@acme/router";
// github-actions-publish: write @acme, bypass 2FA (app/sandbox/resources/demo-seed.json).
constexpr auto kDirectToken = "npm_SandboxDemoBypass0000000000000000000";
constexpr auto kDirectTokenKey = "0b5f1a2c-0006-4a00-8000-000000000006";

void writeText(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

// A code from the local clock with at least `seconds` of its window left, so it is still
// current when the registry checks it.
QString freshOtp(int seconds = 10)
{
    const qint64 into = QDateTime::currentSecsSinceEpoch() % 30;
    if (30 - into < seconds)
        QTest::qWait(int(30 - into + 1) * 1000);
    return currentOtp();
}

QByteArray readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The workflow as the repository has it today: npm publish with the token from a secret.
constexpr auto kWorkflow = "name: Release\n"
                           "on:\n"
                           "  push:\n"
                           "    tags: ['v*']\n"
                           "permissions:\n"
                           "  contents: read\n"
                           "  id-token: write\n"
                           "jobs:\n"
                           "  publish:\n"
                           "    runs-on: ubuntu-latest\n"
                           "    steps:\n"
                           "      - uses: actions/checkout@v4\n"
                           "      - uses: actions/setup-node@v4\n"
                           "        with:\n"
                           "          node-version: 24\n"
                           "      - run: npm install -g npm@latest\n"
                           "      - run: npm publish --access public\n";
} // namespace

class TstCliTrustStageE2e : public QObject
{
    Q_OBJECT
    CliSandbox m_world;
    QTemporaryDir m_npmHome;
    QTemporaryDir m_repo;
    QString m_emptyRc;
    QString m_directRc;

    NpmCli npm() const { return NpmCli(m_npmHome.path()); }
    QStringList npmArgs(const QString &rc) const
    {
        return NpmCli::commonArgs(m_world.sandbox.url(), rc);
    }
    QString workflowPath() const
    {
        return m_repo.filePath(QStringLiteral(".github/workflows/release.yml"));
    }
    HttpReply control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return httpCall(method, m_world.sandbox.url().resolved(QUrl(path)),
                        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(),
                        {{"content-type", "application/json"}});
    }
    QJsonObject sandboxPackage()
    {
        for (const QJsonValue &p : control("GET", QStringLiteral("/-/sandbox/state"))
                                       .json()
                                       .object()
                                       .value(QLatin1String("packages"))
                                       .toArray())
            if (p.toObject().value(QLatin1String("name")).toString() == QLatin1String(kPackage))
                return p.toObject();
        return {};
    }
    QStringList publishedVersions()
    {
        const QJsonValue versions = sandboxPackage().value(QLatin1String("versions"));
        QStringList out;
        if (versions.isObject())
            return versions.toObject().keys();
        for (const QJsonValue &v : versions.toArray())
            out << (v.isObject() ? v.toObject().value(QLatin1String("version")).toString()
                                 : v.toString());
        return out;
    }
    void setVersion(const QString &version)
    {
        writeText(
            m_repo.filePath(QStringLiteral("package.json")),
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("name"), QLatin1String(kPackage)},
                    {QStringLiteral("version"), version},
                    {QStringLiteral("main"), QStringLiteral("index.js")},
                    {QStringLiteral("files"), QJsonArray{QStringLiteral("index.js")}},
                    {QStringLiteral("repository"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("git")},
                                 {QStringLiteral("url"),
                                  QStringLiteral("git+https://github.com/acme/router.git")}}}})
                .toJson());
    }
    QStringList githubJob()
    {
        return githubJobEnv(m_world.sandbox.url(), QStringLiteral("acme/router"),
                            QStringLiteral("release.yml"));
    }
    // The publish step the workflow file holds now ("npm stage publish --access public").
    QStringList publishStep()
    {
        const auto match = QRegularExpression(QStringLiteral(R"(- run: (npm [^\n]*publish[^\n]*))"))
                               .match(QString::fromUtf8(readText(workflowPath())));
        return match.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_world.home.isValid() && m_npmHome.isValid() && m_repo.isValid());
        const QString problem = NpmCli::versionProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        QVERIFY2(m_world.sandbox.start(), qPrintable(m_world.sandbox.errorString()));
        QVERIFY(!m_world.signIn().isEmpty());
        m_emptyRc = m_npmHome.filePath(QStringLiteral("empty.npmrc"));
        QVERIFY(QFile(m_emptyRc).open(QIODevice::WriteOnly));
        m_directRc = npm().writeTokenRc(m_world.sandbox.url(), QStringLiteral("direct.npmrc"),
                                        QLatin1String(kDirectToken));
        setVersion(QStringLiteral("1.3.0"));
        writeText(m_repo.filePath(QStringLiteral("index.js")), "module.exports = 'router';\n");
        writeText(m_repo.filePath(QStringLiteral(".git/config")),
                  "[remote \"origin\"]\n\turl = git@github.com:acme/router.git\n");
        writeText(workflowPath(), kWorkflow);
    }

    // Today: CI publishes directly with the bypass token. This is what stops in January 2027.
    void theDirectTokenPublishesToday()
    {
        const NpmRun run = npm().run(QStringList{QStringLiteral("publish")} + npmArgs(m_directRc),
                                     {}, m_repo.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QVERIFY(publishedVersions().contains(QStringLiteral("1.3.0")));
    }

    // No --allow-publish, no --allow-stage-publish: the config allows staging only.
    void trustGithubDefaultsToStageOnly()
    {
        const CliRun r
            = m_world.cli({QStringLiteral("trust"), QStringLiteral("github"),
                           QStringLiteral("--all"), m_repo.path(), QStringLiteral("--file"),
                           QStringLiteral("release.yml"), QStringLiteral("--otp"), freshOtp()});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const QJsonArray trust = sandboxPackage().value(QLatin1String("trust")).toArray();
        QCOMPARE(trust.size(), 1);
        const QJsonObject config = trust.first().toObject();
        QCOMPARE(config.value(QLatin1String("permissions")).toArray(),
                 (QJsonArray{QStringLiteral("createStagedPackage")}));
        QCOMPARE(config.value(QLatin1String("claims"))
                     .toObject()
                     .value(QLatin1String("repository"))
                     .toString(),
                 QStringLiteral("acme/router"));
    }

    // Way out (c): a diff first, nothing written; the file changes only with --apply.
    void workflowBecomesStagePublishOnlyOnApply()
    {
        // trust check compares the config with the workflow it names: npm publish would be
        // refused by a stage-only config.
        const CliRun before
            = m_world.cli({QStringLiteral("trust"), QStringLiteral("check"), m_repo.path()});
        QCOMPARE(before.exitCode, 1);
        QVERIFY2(before.out.contains("allows staging only, but .github/workflows/release.yml "
                                     "runs npm publish"),
                 before.out.constData());
        const CliRun shown
            = m_world.cli({QStringLiteral("trust"), QStringLiteral("workflow"), m_repo.path()});
        QVERIFY2(shown.exitCode == 0, QByteArray(shown.out + shown.err).constData());
        QVERIFY2(shown.out.contains("-      - run: npm publish --access public\n"
                                    "+      - run: npm stage publish --access public\n"),
                 shown.out.constData());
        QCOMPARE(readText(workflowPath()), QByteArray(kWorkflow));

        const CliRun applied = m_world.cli({QStringLiteral("trust"), QStringLiteral("workflow"),
                                            m_repo.path(), QStringLiteral("--apply")});
        QVERIFY2(applied.exitCode == 0, QByteArray(applied.out + applied.err).constData());
        QCOMPARE(readText(workflowPath()),
                 QByteArray(kWorkflow).replace("npm publish", "npm stage publish"));
        QCOMPARE(
            publishStep(),
            (QStringList{QStringLiteral("npm"), QStringLiteral("stage"), QStringLiteral("publish"),
                         QStringLiteral("--access"), QStringLiteral("public")}));
        // trust check agrees: the config matches and names a workflow the repository has.
        const CliRun check
            = m_world.cli({QStringLiteral("trust"), QStringLiteral("check"), m_repo.path()});
        QVERIFY2(check.exitCode == 0, QByteArray(check.out + check.err).constData());
    }

    // The CI job runs the patched workflow's publish step with the real npm: staged, not
    // published (it waits for a maintainer's approval).
    void ciJobStagesThroughOidc()
    {
        setVersion(QStringLiteral("1.4.0"));
        const QStringList step = publishStep();
        QCOMPARE(step.value(0), QStringLiteral("npm"));
        const NpmRun run
            = npm().run(step.mid(1) + npmArgs(m_emptyRc), {}, m_repo.path(), githubJob());
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QVERIFY2(run.output.contains(QRegularExpression(QStringLiteral(
                     R"(\+ @acme/router@1\.4\.0 \(staged with id [0-9a-f-]{36}\))"))),
                 qPrintable(run.output));
        QVERIFY(!publishedVersions().contains(QStringLiteral("1.4.0")));
    }

    // The same job cannot publish directly: the config allows staging only.
    void directPublishFromTheJobIsRefused()
    {
        setVersion(QStringLiteral("1.4.1"));
        const NpmRun run = npm().run(QStringList{QStringLiteral("publish")} + npmArgs(m_emptyRc),
                                     {}, m_repo.path(), githubJob());
        QVERIFY2(run.exitCode != 0, qPrintable(run.output));
        QVERIFY2(run.output.contains(u"OIDC permission denied for this action"),
                 qPrintable(run.output));
        QVERIFY(!publishedVersions().contains(QStringLiteral("1.4.1")));
    }

    // The old direct-publish token goes: revoked on the registry, it publishes nothing.
    void theOldDirectTokenIsRevoked()
    {
        const CliRun r
            = m_world.cli({QStringLiteral("token"), QStringLiteral("revoke"),
                           QLatin1String(kDirectTokenKey), QStringLiteral("--otp"), freshOtp()});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY(!m_world.stateToken(QLatin1String(kDirectTokenKey))
                     .value(QLatin1String("revoked"))
                     .toString()
                     .isEmpty());
        setVersion(QStringLiteral("1.4.2"));
        const NpmRun run = npm().run(QStringList{QStringLiteral("publish")} + npmArgs(m_directRc),
                                     {}, m_repo.path());
        QVERIFY2(run.exitCode != 0, qPrintable(run.output));
        QVERIFY(!publishedVersions().contains(QStringLiteral("1.4.2")));
    }
};

QTEST_GUILESS_MAIN(TstCliTrustStageE2e)
#include "tst_cli_trust_stage_e2e.moc"
