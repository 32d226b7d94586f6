// SPDX-License-Identifier: GPL-3.0-or-later
// tokendesk-cli reads npm's configuration as npm does (issue 17): two real tokendesk-sandbox
// registries, A and B; per row the registry is configured one way (npm_config_registry, the
// project's .npmrc, --userconfig, NPM_CONFIG_USERCONFIG, @scope:registry) with A as a decoy in
// the user's ~/.npmrc; then the real npm and tokendesk-cli run the same kind of command and the
// sandboxes' request logs show both went to the same registry.
#include "CliSandboxFixture.h"
#include "NpmCli.h"

using namespace td::test;

namespace {

// The demo's read-only token of `maintainer` (app/sandbox/resources/demo-seed.json): public demo
// data, the same in both sandboxes; npm needs some token for whoami.
constexpr auto kDemoReadOnlyToken = "npm_SandboxDemoReadOnly00000000000000000";

void writeText(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

class TstCliNpmConfigE2e : public QObject
{
    Q_OBJECT

    SandboxProcess m_a;
    SandboxProcess m_b;
    QTemporaryDir m_home;

    QString home(const QString &relative = {}) const
    {
        return relative.isEmpty() ? m_home.path() : m_home.filePath(relative);
    }
    // "{A}", "{B}" and "{HOME}" in a row's text.
    QString fill(QString text) const
    {
        return text.replace(QLatin1String("{A}"), m_a.url().toString())
            .replace(QLatin1String("{B}"), m_b.url().toString())
            .replace(QLatin1String("{HOME}"), home());
    }
    QStringList fill(const QStringList &list) const
    {
        QStringList out;
        for (const QString &s : list)
            out << fill(s);
        return out;
    }

    // What both programs share: HOME, a global npmrc with npm's token for each sandbox.
    QStringList commonEnv() const
    {
        return {QStringLiteral("NPM_CONFIG_GLOBALCONFIG=") + home(QStringLiteral("global-npmrc")),
                QStringLiteral("npm_config_update_notifier=false")};
    }

    QProcessEnvironment cliEnvironment(const QStringList &extraEnv) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : env.keys())
            if (name.startsWith(QLatin1String("npm_"), Qt::CaseInsensitive))
                env.remove(name);
        env.insert(QStringLiteral("HOME"), home());
        QDir(home()).mkpath(QStringLiteral("tmp"));
        env.insert(QStringLiteral("TMPDIR"), home(QStringLiteral("tmp")));
        for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                                 "XDG_STATE_HOME", "NPM_TOKEN", "NODE_AUTH_TOKEN"})
            env.remove(QLatin1String(name));
        for (const QString &kv : commonEnv() + extraEnv)
            env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        return env;
    }

    CliRun cli(const QStringList &args, const QString &workDir, const QStringList &extraEnv,
               const QByteArray &input = {}) const
    {
        QProcess p;
        p.setProcessEnvironment(cliEnvironment(extraEnv));
        p.setWorkingDirectory(workDir);
        p.start(programPath(QStringLiteral("tokendesk-cli")), args);
        p.waitForStarted();
        p.write(input);
        p.closeWriteChannel();
        CliRun r;
        if (!p.waitForFinished(90000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    // Which sandbox answered requests while `action` ran: "A", "B", "A+B" or "none".
    template<class Action>
    QString served(Action action)
    {
        // Lines of earlier requests may still sit in the pipes: read them before counting.
        QTest::qWait(300);
        const qsizetype a = m_a.log().size();
        const qsizetype b = m_b.log().size();
        action();
        // The request lines may still be on their way through the sandboxes' stdout pipes.
        (void)QTest::qWaitFor([&] { return m_a.log().size() > a || m_b.log().size() > b; }, 5000);
        QTest::qWait(300);
        const bool hitA = m_a.log().size() > a;
        const bool hitB = m_b.log().size() > b;
        if (hitA && hitB)
            return QStringLiteral("A+B");
        return hitA ? QStringLiteral("A") : hitB ? QStringLiteral("B") : QStringLiteral("none");
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString problem = NpmCli::versionProblem(); !problem.isEmpty())
            QFAIL(qPrintable(problem));
        QVERIFY(m_home.isValid());
        QVERIFY2(m_a.start(), qPrintable(m_a.errorString()));
        QVERIFY2(m_b.start(), qPrintable(m_b.errorString()));
        QByteArray global;
        for (const SandboxProcess *s : {&m_a, &m_b})
            global += "//" + s->url().authority().toUtf8() + "/:_authToken=" + kDemoReadOnlyToken
                + "\n";
        writeText(home(QStringLiteral("global-npmrc")), global);
        // tokendesk-cli signs in to both (its sessions live in the keychain, one per registry).
        for (const SandboxProcess *s : {&m_a, &m_b}) {
            const CliRun r
                = cli({QStringLiteral("--registry"), s->url().toString(), QStringLiteral("login"),
                       QStringLiteral("--auth-type"), QStringLiteral("legacy"),
                       QStringLiteral("--username"), QStringLiteral("maintainer"),
                       QStringLiteral("--password-stdin"), QStringLiteral("--otp"), currentOtp()},
                      home(), {}, kSandboxPassword + '\n');
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
    }

    void bothTalkToTheSameRegistry_data()
    {
        QTest::addColumn<QStringList>("env");      // "NAME=value"
        QTest::addColumn<QString>("workDir");      // under HOME
        QTest::addColumn<QByteArray>("userNpmrc"); // ~/.npmrc
        QTest::addColumn<QStringList>("npmArgs");
        QTest::addColumn<QStringList>("cliArgs");
        QTest::addColumn<QString>("expected");
        const QByteArray decoy = "registry={A}\n";
        const QStringList whoami{QStringLiteral("whoami")};
        QTest::newRow("npm_config_registry")
            << QStringList{QStringLiteral("npm_config_registry={B}")} << QString() << decoy
            << whoami << whoami << QStringLiteral("B");
        QTest::newRow("NPM_CONFIG_REGISTRY")
            << QStringList{QStringLiteral("NPM_CONFIG_REGISTRY={B}")} << QString() << decoy
            << whoami << whoami << QStringLiteral("B");
        QTest::newRow("project .npmrc, from a subfolder")
            << QStringList{} << QStringLiteral("proj/src/deep") << decoy << whoami << whoami
            << QStringLiteral("B");
        QTest::newRow("--userconfig, after the command")
            << QStringList{} << QString() << decoy
            << QStringList{QStringLiteral("whoami"),
                           QStringLiteral("--userconfig={HOME}/other.npmrc")}
            << QStringList{QStringLiteral("whoami"), QStringLiteral("--userconfig"),
                           QStringLiteral("{HOME}/other.npmrc")}
            << QStringLiteral("B");
        QTest::newRow("NPM_CONFIG_USERCONFIG")
            << QStringList{QStringLiteral("NPM_CONFIG_USERCONFIG={HOME}/other.npmrc")} << QString()
            << decoy << whoami << whoami << QStringLiteral("B");
        QTest::newRow("--registry beats them all")
            << QStringList{QStringLiteral("npm_config_registry={A}")}
            << QStringLiteral("proj/src/deep") << decoy
            << QStringList{QStringLiteral("whoami"), QStringLiteral("--registry={B}")}
            << QStringList{QStringLiteral("whoami"), QStringLiteral("--registry"),
                           QStringLiteral("{B}")}
            << QStringLiteral("B");
        // npm 11 sends `trust list` to `registry` even for a scoped package: npm-registry-fetch
        // picks @scope:registry only when handed a package spec, and npm's trust commands pass
        // none (lib/commands/trust/list.js). tokendesk-cli follows npm, so both reach A.
        QTest::newRow("@acme:registry, trust list of an @acme package")
            << QStringList{} << QString() << QByteArray("registry={A}\n@acme:registry={B}\n")
            << QStringList{QStringLiteral("trust"), QStringLiteral("list"),
                           QStringLiteral("@acme/widgets"), QStringLiteral("--json")}
            << QStringList{QStringLiteral("trust"), QStringLiteral("list"),
                           QStringLiteral("@acme/widgets"), QStringLiteral("--otp"),
                           QStringLiteral("{OTP}")}
            << QStringLiteral("A");
        // npm login/logout do follow @scope:registry, for --scope (npm 11 lib/commands/logout.js:
        // even over --registry). Last: it ends tokendesk-cli's session on B and npm's token line.
        QTest::newRow("@acme:registry, logout --scope @acme")
            << QStringList{} << QString() << QByteArray("registry={A}\n@acme:registry={B}\n")
            << QStringList{QStringLiteral("logout"), QStringLiteral("--scope=@acme")}
            << QStringList{QStringLiteral("logout"), QStringLiteral("--scope"),
                           QStringLiteral("@acme")}
            << QStringLiteral("B");
    }
    void bothTalkToTheSameRegistry()
    {
        QFETCH(QStringList, env);
        QFETCH(QString, workDir);
        QFETCH(QByteArray, userNpmrc);
        QFETCH(QStringList, npmArgs);
        QFETCH(QStringList, cliArgs);
        QFETCH(QString, expected);
        writeText(home(QStringLiteral(".npmrc")), fill(QString::fromUtf8(userNpmrc)).toUtf8());
        writeText(home(QStringLiteral("other.npmrc")),
                  fill(QStringLiteral("registry={B}\n")).toUtf8());
        writeText(home(QStringLiteral("proj/package.json")),
                  "{\"name\":\"proj\",\"version\":\"1.0.0\"}\n");
        writeText(home(QStringLiteral("proj/.npmrc")),
                  fill(QStringLiteral("registry={B}\n")).toUtf8());
        QDir().mkpath(home(QStringLiteral("proj/src/deep")));
        // Only the project row's working folder is inside the project.
        const QString dir = workDir.isEmpty() ? home(QStringLiteral("loose")) : home(workDir);
        QDir().mkpath(dir);
        const QStringList rowEnv = fill(env);

        NpmCli npm(home());
        NpmRun npmRun;
        const QString npmServed = served([&] {
            npmRun = npm.run(fill(npmArgs) + QStringList{QStringLiteral("--color=false")}, {}, dir,
                             commonEnv() + rowEnv);
        });
        CliRun cliRun;
        const QString cliServed = served([&] {
            cliRun = cli(fill(cliArgs).replaceInStrings(QStringLiteral("{OTP}"), currentOtp()), dir,
                         rowEnv);
        });
        qInfo("npm → %s (exit %d), tokendesk-cli → %s (exit %d)", qPrintable(npmServed),
              npmRun.exitCode, qPrintable(cliServed), cliRun.exitCode);
        QVERIFY2(npmServed == QLatin1String("A") || npmServed == QLatin1String("B"),
                 qPrintable(npmServed + QLatin1Char(' ') + npmRun.output));
        QCOMPARE(cliServed, npmServed);
        QCOMPARE(npmServed, expected);
        QVERIFY2(cliRun.exitCode == 0, cliRun.err.constData());
    }
};

QTEST_GUILESS_MAIN(TstCliNpmConfigE2e)
#include "tst_cli_npmconfig_e2e.moc"
