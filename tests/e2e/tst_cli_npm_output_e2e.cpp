// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, "npm's configuration, as npm reads it", the output side: the real tokendesk-cli and
// the real npm CLI (11.x) against one tokendesk-sandbox with the demo's tokens.
// - `token list --parseable` prints byte for byte what `npm token list --parseable` prints;
//   `token list --json` prints the same objects with the same field names and values.
// - npm's other subcommand names work: `token ls` lists, `token rm|delete|remove` revoke.
// - Under --json a registry refusal is npm's error object on stdout with npm's code, the same
//   code npm prints for the same answer (sandbox fault rules).
// - `trust github|gitlab <pkg> --file …` in a folder whose package.json names the repository
//   configures trust without --repo/--project (checked in the sandbox's state), and it is the
//   repository `npm trust … --dry-run --json` infers in the same folder.
#include "CliSandboxFixture.h"
#include "NpmCli.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace td;
using namespace td::test;

namespace {
// npm 11 masks every UUID it prints on stdout (@npmcli/redact, applied by lib/utils/format.js and
// to --json values), so its key column of a granular token reads "***". tokendesk-cli prints the
// key (the registry's public id, no secret: `token revoke` takes it); to compare, ours is masked
// by npm's rule.
QString maskedAsNpm(QString text)
{
    static const QRegularExpression uuid(
        QStringLiteral("\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return text.replace(uuid, QStringLiteral("***"));
}

// "--repo x" as npm trust wants it: "--repo=x".
QStringList npmFlags(const QStringList &flags)
{
    QStringList out;
    for (qsizetype i = 0; i + 1 < flags.size(); i += 2)
        out << flags.at(i) + QLatin1Char('=') + flags.at(i + 1);
    return out;
}

QJsonObject maskedAsNpm(const QJsonObject &object)
{
    QJsonObject masked;
    for (auto it = object.begin(); it != object.end(); ++it)
        masked.insert(it.key(),
                      it.value().isString() ? QJsonValue(maskedAsNpm(it.value().toString()))
                                            : it.value());
    return masked;
}
} // namespace

class TstCliNpmOutputE2e : public QObject
{
    Q_OBJECT
    CliSandbox m_world;
    QTemporaryDir m_npmHome;
    QString m_npmrc; // npm's own signed-in session

    NpmCli npm() const { return NpmCli(m_npmHome.path()); }

    // npm as a plain process (no terminal): stdout alone, as a script piping it sees it.
    CliRun npmPlain(const QStringList &args, const QString &workDir = {}) const
    {
        const NpmPlainRun run
            = npm().plain(args + NpmCli::commonArgs(m_world.sandbox.url(), m_npmrc)
                              + QStringList{QStringLiteral("--loglevel=error"),
                                            QStringLiteral("--fetch-retries=0")},
                          workDir);
        return CliRun{run.exitCode, run.out, run.err};
    }

    CliRun cliIn(const QString &workDir, const QStringList &args) const
    {
        QProcess p;
        p.setWorkingDirectory(workDir);
        m_world.start(p, args);
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

    HttpReply control(const QByteArray &method, const char *path,
                      const QJsonValue &body = QJsonValue(QJsonValue::Undefined))
    {
        return httpCall(method, m_world.sandbox.url().resolved(QUrl(QLatin1String(path))),
                        body.isUndefined() ? QByteArray()
                                           : (body.isArray() ? QJsonDocument(body.toArray())
                                                             : QJsonDocument(body.toObject()))
                                                 .toJson(),
                        {{"content-type", "application/json"}});
    }

    QJsonArray trustOf(const QString &name)
    {
        const HttpReply state = control("GET", "/-/sandbox/state");
        for (const QJsonValue &p : state.json().object().value(QLatin1String("packages")).toArray())
            if (p.toObject().value(QLatin1String("name")).toString() == name)
                return p.toObject().value(QLatin1String("trust")).toArray();
        return {};
    }

    QString keyOf(const QString &tokenName)
    {
        const HttpReply state = control("GET", "/-/sandbox/state");
        for (const QJsonValue &t : state.json().object().value(QLatin1String("tokens")).toArray())
            if (t.toObject().value(QLatin1String("name")).toString() == tokenName)
                return t.toObject().value(QLatin1String("key")).toString();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QVERIFY(m_world.home.isValid() && m_npmHome.isValid());
        const QString problem = NpmCli::versionProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        QVERIFY2(m_world.sandbox.start(), qPrintable(m_world.sandbox.errorString()));
        QVERIFY(!m_world.signIn().isEmpty());
        m_npmrc = m_npmHome.filePath(QStringLiteral("session.npmrc"));
        QVERIFY(QFile(m_npmrc).open(QIODevice::WriteOnly));
        const NpmRun login = npm().run(
            QStringList{QStringLiteral("login"), QStringLiteral("--auth-type=legacy")}
                + NpmCli::commonArgs(m_world.sandbox.url(), m_npmrc),
            {QStringLiteral("Username:"), QStringLiteral("maintainer"), QStringLiteral("Password:"),
             QString::fromLatin1(kSandboxPassword), QStringLiteral("Enter OTP:"), currentOtp()});
        QVERIFY2(login.exitCode == 0, qPrintable(login.output));
    }

    void parseableIsNpms()
    {
        const CliRun theirs = npmPlain(
            {QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--parseable")});
        QVERIFY2(theirs.exitCode == 0, theirs.err.constData());
        QVERIFY(theirs.out.count('\n') >= 13); // the header and the demo's 12 tokens
        const CliRun ours = m_world.cli(
            {QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--parseable")});
        QVERIFY2(ours.exitCode == 0, ours.err.constData());
        QVERIFY(theirs.out.contains("\n***\t")); // a granular key, masked by npm
        QCOMPARE(maskedAsNpm(QString::fromUtf8(ours.out)), QString::fromUtf8(theirs.out));
        QVERIFY(!ours.out.contains("\n***\t")); // ours keeps the key
    }

    void jsonIsNpms()
    {
        const CliRun theirs
            = npmPlain({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(theirs.exitCode == 0, theirs.err.constData());
        const QJsonArray npmTokens = QJsonDocument::fromJson(theirs.out).array();
        QCOMPARE(npmTokens.size(), 12);
        const CliRun ours = m_world.cli(
            {QStringLiteral("--json"), QStringLiteral("token"), QStringLiteral("list")});
        QVERIFY2(ours.exitCode == 0, ours.err.constData());
        const QJsonArray ourTokens = QJsonDocument::fromJson(ours.out).array();
        QCOMPARE(ourTokens.size(), npmTokens.size());
        for (qsizetype i = 0; i < npmTokens.size(); ++i) {
            const QJsonObject n = npmTokens.at(i).toObject(), o = ourTokens.at(i).toObject();
            QCOMPARE(o.keys(), n.keys()); // npm's field names, no more, no fewer
            QCOMPARE(maskedAsNpm(o), n);  // and the same values
        }
    }

    void lsIsList()
    {
        const CliRun list = m_world.cli(
            {QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--parseable")});
        const CliRun ls = m_world.cli(
            {QStringLiteral("token"), QStringLiteral("ls"), QStringLiteral("--parseable")});
        QVERIFY2(ls.exitCode == 0, ls.err.constData());
        QVERIFY(!ls.out.isEmpty());
        QCOMPARE(ls.out, list.out);
    }

    void npmsRevokeNames_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QString>("tokenName");
        QTest::newRow("rm") << "rm"
                            << "docs-deploy";
        QTest::newRow("delete") << "delete"
                                << "nightly-build";
        QTest::newRow("remove") << "remove"
                                << "org-audit";
    }
    void npmsRevokeNames()
    {
        QFETCH(QString, alias);
        QFETCH(QString, tokenName);
        const QString key = keyOf(tokenName);
        QVERIFY(!key.isEmpty());
        QVERIFY(!m_world.stateToken(key).value(QLatin1String("revoked")).isString());
        const CliRun r = m_world.cli(
            {QStringLiteral("token"), alias, key, QStringLiteral("--otp"), currentOtp()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Removed 1 token"), r.out.constData());
        QVERIFY(m_world.stateToken(key).value(QLatin1String("revoked")).isString());
    }

    // The registry refuses the token list; both programs print npm's error object on stdout
    // under --json, with the same code.
    void jsonErrorHasNpmsCode_data()
    {
        QTest::addColumn<int>("status"); // 0: the connection is reset instead
        QTest::addColumn<QString>("code");
        QTest::newRow("connection reset") << 0 << "ECONNRESET";
        QTest::newRow("403") << 403 << "E403";
        QTest::newRow("404") << 404 << "E404";
        QTest::newRow("500") << 500 << "E500";
        QTest::newRow("502") << 502 << "E502";
        QTest::newRow("401") << 401 << "E401"; // last: our client then counts the session ended
    }
    void jsonErrorHasNpmsCode()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QJsonObject rule{{QStringLiteral("method"), QStringLiteral("GET")},
                         {QStringLiteral("path"), QStringLiteral("/-/npm/v1/tokens")}};
        if (status == 0) {
            rule.insert(QStringLiteral("reset"), true);
        } else {
            rule.insert(QStringLiteral("status"), status);
            rule.insert(QStringLiteral("body"),
                        QJsonObject{{QStringLiteral("error"), QStringLiteral("refused")}});
        }
        QCOMPARE(control("POST", "/-/sandbox/faults", QJsonArray{rule}).status / 100, 2);
        // A failed connection would be answered from npm's cache of the list (make-fetch-happen
        // falls back to it): an empty cache for this run.
        QTemporaryDir emptyCache;
        const CliRun theirs
            = npmPlain({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--json"),
                        QStringLiteral("--cache=") + emptyCache.path()});
        const CliRun ours = m_world.cli(
            {QStringLiteral("--json"), QStringLiteral("token"), QStringLiteral("list")});
        control("DELETE", "/-/sandbox/faults");
        QCOMPARE(theirs.exitCode, 1);
        QCOMPARE(ours.exitCode, 1);
        const QJsonObject npmError
            = QJsonDocument::fromJson(theirs.out).object().value(QLatin1String("error")).toObject();
        const QJsonObject ourError
            = QJsonDocument::fromJson(ours.out).object().value(QLatin1String("error")).toObject();
        QCOMPARE(npmError.value(QLatin1String("code")).toString(), code);
        QCOMPARE(ourError.value(QLatin1String("code")).toString(), code);
        QCOMPARE(ourError.keys(), npmError.keys()); // code, detail, summary
        QVERIFY(!ourError.value(QLatin1String("summary")).toString().isEmpty());
        QCOMPARE(cliLines(ours.err).count('\n'), 1); // the one human line stays on stderr
    }

    // Runs after the 401 above: sign in again first.
    void trustInfersTheRepositoryFromPackageJson_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QJsonValue>("repository");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("flags"); // explicit ones, which win
        QTest::newRow("object form with directory")
            << "github"
            << "@acme/core"
            << "publish.yml"
            << QJsonValue(QJsonObject{
                   {QStringLiteral("type"), QStringLiteral("git")},
                   {QStringLiteral("url"), QStringLiteral("git+https://github.com/acme/mono.git")},
                   {QStringLiteral("directory"), QStringLiteral("packages/core")}})
            << "acme/mono" << QStringList();
        QTest::newRow("github: shorthand")
            << "github"
            << "@acme/docs"
            << "publish.yml" << QJsonValue(QStringLiteral("github:acme/docs-site"))
            << "acme/docs-site" << QStringList();
        QTest::newRow("scp-like URL")
            << "github"
            << "@acme/icons"
            << "publish.yml" << QJsonValue(QStringLiteral("git@github.com:acme/icons.git"))
            << "acme/icons" << QStringList();
        QTest::newRow("gitlab subgroup")
            << "gitlab"
            << "@acme/theme"
            << ".gitlab-ci.yml" << QJsonValue(QStringLiteral("gitlab:acme-group/ui/theme"))
            << "acme-group/ui/theme" << QStringList();
        QTest::newRow("on GitLab, trust github: refused by both")
            << "github"
            << "@acme/router"
            << "publish.yml" << QJsonValue(QStringLiteral("gitlab:acme-group/router")) << ""
            << QStringList();
        // An explicit flag wins, with npm's warning; npm's other names for it work too.
        QTest::newRow("--repository wins over package.json")
            << "github"
            << "@acme/forms"
            << "publish.yml" << QJsonValue(QStringLiteral("github:acme/forms-old")) << "acme/forms"
            << QStringList{QStringLiteral("--repository"), QStringLiteral("acme/forms")};
        QTest::newRow("gitlab --project wins over package.json")
            << "gitlab"
            << "@acme/charts"
            << ".gitlab-ci.yml" << QJsonValue(QStringLiteral("gitlab:acme-group/charts-old"))
            << "acme-group/charts"
            << QStringList{QStringLiteral("--project"), QStringLiteral("acme-group/charts")};
    }
    void trustInfersTheRepositoryFromPackageJson()
    {
        QFETCH(QString, provider);
        QFETCH(QString, package);
        QFETCH(QString, file);
        QFETCH(QJsonValue, repository);
        QFETCH(QString, expected);
        QFETCH(QStringList, flags);
        if (qstrcmp(QTest::currentDataTag(), "object form with directory") == 0)
            QVERIFY(!m_world.signIn().isEmpty()); // after the 401 above
        QTemporaryDir folder;
        QFile manifest(folder.filePath(QStringLiteral("package.json")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(
            QJsonDocument(QJsonObject{{QStringLiteral("name"), package},
                                      {QStringLiteral("version"), QStringLiteral("1.0.0")},
                                      {QStringLiteral("repository"), repository}})
                .toJson());
        manifest.close();
        const QString claim
            = provider == u"github" ? QStringLiteral("repository") : QStringLiteral("project_path");
        const qsizetype before = trustOf(package).size();

        const CliRun ours = cliIn(folder.path(),
                                  QStringList{QStringLiteral("trust"), provider, package,
                                              QStringLiteral("--file"), file,
                                              QStringLiteral("--otp"), currentOtp()}
                                      + flags);
        const CliRun theirs = npmPlain(
            QStringList{QStringLiteral("trust"), provider, package,
                        QStringLiteral("--file=") + file, QStringLiteral("--allow-stage-publish"),
                        QStringLiteral("--dry-run"), QStringLiteral("--json")}
                + npmFlags(flags),
            folder.path());
        const QJsonArray trust = trustOf(package);
        if (expected.isEmpty()) {
            QCOMPARE(ours.exitCode, 1);
            QVERIFY2(cliLines(ours.err).contains("Repository in package.json is not a GitHub "
                                                 "repository"),
                     ours.err.constData());
            QCOMPARE(trust.size(), before);
            QVERIFY(theirs.exitCode != 0);
            QVERIFY2(theirs.err.contains("Repository in package.json is not a GitHub repository"),
                     theirs.err.constData());
            return;
        }
        QVERIFY2(ours.exitCode == 0, QByteArray(ours.out + ours.err).constData());
        QVERIFY2(ours.err.contains(flags.isEmpty() ? QByteArrayView("(from package.json)")
                                                   : QByteArrayView("warning: Repository in "
                                                                    "package.json (")),
                 ours.err.constData());
        QCOMPARE(trust.size(), before + 1);
        QCOMPARE(trust.last()
                     .toObject()
                     .value(QLatin1String("claims"))
                     .toObject()
                     .value(claim)
                     .toString(),
                 expected);
        // npm infers the same in the same folder.
        QVERIFY2(theirs.exitCode == 0, theirs.err.constData());
        const QJsonObject npmValues = QJsonDocument::fromJson(theirs.out).object();
        QCOMPARE(npmValues
                     .value(provider == u"github" ? QLatin1String("repository")
                                                  : QLatin1String("project"))
                     .toString(),
                 expected);
    }
};

QTEST_GUILESS_MAIN(TstCliNpmOutputE2e)
#include "tst_cli_npm_output_e2e.moc"
