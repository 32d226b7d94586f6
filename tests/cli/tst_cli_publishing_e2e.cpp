// SPDX-License-Identifier: GPL-3.0-or-later
// tokendesk-cli publishing (issue 14) as a real process against a real tokendesk-sandbox process
// on loopback, with the real keychain of the headless harness: a seed with one package per
// publish path (tests/data/publishing/publishing-seed.json), a direct token written in ~/.npmrc
// and, through ${NPM_TOKEN}, in a project whose GitHub workflow reads secrets.NPM_TOKEN, and a
// package whose registry reads answer 401. The table names the verdict per package, the reason
// names the token and where it is used, the way out is printed; --json holds every field; exit 1
// while a package is at risk and 0 once none is. `migrate --to stage-only` plans the stage-only
// replacement for exactly the direct token in use and, applied and confirmed, leaves the package
// ready (it stages with the new token from ~/.npmrc).
#include "CliSandboxFixture.h"
#include "NpmCli.h"
#include "TestPaths.h"

using namespace td::test;

namespace {
const QString kSeed = QStringLiteral(TD_TEST_DATA_DIR "/publishing/publishing-seed.json");
constexpr auto kDirectToken = "npm_DirBPublishPath00000000000000000DirB"; // ship-direct
constexpr auto kBypassKey = "9d4a2b3c-0003-4a00-8000-000000000003";       // ship-bypass

QByteArray lineOf(const QByteArray &out, const QByteArray &start)
{
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith(QByteArray(start + ' ')))
            return line;
    return {};
}
} // namespace

class TstCliPublishingE2e : public QObject
{
    Q_OBJECT
    CliSandbox m_world;
    QString m_project;

    // tokendesk-cli with NPM_TOKEN exported, as the user's shell does.
    CliRun cli(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = m_world.environment();
        env.insert(QStringLiteral("NPM_TOKEN"), QLatin1String(kDirectToken));
        p.setProcessEnvironment(env);
        p.start(programPath(QStringLiteral("tokendesk-cli")),
                QStringList{QStringLiteral("--registry"), m_world.registry()} + args);
        p.waitForStarted();
        p.write(input);
        p.closeWriteChannel();
        CliRun r;
        if (!p.waitForFinished(90000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    QStringList projectArgs() const { return {QStringLiteral("--project"), m_project}; }

    static bool write(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(bytes) == bytes.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_world.home.isValid());
        QVERIFY2(m_world.sandbox.start({QStringLiteral("--seed"), kSeed}),
                 qPrintable(m_world.sandbox.errorString()));
        QVERIFY(!m_world.signIn().isEmpty());
        const QByteArray port = QByteArray::number(m_world.sandbox.url().port());
        const QByteArray nerf = "//127.0.0.1:" + port + "/:_authToken=";
        QVERIFY(write(m_world.home.filePath(QStringLiteral(".npmrc")), nerf + kDirectToken + '\n'));
        m_project = m_world.home.filePath(QStringLiteral("work/direct-token"));
        QVERIFY(write(m_project + QStringLiteral("/.npmrc"), nerf + "${NPM_TOKEN}\n"));
        QVERIFY(write(m_project + QStringLiteral("/.github/workflows/release.yml"),
                      "name: release\non: push\njobs:\n  publish:\n    runs-on: ubuntu-latest\n"
                      "    steps:\n      - uses: actions/setup-node@v4\n"
                      "      - run: npm publish\n        env:\n"
                      "          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n"));
        // Every registry read of @ship/offline answers 401.
        const HttpReply faults = httpCall(
            "POST", m_world.sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/faults"))),
            R"([{"method":"GET","path":"*offline*","status":401,"body":{"error":"Unauthorized"}}])",
            {{"content-type", "application/json"}});
        QCOMPARE(faults.status, 200);
    }

    void tableNamesVerdictReasonAndWayOut()
    {
        const CliRun r = cli(QStringList{QStringLiteral("publishing")} + projectArgs());
        QVERIFY2(r.exitCode == 1, QByteArray(r.out + r.err).constData()); // something is at risk
        QVERIFY2(cliLines(r.err).isEmpty(), r.err.constData());
        const QByteArray &out = r.out;
        const auto verdict = [&out](const char *package, const char *words) {
            const QByteArray line = lineOf(out, package);
            QVERIFY2(line.contains(words),
                     QByteArray(QByteArray(package) + ": " + out).constData());
        };
        verdict("@ship/oidc-direct", "ready");
        verdict("@ship/oidc-stage", "ready");
        verdict("@ship/stage-token", "ready");
        verdict("@ship/direct-token", "at risk in January 2027");
        verdict("@ship/bypass", "at risk in January 2027");
        verdict("@ship/no-path", "no publish path");
        verdict("@ship/offline", "unknown");
        QVERIFY(lineOf(out, "@ship/oidc-direct")
                    .contains("1.1.0 2026-11-01 (trusted publisher, attested)"));
        QVERIFY(lineOf(out, "@ship/oidc-stage").contains("staged, then approved"));

        for (const QByteArray &words :
             {QByteArray("Token \"ship-direct\""), QByteArray("~/.npmrc, line 1"),
              QByteArray("~/work/direct-token/.npmrc, line 1 (${NPM_TOKEN})"),
              QByteArray("CI uses secret NPM_TOKEN (.github/workflows/release.yml)"),
              QByteArray("no exact day is announced"),
              QByteArray("tokendesk-cli trust github @ship/direct-token --repo ship/direct-token "
                         "--file release.yml --allow-stage-publish"),
              QByteArray("tokendesk-cli migrate --to stage-only --apply --password-stdin"),
              QByteArray("Token \"ship-bypass\""), QByteArray("not used anywhere"),
              QByteArray(QByteArray("tokendesk-cli token revoke ") + kBypassKey),
              QByteArray("Way out (a stage-only token with approval)"),
              QByteArray("could not read how @ship/offline is published"),
              QByteArray("Not known for any package: Publishing access"), QByteArray("2 package"),
              QByteArray("at risk in January 2027 (no exact day is announced).")})
            QVERIFY2(out.contains(words),
                     QByteArray(words + " not in (the end):\n" + out.right(900)).constData());
        QVERIFY(!out.contains(kDirectToken)); // never a secret
    }

    void jsonListsEveryField_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("publishing --json")
            << QStringList{QStringLiteral("publishing"), QStringLiteral("--json")};
        QTest::newRow("--json publishing")
            << QStringList{QStringLiteral("--json"), QStringLiteral("publishing")};
    }
    void jsonListsEveryField()
    {
        QFETCH(QStringList, args);
        const CliRun r = cli(args + projectArgs());
        QVERIFY2(r.exitCode == 1, QByteArray(r.out + r.err).constData());
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(QLatin1String("atRisk")).toInt(), 2);
        const QJsonArray packages = root.value(QLatin1String("packages")).toArray();
        QCOMPARE(packages.size(), 7);
        QMap<QString, QJsonObject> by;
        for (const QJsonValue &p : packages) {
            const QJsonObject o = p.toObject();
            for (const char *field :
                 {"account", "registry", "package", "ways", "last", "verdict", "reason", "unknowns",
                  "wayOut", "wayOutCommands", "repository"})
                QVERIFY2(o.contains(QLatin1String(field)), field);
            for (const char *field : {"version", "published", "source", "publisher", "attested"})
                QVERIFY2(o.value(QLatin1String("last")).toObject().contains(QLatin1String(field)),
                         field);
            by.insert(o.value(QLatin1String("package")).toString(), o);
        }
        const QMap<QString, QString> verdicts{
            {QStringLiteral("@ship/oidc-direct"), QStringLiteral("ready")},
            {QStringLiteral("@ship/oidc-stage"), QStringLiteral("ready")},
            {QStringLiteral("@ship/stage-token"), QStringLiteral("ready")},
            {QStringLiteral("@ship/direct-token"), QStringLiteral("at-risk")},
            {QStringLiteral("@ship/bypass"), QStringLiteral("at-risk")},
            {QStringLiteral("@ship/no-path"), QStringLiteral("no-path")},
            {QStringLiteral("@ship/offline"), QStringLiteral("unknown")}};
        for (auto it = verdicts.begin(); it != verdicts.end(); ++it)
            QCOMPARE(by.value(it.key()).value(QLatin1String("verdict")).toString(), it.value());
        const QJsonObject direct = by.value(QStringLiteral("@ship/direct-token"));
        QCOMPARE(direct.value(QLatin1String("wayOut")).toString(),
                 QStringLiteral("trusted-publishing"));
        const QJsonObject way = direct.value(QLatin1String("ways")).toArray().first().toObject();
        QCOMPARE(way.value(QLatin1String("route")).toString(), QStringLiteral("direct-token"));
        QCOMPARE(way.value(QLatin1String("tokenKey")).toString(),
                 QStringLiteral("9d4a2b3c-0002-4a00-8000-000000000002"));
        const QStringList usedIn = strings(way.value(QLatin1String("usedIn")));
        QVERIFY2(usedIn.contains(QStringLiteral("~/.npmrc, line 1"))
                     && usedIn.contains(QStringLiteral(
                         "CI uses secret NPM_TOKEN (.github/workflows/release.yml)")),
                 qPrintable(usedIn.join(QStringLiteral(" | "))));
        QCOMPARE(by.value(QStringLiteral("@ship/bypass")).value(QLatin1String("wayOut")).toString(),
                 QStringLiteral("stage-only-token"));
        const QJsonObject last
            = by.value(QStringLiteral("@ship/oidc-direct")).value(QLatin1String("last")).toObject();
        QCOMPARE(last.value(QLatin1String("source")).toString(),
                 QStringLiteral("trusted-publisher"));
        QCOMPARE(last.value(QLatin1String("published")).toString(),
                 QStringLiteral("2026-11-01T10:00:00Z"));
        QVERIFY(last.value(QLatin1String("attested")).toBool());
        QVERIFY(strings(by.value(QStringLiteral("@ship/offline")).value(QLatin1String("unknowns")))
                    .size()
                > 1);
    }

    void migrateToStageOnlyPlansTheDirectToken()
    {
        const CliRun r = cli(QStringList{QStringLiteral("--json"), QStringLiteral("migrate"),
                                         QStringLiteral("--to"), QStringLiteral("stage-only")}
                             + projectArgs());
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QVERIFY(!rows.isEmpty());
        int stageOnly = 0;
        for (const QJsonValue &row : rows) {
            const QJsonObject o = row.toObject();
            const bool direct = o.value(QLatin1String("oldKey")).toString()
                == QLatin1String("9d4a2b3c-0002-4a00-8000-000000000002");
            QCOMPARE(o.value(QLatin1String("action")).toString(),
                     direct ? QStringLiteral("create-stage-only") : QStringLiteral("keep"));
            stageOnly += direct ? 1 : 0;
        }
        QCOMPARE(stageOnly, 1);
        const CliRun wrong = cli(
            {QStringLiteral("migrate"), QStringLiteral("--to"), QStringLiteral("read-write")});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(cliLines(wrong.err).contains("--to takes 'stage-only'"));
    }

    // The way out for tokens in use, applied: a stage-only token replaces ship-direct in
    // ~/.npmrc; the places TokenDesk cannot rewrite (the exported variable, the CI secret) wait
    // for the user, then --confirm revokes the old token and the package is ready.
    void migrateToStageOnlyApplies()
    {
        const CliRun apply = cli(
            QStringList{QStringLiteral("migrate"), QStringLiteral("--to"),
                        QStringLiteral("stage-only"), QStringLiteral("--apply"),
                        QStringLiteral("--password-stdin"), QStringLiteral("--otp"), currentOtp()}
                + projectArgs(),
            kSandboxPassword + '\n');
        QVERIFY2(apply.exitCode == 0, QByteArray(apply.out + apply.err).constData());
        QFile npmrc(m_world.home.filePath(QStringLiteral(".npmrc")));
        QVERIFY(npmrc.open(QIODevice::ReadOnly));
        const QByteArray rewritten = npmrc.readAll();
        QVERIFY2(!rewritten.contains(kDirectToken), rewritten.constData());
        const CliRun confirm = cli({QStringLiteral("migrate"), QStringLiteral("--confirm"),
                                    QStringLiteral("1"), QStringLiteral("--otp"), currentOtp()});
        QVERIFY2(confirm.exitCode == 0, QByteArray(confirm.out + confirm.err).constData());
        QVERIFY(m_world.stateToken(QStringLiteral("9d4a2b3c-0002-4a00-8000-000000000002"))
                    .value(QLatin1String("revoked"))
                    .isString());

        const CliRun r = cli(QStringList{QStringLiteral("--json"), QStringLiteral("publishing")}
                             + projectArgs());
        QCOMPARE(r.exitCode, 1); // ship-bypass is still there
        QJsonObject direct;
        for (const QJsonValue &p :
             QJsonDocument::fromJson(r.out).object().value(QLatin1String("packages")).toArray())
            if (p.toObject().value(QLatin1String("package")).toString()
                == QLatin1String("@ship/direct-token"))
                direct = p.toObject();
        QCOMPARE(direct.value(QLatin1String("verdict")).toString(), QStringLiteral("ready"));
        const QJsonArray ways = direct.value(QLatin1String("ways")).toArray();
        QCOMPARE(ways.size(), 1);
        QCOMPARE(ways.first().toObject().value(QLatin1String("route")).toString(),
                 QStringLiteral("stage-only-token"));
        QCOMPARE(strings(ways.first().toObject().value(QLatin1String("usedIn"))),
                 QStringList{QStringLiteral("~/.npmrc, line 1")});

        // The real npm with the rewritten ~/.npmrc: a direct publish is refused, staging works.
        const QString problem = NpmCli::versionProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        const NpmCli npm(m_world.home.path());
        const QString folder = npm.writePackage(
            QStringLiteral("@ship/direct-token"), QStringLiteral("3.2.0"),
            QJsonObject{{QStringLiteral("publishConfig"),
                         QJsonObject{{QStringLiteral("access"), QStringLiteral("public")}}}});
        const QStringList args = NpmCli::commonArgs(
            m_world.sandbox.url(), m_world.home.filePath(QStringLiteral(".npmrc")));
        const NpmRun publish = npm.run(QStringList{QStringLiteral("publish")} + args, {}, folder);
        QVERIFY2(publish.exitCode != 0
                     && publish.output.contains(QLatin1String("E_STAGE_REQUIRED")),
                 qPrintable(publish.output));
        const NpmRun staged = npm.run(
            QStringList{QStringLiteral("stage"), QStringLiteral("publish")} + args, {}, folder);
        QVERIFY2(staged.exitCode == 0
                     && staged.output.contains(
                         QLatin1String("+ @ship/direct-token@3.2.0 (staged with id")),
                 qPrintable(staged.output));
    }

    // Last: once no direct-publish token is left, nothing is at risk and the exit status is 0.
    void exitZeroWhenNothingIsAtRisk()
    {
        const CliRun revoke
            = cli({QStringLiteral("token"), QStringLiteral("revoke"), QLatin1String(kBypassKey),
                   QStringLiteral("--otp"), currentOtp()});
        QVERIFY2(revoke.exitCode == 0, QByteArray(revoke.out + revoke.err).constData());
        const CliRun r = cli(QStringList{QStringLiteral("publishing")} + projectArgs());
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY(lineOf(r.out, "@ship/direct-token").contains("ready"));
        QVERIFY(lineOf(r.out, "@ship/bypass").contains("ready"));
        QVERIFY(!r.out.contains("at risk in January 2027"));
    }
};

QTEST_GUILESS_MAIN(TstCliPublishingE2e)
#include "tst_cli_publishing_e2e.moc"
