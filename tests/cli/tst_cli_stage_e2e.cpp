// SPDX-License-Identifier: GPL-3.0-or-later
// tokendesk-cli stage against the real tokendesk-sandbox, the real keychain and the real npm CLI
// (issue 13): `stage list` prints what `npm stage list` prints for the same sandbox state
// (text and --json, with and without a package, view); and the whole flow — three packages of a
// workspace folder staged by `npm stage publish` from a simulated GitHub Actions job (sandbox id
// token, stage-only trust configs made with `npm trust github`), listed as staged by trusted
// automation, diffed against their previous release,
// approved in one batch with one code in dependency order (though staged the other way round),
// then `npm view` sees each version with its tag; a fourth stage is rejected and gone.
#include "CliSandboxFixture.h"
#include "NpmCli.h"

#include <QRegularExpression>
#include <QSet>

using namespace td::test;

namespace {
// "ci-install": read-only, all packages of the demo maintainer: it sees the same stages as his
// session, so npm and tokendesk-cli list the same state.
constexpr auto kReadAllToken = "npm_SandboxDemoReadOnly00000000000000000";
// "laptop-publish": read-write @maintainer, no bypass: publishes with a code, stages without.
constexpr auto kLaptopToken = "npm_SandboxDemoHealthy000000000000000000";
// The demo's staged @acme/ui 1.3.0 (app/sandbox/resources/demo-seed.json).
constexpr auto kDemoStageId = "5e1a7c2b-4d3f-4a8e-9b6c-1d2e3f4a5b01";

void writeJson(const QString &path, const QJsonObject &object)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(object).toJson());
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

// Waits until the current TOTP step has at least `seconds` left, so one code serves a batch.
void waitForFreshTotpWindow(int seconds = 20)
{
    const qint64 into = QDateTime::currentSecsSinceEpoch() % 30;
    if (30 - into < seconds)
        QTest::qWait(int(30 - into + 1) * 1000);
}
} // namespace

class TstCliStageE2e : public QObject
{
    Q_OBJECT
    CliSandbox m_world;
    QTemporaryDir m_npmHome;
    QTemporaryDir m_repo;
    QString m_readRc;
    QString m_laptopRc;
    QString m_sessionRc;
    QString m_emptyRc;

    NpmCli npm() const { return NpmCli(m_npmHome.path()); }
    QStringList npmArgs(const QString &rc) const
    {
        return NpmCli::commonArgs(m_world.sandbox.url(), rc);
    }

    // npm stage list as a plain process: stdout alone, as a user's terminal shows it.
    QByteArray npmStdout(const QStringList &args, const QString &workDir = {})
    {
        const NpmPlainRun run = npm().plain(
            args + npmArgs(m_readRc) + QStringList{QStringLiteral("--loglevel=error")}, workDir);
        if (run.exitCode != 0)
            qWarning("npm failed: %s", run.err.constData());
        return run.exitCode == -1 ? QByteArray("npm timed out") : run.out;
    }

    HttpReply control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return httpCall(method, m_world.sandbox.url().resolved(QUrl(path)),
                        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(),
                        {{"content-type", "application/json"}});
    }

    QString packageDir(const QString &name) const
    {
        return m_repo.filePath(QStringLiteral("packages/") + name.section(QLatin1Char('/'), -1));
    }

    void writeWorkspacePackage(const QString &name, const QString &version, const QStringList &deps,
                               const QByteArray &index, const QJsonObject &scripts = {})
    {
        QJsonObject dependencies;
        for (const QString &d : deps)
            dependencies.insert(d, QStringLiteral("^1.0.0"));
        QJsonObject manifest{{QStringLiteral("name"), name},
                             {QStringLiteral("version"), version},
                             {QStringLiteral("main"), QStringLiteral("index.js")},
                             {QStringLiteral("dependencies"), dependencies},
                             {QStringLiteral("publishConfig"),
                              QJsonObject{{QStringLiteral("access"), QStringLiteral("public")}}}};
        if (!scripts.isEmpty())
            manifest.insert(QStringLiteral("scripts"), scripts);
        writeJson(packageDir(name) + QStringLiteral("/package.json"), manifest);
        writeText(packageDir(name) + QStringLiteral("/index.js"), index);
    }

    QStringList githubJob()
    {
        return githubJobEnv(m_world.sandbox.url(), QStringLiteral("acme/mono"),
                            QStringLiteral("release.yml"));
    }

    // npm stage publish in a package folder, from the simulated CI job (no token at all: the
    // trust config allows staging only); the id npm printed.
    QString stagePublish(const QString &name, const QString &version, const QStringList &extra = {})
    {
        const NpmRun run = npm().run(QStringList{QStringLiteral("stage"), QStringLiteral("publish")}
                                         + extra + npmArgs(m_emptyRc),
                                     {}, packageDir(name), githubJob());
        const auto match
            = QRegularExpression(
                  QStringLiteral("\\+ %1@%2 \\(staged with id ([0-9a-f-]{36})\\)")
                      .arg(QRegularExpression::escape(name), QRegularExpression::escape(version)))
                  .match(run.output);
        if (run.exitCode != 0 || !match.hasMatch())
            qWarning().noquote() << run.output;
        return match.captured(1);
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
        m_readRc = npm().writeTokenRc(m_world.sandbox.url(), QStringLiteral("read.npmrc"),
                                      QLatin1String(kReadAllToken));
        m_laptopRc = npm().writeTokenRc(m_world.sandbox.url(), QStringLiteral("laptop.npmrc"),
                                        QLatin1String(kLaptopToken));
        m_sessionRc = m_npmHome.filePath(QStringLiteral("session.npmrc"));
        m_emptyRc = m_npmHome.filePath(QStringLiteral("empty.npmrc"));
        QVERIFY(QFile(m_sessionRc).open(QIODevice::WriteOnly));
        QVERIFY(QFile(m_emptyRc).open(QIODevice::WriteOnly));
    }

    void listPrintsWhatNpmPrints_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("all") << QStringList{};
        QTest::newRow("json") << QStringList{QStringLiteral("--json")};
        QTest::newRow("one package") << QStringList{QStringLiteral("@acme/ui")};
        QTest::newRow("one package, json")
            << QStringList{QStringLiteral("@acme/widgets"), QStringLiteral("--json")};
        QTest::newRow("nothing staged for it") << QStringList{QStringLiteral("@acme/core")};
        QTest::newRow("view") << QStringList{QStringLiteral("view"), QLatin1String(kDemoStageId)};
        QTest::newRow("view, json") << QStringList{
            QStringLiteral("view"), QLatin1String(kDemoStageId), QStringLiteral("--json")};
    }
    void listPrintsWhatNpmPrints()
    {
        QFETCH(QStringList, args);
        const QStringList command
            = QStringList{QStringLiteral("stage"), QStringLiteral("list")} + args;
        const QByteArray fromNpm = npmStdout(command);
        const CliRun ours = m_world.cli(command);
        QCOMPARE(ours.exitCode, 0);
        QVERIFY2(!fromNpm.isEmpty(), "npm printed nothing");
        QCOMPARE(QString::fromUtf8(ours.out), QString::fromUtf8(fromNpm));
    }

    void downloadSavesWhatNpmSaves()
    {
        QTemporaryDir npmDir, ourDir;
        const QStringList command{QStringLiteral("stage"), QStringLiteral("download"),
                                  QLatin1String(kDemoStageId)};
        const QByteArray npmFile = npmStdout(command, npmDir.path()).trimmed();
        QProcess p;
        p.setWorkingDirectory(ourDir.path());
        m_world.start(p, command);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray ourFile = p.readAllStandardOutput().trimmed();
        QCOMPARE(ourFile, npmFile); // "acme-ui-1.3.0-<id>.tgz"
        QFile a(npmDir.filePath(QString::fromUtf8(npmFile)));
        QFile b(ourDir.filePath(QString::fromUtf8(ourFile)));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(sha256Hex(b.readAll()), sha256Hex(a.readAll()));
    }

    // Without --otp each version is approved in the browser (here through the sandbox's control
    // API, as a click would). Even with "skip 2FA for 5 minutes" ticked on the first page, the
    // second version asks again: the window never covers stage approvals, and tokendesk-cli never
    // tells the user to tick it for a stage batch.
    void approveInTheBrowserOncePerVersion()
    {
        QJsonArray seeds;
        for (const char *version : {"9.1.0", "9.2.0"})
            seeds.append(
                QJsonObject{{QStringLiteral("package"), QStringLiteral("@maintainer/tools")},
                            {QStringLiteral("version"), QLatin1String(version)},
                            {QStringLiteral("status"), QStringLiteral("staged")}});
        const HttpReply seeded = httpCall(
            "POST", m_world.sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/staged"))),
            QJsonDocument(seeds).toJson(), {{"content-type", "application/json"}});
        QVERIFY2(seeded.status == 201, seeded.body.constData());
        QStringList ids;
        for (const QJsonValue &item : seeded.json().array())
            ids << item.toObject().value(QLatin1String("id")).toString();
        QCOMPARE(ids.size(), 2);

        QProcess p;
        m_world.start(p, QStringList{QStringLiteral("stage"), QStringLiteral("approve")} + ids);
        QSet<QString> approved;
        const QUrl pending
            = m_world.sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/pending")));
        const QUrl approve
            = m_world.sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/approve")));
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const QJsonValue &v : httpCall("GET", pending).json().array()) {
                    const QJsonObject o = v.toObject();
                    const QString id = o.value(QLatin1String("id")).toString();
                    if (o.value(QLatin1String("kind")).toString() != QLatin1String("2fa")
                        || approved.contains(id))
                        continue;
                    approved.insert(id);
                    httpCall("POST", approve,
                             QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                                       {QStringLiteral("username"),
                                                        QStringLiteral("maintainer")},
                                                       {QStringLiteral("approve"), true},
                                                       {QStringLiteral("skip_2fa"), true}})
                                 .toJson(),
                             {{"content-type", "application/json"}});
                }
                return p.state() == QProcess::NotRunning;
            },
            60000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0, err.constData());
        QCOMPARE(approved.size(), 2); // one browser approval per version
        QCOMPARE(err.count("Approve this operation in your browser: http"), 2);
        QVERIFY2(!err.contains("Skip two-factor authentication"), err.constData());
        QCOMPARE(p.readAllStandardOutput().count("approved and published successfully."), 2);
    }

    void theWholeFlowThroughTheCli()
    {
        // A workspace folder: ui needs icons and core, icons needs core.
        writeJson(
            m_repo.filePath(QStringLiteral("package.json")),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("mono")},
                        {QStringLiteral("private"), true},
                        {QStringLiteral("workspaces"), QJsonArray{QStringLiteral("packages/*")}}});
        const QString core = QStringLiteral("@maintainer/core");
        const QString icons = QStringLiteral("@maintainer/icons");
        const QString ui = QStringLiteral("@maintainer/ui");
        writeWorkspacePackage(core, QStringLiteral("1.0.0"), {}, "module.exports = 'core';\n");
        writeWorkspacePackage(icons, QStringLiteral("1.0.0"), {core},
                              "module.exports = 'icons';\n");
        writeWorkspacePackage(ui, QStringLiteral("1.0.0"), {core, icons},
                              "module.exports = 'ui';\n");
        for (const QString &name : {core, icons, ui}) {
            const NpmRun published
                = npm().run(QStringList{QStringLiteral("publish"),
                                        QStringLiteral("--otp=") + maintainerTotpNow()}
                                + npmArgs(m_laptopRc),
                            {}, packageDir(name));
            QVERIFY2(published.exitCode == 0, qPrintable(published.output));
        }
        // The maintainer lets acme/mono's release.yml stage (not publish) each package, with the
        // real `npm trust github … --allow-stage-publish` (npm's default for new configs).
        const NpmRun login
            = npm().run(QStringList{QStringLiteral("login"), QStringLiteral("--auth-type=legacy")}
                            + npmArgs(m_sessionRc),
                        {QStringLiteral("Username:"), QStringLiteral("maintainer"),
                         QStringLiteral("Password:"), QStringLiteral("sandbox-password"),
                         QStringLiteral("Enter OTP:"), maintainerTotpNow()});
        QVERIFY2(login.exitCode == 0, qPrintable(login.output));
        for (const QString &name : {core, icons, ui}) {
            const NpmRun trusted = npm().run(
                QStringList{QStringLiteral("trust"), QStringLiteral("github"), name,
                            QStringLiteral("--file=release.yml"),
                            QStringLiteral("--repo=acme/mono"),
                            QStringLiteral("--allow-stage-publish"), QStringLiteral("--yes"),
                            QStringLiteral("--otp=") + maintainerTotpNow()}
                + npmArgs(m_sessionRc));
            QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.output));
        }
        QCOMPARE(control("POST", QStringLiteral("/-/sandbox/stage-settings"),
                         QJsonObject{{QStringLiteral("validation_seconds"), 0}})
                     .status,
                 200);

        // CI stages 1.1.0 of each, the dependents first (so oldest-first would be wrong).
        writeWorkspacePackage(
            ui, QStringLiteral("1.1.0"), {core, icons}, "module.exports = 'ui 1.1';\n",
            QJsonObject{{QStringLiteral("postinstall"), QStringLiteral("node setup.js")}});
        writeWorkspacePackage(icons, QStringLiteral("1.1.0"), {core},
                              "module.exports = 'icons 1.1';\n");
        writeWorkspacePackage(core, QStringLiteral("1.1.0"), {}, "module.exports = 'core 1.1';\n");
        QStringList ids;
        for (const QString &name : {ui, icons, core}) {
            ids << stagePublish(name, QStringLiteral("1.1.0"));
            QVERIFY(!ids.last().isEmpty());
            QTest::qWait(1100); // distinct createdAt seconds
        }

        const CliRun listed = m_world.cli({QStringLiteral("stage"), QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        for (const QString &id : ids) {
            const QByteArray line = QByteArray("id: ") + id.toUtf8();
            QVERIFY2(listed.out.contains(line), listed.out.constData());
        }
        QCOMPARE(listed.out.count("staged by: GitHub Actions (trusted automation)"), 4); // + demo

        // The diff against 1.0.0: the changed file with its lines, the new install script.
        const CliRun diff
            = m_world.cli({QStringLiteral("stage"), QStringLiteral("diff"), ids.first()});
        QVERIFY2(diff.exitCode == 0, diff.err.constData());
        const QString text = QString::fromUtf8(diff.out);
        QVERIFY2(text.startsWith(QStringLiteral("@maintainer/ui 1.0.0 → 1.1.0\n")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("scripts.postinstall added: node setup.js")),
                 qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("-module.exports = 'ui';\n+module.exports = 'ui 1.1';\n")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("M index.js")), qPrintable(text));

        // One batch, one code, the workspace's dependency order.
        waitForFreshTotpWindow();
        const CliRun approved = m_world.cli(
            {QStringLiteral("stage"), QStringLiteral("approve"), ids.at(0), ids.at(1), ids.at(2),
             QStringLiteral("--project"), m_repo.path(), QStringLiteral("--otp"), currentOtp()});
        QVERIFY2(approved.exitCode == 0, approved.err.constData());
        QCOMPARE(QString::fromUtf8(approved.out),
                 QStringLiteral("Staged package %1 approved and published successfully.\n"
                                "Staged package %2 approved and published successfully.\n"
                                "Staged package %3 approved and published successfully.\n")
                     .arg(ids.at(2), ids.at(1), ids.at(0)));
        for (const QString &name : {core, icons, ui}) {
            const QByteArray tags
                = npmStdout({QStringLiteral("view"), name, QStringLiteral("dist-tags.latest")});
            QCOMPARE(tags.trimmed(), QByteArray("1.1.0"));
        }

        // A fourth stage is rejected and gone.
        writeWorkspacePackage(core, QStringLiteral("2.0.0-beta.0"), {},
                              "module.exports = 'beta';\n");
        const QString fourth
            = stagePublish(core, QStringLiteral("2.0.0-beta.0"), {QStringLiteral("--tag=next")});
        QVERIFY(!fourth.isEmpty());
        waitForFreshTotpWindow(10);
        const CliRun rejected = m_world.cli({QStringLiteral("stage"), QStringLiteral("reject"),
                                             fourth, QStringLiteral("--otp"), currentOtp()});
        QVERIFY2(rejected.exitCode == 0, rejected.err.constData());
        QCOMPARE(rejected.out,
                 QByteArray("Staged package " + fourth.toUtf8() + " has been rejected.\n"));
        const CliRun gone = m_world.cli({QStringLiteral("stage"), QStringLiteral("view"), fourth});
        QCOMPARE(gone.exitCode, 1);
        QCOMPARE(cliLines(gone.err),
                 QByteArray("tokendesk-cli: E404: No staged version with id " + fourth.toUtf8()
                            + " waits on the registry. It may have been approved or rejected "
                              "already, or it is not yours to see. Run 'stage list' for the "
                              "versions that wait.\n"));
        QVERIFY(!npmStdout({QStringLiteral("stage"), QStringLiteral("list")})
                     .contains(fourth.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TstCliStageE2e)
#include "tst_cli_stage_e2e.moc"
