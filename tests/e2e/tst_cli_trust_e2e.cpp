// SPDX-License-Identifier: GPL-3.0-or-later
// tokendesk-cli trust end to end: the real program against the real tokendesk-sandbox, the real
// keychain (tests/run-headless.sh) and, side by side, the real npm CLI. Every subcommand's table
// and --json output, exit codes, the second factor by --otp and by the terminal prompt (a pty),
// --all over a monorepo made by the test with one approval, `trust check` catching an owner whose
// letter case differs, and the registry's refusals (404, 409, 429, an expired session) as one
// clear line. The slots run in order and share one signed-in account.
#include "CliSandboxFixture.h"
#include "TestPaths.h"
#include "core/provenance/TrustConfigMemory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <functional>

using namespace td;
using namespace td::test;

namespace {

const QString kCircleOrg = QStringLiteral("4f1c2a3b-0d5e-4f60-8a71-92b3c4d5e6f7");
const QString kCircleProject = QStringLiteral("5a2b3c4d-1e6f-4a70-9b81-a2c3d4e5f607");
const QString kCirclePipeline = QStringLiteral("6b3c4d5e-2f70-4b81-8c92-b3d4e5f60718");
const QString kCircleContext = QStringLiteral("7c4d5e6f-3081-4c92-9da3-c4e5f6071829");

QJsonObject package(const QString &name, const QJsonArray &trust = {})
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("maintainers"), QJsonArray{QStringLiteral("maintainer")}},
                       {QStringLiteral("versions"), QJsonArray{QStringLiteral("0.1.0")}},
                       {QStringLiteral("access"), QStringLiteral("public")},
                       {QStringLiteral("trust"), trust}};
}

QJsonObject githubConfig(const QString &repository, const QString &file,
                         const QString &permission = QStringLiteral("createPackage"))
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("github")},
                       {QStringLiteral("claims"),
                        QJsonObject{{QStringLiteral("repository"), repository},
                                    {QStringLiteral("workflow_ref"),
                                     QJsonObject{{QStringLiteral("file"), file}}}}},
                       {QStringLiteral("permissions"), QJsonArray{permission}}};
}

void writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

// A GitHub repository folder: package.json files (workspaces when there are several), the
// remote in .git/config and one workflow, which stages (the configs made without --allow-* allow
// staging only, and trust check compares each config with the workflow it names).
void writeRepository(const QString &root, const QString &ownerRepo, const QStringList &packages)
{
    const QByteArray url = "git+https://github.com/" + ownerRepo.toUtf8() + ".git";
    if (packages.size() == 1) {
        writeFile(root + QStringLiteral("/package.json"),
                  "{\"name\":\"" + packages.first().toUtf8()
                      + "\",\"version\":\"1.0.0\",\"repository\":{\"type\":\"git\",\"url\":\"" + url
                      + "\"}}");
    } else {
        writeFile(root + QStringLiteral("/package.json"),
                  "{\"name\":\"mono\",\"private\":true,\"workspaces\":[\"packages/"
                  "*\"]}");
        for (const QString &p : packages) {
            const QString dir = p.section(QLatin1Char('/'), 1);
            writeFile(root + QStringLiteral("/packages/") + dir + QStringLiteral("/package.json"),
                      "{\"name\":\"" + p.toUtf8()
                          + "\",\"version\":\"1.0.0\",\"repository\":{\"type\":\"git\",\"url\":\""
                          + url + "\",\"directory\":\"packages/" + dir.toUtf8() + "\"}}");
        }
    }
    writeFile(root + QStringLiteral("/.git/config"),
              "[remote \"origin\"]\n\turl = git@github.com:" + ownerRepo.toUtf8() + ".git\n");
    writeFile(root + QStringLiteral("/.github/workflows/release.yml"),
              "on: push\npermissions:\n  id-token: write\njobs:\n  publish:\n    runs-on: "
              "ubuntu-latest\n    steps:\n      - run: npm stage publish\n");
}

// What `npm trust list --json` prints for a config in the registry's shape (npm's
// bodyToOptions plus the raw permissions), so both programs' answers compare as objects.
QJsonObject asNpmPrints(const QJsonObject &config)
{
    const QJsonObject claims = config.value(QLatin1String("claims")).toObject();
    QJsonObject out{{QStringLiteral("id"), config.value(QLatin1String("id"))},
                    {QStringLiteral("type"), config.value(QLatin1String("type"))},
                    {QStringLiteral("permissions"), config.value(QLatin1String("permissions"))}};
    const auto copy = [&](const char *from, const char *to) {
        if (claims.contains(QLatin1String(from)))
            out.insert(QLatin1String(to), claims.value(QLatin1String(from)));
    };
    copy("repository", "repository");
    copy("project_path", "project");
    copy("environment", "environment");
    copy("oidc.circleci.com/org-id", "orgId");
    copy("oidc.circleci.com/project-id", "projectId");
    copy("oidc.circleci.com/pipeline-definition-id", "pipelineDefinitionId");
    copy("oidc.circleci.com/vcs-origin", "vcsOrigin");
    copy("oidc.circleci.com/context-ids", "contextIds");
    for (const char *fileClaim : {"workflow_ref", "ci_config_ref_uri"})
        if (claims.contains(QLatin1String(fileClaim)))
            out.insert(
                QStringLiteral("file"),
                claims.value(QLatin1String(fileClaim)).toObject().value(QLatin1String("file")));
    return out;
}

QJsonObject withoutId(QJsonObject config)
{
    config.remove(QStringLiteral("id"));
    return config;
}

} // namespace

class TstCliTrustE2e : public QObject
{
    Q_OBJECT

    std::unique_ptr<CliSandbox> m_env;
    QString m_npmrc; // the real npm's own session, for the side-by-side list

    QUrl control(const char *path) const
    {
        return m_env->sandbox.url().resolved(QUrl(QString::fromLatin1(path)));
    }
    // The current code as the sandbox computes it (its clock may have been moved).
    QString otp() const
    {
        return httpCall("GET", control("/-/sandbox/totp?username=maintainer"))
            .json()
            .object()
            .value(QLatin1String("code"))
            .toString();
    }
    QJsonArray trustOf(const QString &name) const
    {
        const HttpReply state = httpCall("GET", control("/-/sandbox/state"));
        for (const QJsonValue &p : state.json().object().value(QLatin1String("packages")).toArray())
            if (p.toObject().value(QLatin1String("name")).toString() == name)
                return p.toObject().value(QLatin1String("trust")).toArray();
        return {};
    }
    CliRun trust(const QStringList &args, bool json = false) const
    {
        QStringList all{QStringLiteral("trust")};
        if (json)
            all.prepend(QStringLiteral("--json"));
        return m_env->cli(all + args);
    }
    // tokendesk-cli in a pseudo-terminal, answering each "Enter OTP" with a fresh code.
    CliRun trustInTerminal(const QStringList &args, int answers) const
    {
        QStringList py{QStringLiteral(TD_SOURCE_DIR "/tests/sandbox/npm_pty.py"),
                       QStringLiteral("--timeout"), QStringLiteral("90")};
        for (int i = 0; i < answers; ++i)
            py << QStringLiteral("--answer") << QStringLiteral("Enter OTP") << otp();
        py << QStringLiteral("--") << programPath(QStringLiteral("tokendesk-cli"))
           << QStringLiteral("--registry") << m_env->registry() << QStringLiteral("trust") << args;
        QProcess p;
        p.setProcessEnvironment(m_env->environment());
        p.start(QStringLiteral("python3"), py);
        CliRun r;
        if (!p.waitForFinished(120000))
            return r;
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    // What the sandbox printed (one line per request) since `from`.
    QByteArray sandboxLog(qsizetype from = 0) { return m_env->sandbox.log().mid(from); }
    // tokendesk-cli without --otp: it shows npm's browser approval page; the test approves each
    // page through the control API as the user would on npmjs, with "skip two-factor
    // authentication for the next 5 minutes" ticked. `pages` counts the approvals.
    CliRun trustApprovingInBrowser(const QStringList &args, int *pages,
                                   const std::function<void()> &beforeFirstApproval = {})
    {
        QSet<QString> seen;
        for (const QJsonValue &v : httpCall("GET", control("/-/sandbox/pending")).json().array())
            seen << v.toObject().value(QLatin1String("id")).toString();
        QProcess p;
        m_env->start(p, QStringList{QStringLiteral("--json"), QStringLiteral("trust")} + args);
        QElapsedTimer timer;
        timer.start();
        *pages = 0;
        while (!p.waitForFinished(200) && timer.elapsed() < 150000) {
            for (const QJsonValue &v :
                 httpCall("GET", control("/-/sandbox/pending")).json().array()) {
                const QString id = v.toObject().value(QLatin1String("id")).toString();
                if (v.toObject().value(QLatin1String("kind")).toString() != u"2fa"
                    || seen.contains(id))
                    continue;
                seen << id;
                if (*pages == 0 && beforeFirstApproval)
                    beforeFirstApproval();
                ++*pages;
                httpCall("POST", control("/-/sandbox/approve"),
                         QJsonDocument(
                             QJsonObject{{QStringLiteral("id"), id},
                                         {QStringLiteral("username"), QStringLiteral("maintainer")},
                                         {QStringLiteral("approve"), true},
                                         {QStringLiteral("skip_2fa"), true}})
                             .toJson(),
                         {{"content-type", "application/json"}});
            }
        }
        CliRun r;
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    QJsonObject npmTrustList(const QString &name) const
    {
        QProcess npm;
        QProcessEnvironment env = m_env->environment();
        env.insert(QStringLiteral("npm_config_cache"), m_env->home.filePath(QStringLiteral("npm")));
        npm.setProcessEnvironment(env);
        npm.start(QStringLiteral("npm"),
                  {QStringLiteral("trust"), QStringLiteral("list"), name, QStringLiteral("--json"),
                   QStringLiteral("--registry=") + m_env->registry(),
                   QStringLiteral("--userconfig=") + m_npmrc,
                   QStringLiteral("--no-update-notifier")});
        if (!npm.waitForFinished(60000) || npm.exitCode() != 0) {
            qWarning("npm trust list: %s", npm.readAllStandardError().constData());
            return {};
        }
        return QJsonDocument::fromJson(npm.readAllStandardOutput().trimmed()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        m_env = std::make_unique<CliSandbox>();
        QVERIFY(m_env->home.isValid());
        QVERIFY2(m_env->sandbox.start(), qPrintable(m_env->sandbox.errorString()));
        QJsonArray packages;
        for (const char *name :
             {"@acme/tr-gh-table", "@acme/tr-gh-json", "@acme/tr-gl-table", "@acme/tr-gl-json",
              "@acme/tr-cc-table", "@acme/tr-cc-json", "@acme/trm-a", "@acme/trm-b", "@acme/trm-c",
              "@acme/trr-a", "@acme/trr-b"})
            packages.append(package(QString::fromLatin1(name)));
        packages.append(package(
            QStringLiteral("@acme/tr-taken"),
            {githubConfig(QStringLiteral("acme/elsewhere"), QStringLiteral("publish.yml"))}));
        // Created on the website with the owner typed in capitals: npm compares case-sensitively.
        packages.append(package(
            QStringLiteral("@acme/tr-check"),
            {githubConfig(QStringLiteral("Acme/tr-check"), QStringLiteral("release.yml"))}));
        const QJsonObject seed{
            {QStringLiteral("users"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("maintainer")},
                 {QStringLiteral("password"), QStringLiteral("sandbox-password")},
                 {QStringLiteral("email"), QStringLiteral("m@example.com")},
                 {QStringLiteral("tfa"), QStringLiteral("totp")},
                 {QStringLiteral("totp_secret"), QString::fromLatin1(kMaintainerTotpSecret)}}}},
            {QStringLiteral("packages"), packages},
            // One config per package, as before 2026-09-03, so a second one is still a 409.
            {QStringLiteral("trust_configs_per_package"), 1}};
        const HttpReply reset
            = httpCall("POST", control("/-/sandbox/reset"),
                       QJsonDocument(QJsonObject{{QStringLiteral("seed"), seed}}).toJson());
        QVERIFY2(reset.status == 200, reset.body.constData());
        QVERIFY(!m_env->signIn().isEmpty());

        // The real npm signs in on its own (couch login with a code), for the side-by-side list.
        const HttpReply login
            = httpCall("PUT", control("/-/user/org.couchdb.user:maintainer"),
                       R"({"name":"maintainer","password":"sandbox-password"})",
                       {{"content-type", "application/json"}, {"npm-otp", otp().toLatin1()}});
        QVERIFY2(login.status == 201, login.body.constData());
        m_npmrc = m_env->home.filePath(QStringLiteral("npm-session.npmrc"));
        writeFile(m_npmrc,
                  "//" + m_env->sandbox.url().authority().toUtf8() + "/:_authToken="
                      + login.json().object().value(QLatin1String("token")).toString().toUtf8()
                      + "\n");
    }

    void createsEachProvider_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("json");
        QTest::addColumn<QJsonObject>("expected"); // the registry's shape, without id
        const auto gh = [](const QString &name, bool json) {
            QJsonObject config = githubConfig(QStringLiteral("acme/") + name.mid(6),
                                              QStringLiteral("publish.yml"));
            QJsonObject claims = config.value(QLatin1String("claims")).toObject();
            claims.insert(QStringLiteral("environment"), QStringLiteral("npm"));
            config.insert(QStringLiteral("claims"), claims);
            QTest::newRow(qPrintable(name))
                << name << QStringList{QStringLiteral("github"),
                                       name,
                                       QStringLiteral("--file"),
                                       QStringLiteral("publish.yml"),
                                       QStringLiteral("--repo"),
                                       QStringLiteral("acme/") + name.mid(6),
                                       QStringLiteral("--env"),
                                       QStringLiteral("npm"),
                                       QStringLiteral("--allow-publish")}
                << json << config;
        };
        gh(QStringLiteral("@acme/tr-gh-table"), false);
        gh(QStringLiteral("@acme/tr-gh-json"), true);
        const auto gl = [](const QString &name, bool json) {
            const QJsonObject config{
                {QStringLiteral("type"), QStringLiteral("gitlab")},
                {QStringLiteral("claims"),
                 QJsonObject{
                     {QStringLiteral("project_path"), QStringLiteral("acme/sub/mono")},
                     {QStringLiteral("ci_config_ref_uri"),
                      QJsonObject{{QStringLiteral("file"), QStringLiteral(".gitlab-ci.yml")}}}}},
                {QStringLiteral("permissions"),
                 QJsonArray{QStringLiteral("createPackage"),
                            QStringLiteral("createStagedPackage")}}};
            QTest::newRow(qPrintable(name))
                << name << QStringList{QStringLiteral("gitlab"),
                                       name,
                                       QStringLiteral("--file"),
                                       QStringLiteral(".gitlab-ci.yml"),
                                       QStringLiteral("--project"),
                                       QStringLiteral("acme/sub/mono"),
                                       QStringLiteral("--allow-publish"),
                                       QStringLiteral("--allow-stage-publish")}
                << json << config;
        };
        gl(QStringLiteral("@acme/tr-gl-table"), false);
        gl(QStringLiteral("@acme/tr-gl-json"), true);
        const auto cc = [](const QString &name, bool json) {
            const QJsonObject config{
                {QStringLiteral("type"), QStringLiteral("circleci")},
                {QStringLiteral("claims"),
                 QJsonObject{
                     {QStringLiteral("oidc.circleci.com/org-id"), kCircleOrg},
                     {QStringLiteral("oidc.circleci.com/project-id"), kCircleProject},
                     {QStringLiteral("oidc.circleci.com/pipeline-definition-id"), kCirclePipeline},
                     {QStringLiteral("oidc.circleci.com/vcs-origin"),
                      QStringLiteral("github.com/acme/circle")},
                     {QStringLiteral("oidc.circleci.com/context-ids"),
                      QJsonArray{kCircleContext}}}},
                {QStringLiteral("permissions"), QJsonArray{QStringLiteral("createStagedPackage")}}};
            QTest::newRow(qPrintable(name))
                << name
                << QStringList{QStringLiteral("circleci"),
                               name,
                               QStringLiteral("--org-id"),
                               kCircleOrg,
                               QStringLiteral("--project-id"),
                               kCircleProject,
                               QStringLiteral("--pipeline-definition-id"),
                               kCirclePipeline,
                               QStringLiteral("--vcs-origin"),
                               QStringLiteral("github.com/acme/circle"),
                               QStringLiteral("--context-id"),
                               kCircleContext,
                               QStringLiteral("--allow-stage-publish")}
                << json << config;
        };
        cc(QStringLiteral("@acme/tr-cc-table"), false);
        cc(QStringLiteral("@acme/tr-cc-json"), true);
    }

    // --otp: the code is given up front; the sandbox then holds exactly the config asked for.
    void createsEachProvider()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, args);
        QFETCH(bool, json);
        QFETCH(QJsonObject, expected);
        const CliRun r = trust(args + QStringList{QStringLiteral("--otp"), otp()}, json);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(cliLines(r.err).isEmpty(), r.err.constData());
        const QJsonArray held = trustOf(name);
        QCOMPARE(held.size(), 1);
        QCOMPARE(withoutId(held.first().toObject()), expected);
        const QString id = held.first().toObject().value(QLatin1String("id")).toString();
        if (json) {
            const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
            QCOMPARE(rows.size(), 1);
            const QJsonObject row = rows.first().toObject();
            QCOMPARE(row.value(QLatin1String("package")).toString(), name);
            QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("verified"));
            QCOMPARE(row.value(QLatin1String("config")).toObject(), held.first().toObject());
        } else {
            QVERIFY2(r.out.startsWith(QByteArray(name.toUtf8() + ": Configured and verified")),
                     r.out.constData());
            QCOMPARE(r.out.count('\n'), 1);
        }
        QVERIFY(!id.isEmpty());
    }

    void listShowsWhatTheRegistryHolds_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"@acme/tr-gh-table", "@acme/tr-gl-json", "@acme/tr-cc-table"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    // The table row and the --json object both show the registry's config; the real npm's
    // `npm trust list --json` shows the same id and fields.
    void listShowsWhatTheRegistryHolds()
    {
        QFETCH(QString, name);
        const QJsonObject held = trustOf(name).first().toObject();
        const QString id = held.value(QLatin1String("id")).toString();

        QElapsedTimer timer;
        timer.start();
        const CliRun table = trust({QStringLiteral("list"), name});
        const qint64 ours = timer.restart();
        QVERIFY2(table.exitCode == 0, table.err.constData());
        const QList<QByteArray> lines = table.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.first().startsWith("PACKAGE"));
        const QList<QByteArray> cells = lines.last().simplified().split(' ');
        QCOMPARE(cells.first(), name.toUtf8());
        QCOMPARE(cells.value(1), held.value(QLatin1String("type")).toString().toUtf8());
        QCOMPARE(cells.last(), id.toUtf8());

        // What was read is remembered (no secrets) for `verify` to judge publishers against.
        const auto remembered
            = td::provenance::TrustConfigMemory(
                  m_env->home.filePath(QStringLiteral(".local/share/tokendesk/trust-configs.json")))
                  .recall(m_env->sandbox.url(), name);
        QVERIFY(remembered.has_value());
        QCOMPARE(remembered->configs.size(), 1);
        QCOMPARE(remembered->configs.first().id, id);

        const CliRun json = trust({QStringLiteral("list"), name}, true);
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonArray listed = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(listed.size(), 1);
        const QJsonObject entry = listed.first().toObject();
        QCOMPARE(entry.value(QLatin1String("package")).toString(), name);
        QVERIFY(entry.value(QLatin1String("exists")).toBool());
        QCOMPARE(entry.value(QLatin1String("configs")).toArray(), QJsonArray{held});

        timer.restart();
        const QJsonObject npm = npmTrustList(name);
        qInfo("trust list %s: tokendesk-cli %lld ms, npm %lld ms", qPrintable(name), ours,
              timer.elapsed());
        QVERIFY2(!npm.isEmpty(), "npm trust list --json printed no object");
        QCOMPARE(npm, asNpmPrints(held));
    }

    // --all over a three-package workspace, --auth-type legacy: the code is typed once at the
    // terminal prompt and covers the batch.
    void allConfiguresTheWorkspaceWithOnePrompt()
    {
        const QString repo = m_env->home.filePath(QStringLiteral("trm"));
        const QStringList names{QStringLiteral("@acme/trm-a"), QStringLiteral("@acme/trm-b"),
                                QStringLiteral("@acme/trm-c")};
        writeRepository(repo, QStringLiteral("acme/trm"), names);
        const CliRun r = trustInTerminal({QStringLiteral("github"), QStringLiteral("--all"), repo,
                                          QStringLiteral("--file"), QStringLiteral("release.yml"),
                                          QStringLiteral("--auth-type"), QStringLiteral("legacy")},
                                         1);
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QCOMPARE(r.out.count("Enter OTP"), 1);
        QCOMPARE(r.out.count("Configured and verified"), 3);
        for (const QString &name : names) {
            const QJsonArray held = trustOf(name);
            QCOMPARE(held.size(), 1);
            // No --allow-* flag: stage only, npm's default for new configs.
            QCOMPARE(withoutId(held.first().toObject()),
                     githubConfig(QStringLiteral("acme/trm"), QStringLiteral("release.yml"),
                                  QStringLiteral("createStagedPackage")));
        }
        // The verifier agrees with what was configured.
        const CliRun check = trust({QStringLiteral("check"), repo});
        QVERIFY2(check.exitCode == 0, QByteArray(check.out + check.err).constData());
    }

    void checkCatchesTheOwnerCase_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("table") << false;
        QTest::newRow("json") << true;
    }

    void checkCatchesTheOwnerCase()
    {
        QFETCH(bool, json);
        const QString repo = m_env->home.filePath(QStringLiteral("tr-check"));
        writeRepository(repo, QStringLiteral("acme/tr-check"), {QStringLiteral("@acme/tr-check")});
        const CliRun r = trust({QStringLiteral("check"), repo}, json);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(cliLines(r.err), QByteArray("tokendesk-cli: 1 package needs attention\n"));
        QByteArray report = r.out;
        if (json) {
            const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
            QCOMPARE(rows.size(), 1);
            QVERIFY(!rows.first().toObject().value(QLatin1String("ok")).toBool(true));
            report = strings(rows.first().toObject().value(QLatin1String("report")))
                         .join(QLatin1Char('\n'))
                         .toUtf8();
        }
        QVERIFY2(report.contains("Acme") && report.contains("acme"), report.constData());
        QVERIFY2(report.contains("case"), report.constData());
    }

    void revokeRemovesOneConfig_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("json");
        QTest::newRow("table") << QStringLiteral("@acme/tr-gh-table") << false;
        QTest::newRow("json") << QStringLiteral("@acme/tr-cc-json") << true;
    }

    void revokeRemovesOneConfig()
    {
        QFETCH(QString, name);
        QFETCH(bool, json);
        const QString id = trustOf(name).first().toObject().value(QLatin1String("id")).toString();
        const CliRun r = trust({QStringLiteral("revoke"), name, QStringLiteral("--id"), id,
                                QStringLiteral("--otp"), otp()},
                               json);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(trustOf(name).isEmpty());
        if (json)
            QCOMPARE(QJsonDocument::fromJson(r.out).object(),
                     (QJsonObject{{QStringLiteral("package"), name},
                                  {QStringLiteral("id"), id},
                                  {QStringLiteral("removed"), true}}));
        else
            QCOMPARE(r.out,
                     QString(name + QStringLiteral(": trusted publisher ") + id
                             + QStringLiteral(" removed\n"))
                         .toUtf8());
    }

    // Each refusal: exit status 1 and one line on stderr that says what happened.
    void refusalsAreOneClearLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("line");
        const QStringList github{QStringLiteral("--file"), QStringLiteral("publish.yml"),
                                 QStringLiteral("--repo"), QStringLiteral("acme/x")};
        QTest::newRow("create, no such package")
            << (QStringList{QStringLiteral("github"), QStringLiteral("@acme/tr-nope")} + github)
            << QStringLiteral("tokendesk-cli: @acme/tr-nope: E404: ");
        QTest::newRow("list, no such package")
            << QStringList{QStringLiteral("list"), QStringLiteral("@acme/tr-nope")}
            << QStringLiteral("tokendesk-cli: 1 package not on the registry: @acme/tr-nope");
        QTest::newRow("create, another config exists (409)")
            << (QStringList{QStringLiteral("github"), QStringLiteral("@acme/tr-taken")} + github)
            << QStringLiteral("tokendesk-cli: @acme/tr-taken already has a different trusted "
                              "publisher");
        QTest::newRow("revoke, no such id")
            << QStringList{QStringLiteral("revoke"), QStringLiteral("@acme/tr-taken"),
                           QStringLiteral("--id"), QStringLiteral("no-such-id")}
            << QStringLiteral("tokendesk-cli: @acme/tr-taken has no trusted publisher with id "
                              "no-such-id");
    }

    void refusalsAreOneClearLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, line);
        const CliRun r = trust(args + QStringList{QStringLiteral("--otp"), otp()});
        QCOMPARE(r.exitCode, 1);
        const QByteArray lines = cliLines(r.err);
        QCOMPARE(lines.count('\n'), 1);
        QVERIFY2(lines.startsWith(line.toUtf8()), lines.constData());
    }

    void conflictLeavesTheOldConfig()
    {
        QCOMPARE(trustOf(QStringLiteral("@acme/tr-taken")).size(), 1);
        QCOMPARE(withoutId(trustOf(QStringLiteral("@acme/tr-taken")).first().toObject()),
                 githubConfig(QStringLiteral("acme/elsewhere"), QStringLiteral("publish.yml")));
    }

    // The sandbox's per-minute limit on trust writes: the second write of the batch gets 429
    // with retry-after; the CLI waits it out and configures both, after ONE browser approval.
    void rateLimitIsWaitedOut()
    {
        const QJsonArray limits{
            QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                        {QStringLiteral("path"), QStringLiteral("/-/package/*/trust")},
                        {QStringLiteral("per_minute"), 1}}};
        QCOMPARE(httpCall("POST", control("/-/sandbox/rate-limits"), QJsonDocument(limits).toJson())
                     .status,
                 200);
        const QString repo = m_env->home.filePath(QStringLiteral("trr"));
        writeRepository(repo, QStringLiteral("acme/trr"),
                        {QStringLiteral("@acme/trr-a"), QStringLiteral("@acme/trr-b")});
        const qsizetype logBefore = sandboxLog().size(); // only this run's lines below
        QElapsedTimer timer;
        timer.start();
        // The browser approval with the skip box ticked: no code to go stale while it waits.
        // The CLI is waiting on the page (its first write was answered with the challenge):
        // move the sandbox to fifteen seconds before a new minute, so this minute's one write
        // goes through, the second gets 429 with a short retry-after, and the next minute's
        // window takes it.
        const auto toSecond45 = [this] {
            const QDateTime now = QDateTime::fromString(httpCall("GET", control("/-/sandbox/clock"))
                                                            .json()
                                                            .object()
                                                            .value(QLatin1String("now"))
                                                            .toString(),
                                                        Qt::ISODateWithMs);
            const int advance = (105 - now.time().second()) % 60 + 60;
            httpCall(
                "POST", control("/-/sandbox/clock"),
                QJsonDocument(QJsonObject{{QStringLiteral("advance_seconds"), advance}}).toJson());
        };
        int pages = 0;
        const CliRun r
            = trustApprovingInBrowser({QStringLiteral("github"), QStringLiteral("--all"), repo,
                                       QStringLiteral("--file"), QStringLiteral("release.yml")},
                                      &pages, toSecond45);
        qInfo("two configs under a 1-per-minute limit in %lld ms", timer.elapsed());
        const QByteArray log = sandboxLog(logBefore);
        httpCall("DELETE", control("/-/sandbox/rate-limits"));
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err + log).constData());
        QVERIFY2(log.contains("/trust 429"), log.constData());
        QCOMPARE(pages, 1);
        QCOMPARE(r.err.count("Skip two-factor authentication for the next 5 minutes"), 1);
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.size(), 2);
        for (const QJsonValue &row : rows)
            QCOMPARE(row.toObject().value(QLatin1String("status")).toString(),
                     QStringLiteral("verified"));
        QCOMPARE(trustOf(QStringLiteral("@acme/trr-b")).size(), 1);
    }

    // A retry-after longer than the CLI will sleep through is reported with the wait.
    void longRateLimitIsReported()
    {
        const QJsonArray faults{
            QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                        {QStringLiteral("path"), QStringLiteral("/-/package/*/trust")},
                        {QStringLiteral("retry_after"), 600}}};
        httpCall("POST", control("/-/sandbox/faults"), QJsonDocument(faults).toJson());
        const CliRun r = trust({QStringLiteral("list"), QStringLiteral("@acme/trm-a")});
        httpCall("DELETE", control("/-/sandbox/faults"));
        QCOMPARE(r.exitCode, 1);
        const QByteArray lines = cliLines(r.err);
        QCOMPARE(lines.count('\n'), 1);
        QVERIFY2(lines.startsWith("tokendesk-cli: E429: ") && lines.contains("600 seconds"),
                 lines.constData());
    }

    // Last: each subcommand's registry call meets a session the registry no longer knows (the
    // sandbox's clock moved past its two hours): one line asking to sign in again.
    void expiredSessionAsksToSignInAgain_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("github") << QStringList{
            QStringLiteral("github"), QStringLiteral("@acme/tr-gh-table"),
            QStringLiteral("--file"), QStringLiteral("publish.yml"),
            QStringLiteral("--repo"), QStringLiteral("acme/x"),
            QStringLiteral("--otp"),  QStringLiteral("000000")};
        QTest::newRow("list") << QStringList{QStringLiteral("list"), QStringLiteral("@acme/trm-a")};
        QTest::newRow("revoke") << QStringList{
            QStringLiteral("revoke"), QStringLiteral("@acme/tr-taken"), QStringLiteral("--id"),
            QStringLiteral("any"),    QStringLiteral("--otp"),          QStringLiteral("000000")};
        QTest::newRow("check") << QStringList{QStringLiteral("check"),
                                              m_env->home.filePath(QStringLiteral("trm"))};
    }

    void expiredSessionAsksToSignInAgain()
    {
        QFETCH(QStringList, args);
        // A fresh session (the previous row's was marked ended), then two hours and a bit.
        const CliRun login = m_env->cli(
            {QStringLiteral("login"), QStringLiteral("--auth-type"), QStringLiteral("legacy"),
             QStringLiteral("--username"), QStringLiteral("maintainer"),
             QStringLiteral("--password-stdin"), QStringLiteral("--otp"), otp()},
            kSandboxPassword + '\n');
        QVERIFY2(login.exitCode == 0, login.err.constData());
        httpCall("POST", control("/-/sandbox/clock"),
                 QJsonDocument(QJsonObject{{QStringLiteral("advance_seconds"), 2 * 3600 + 60}})
                     .toJson());
        const CliRun r = trust(args);
        QCOMPARE(r.exitCode, 1);
        const QByteArray lines = cliLines(r.err);
        QCOMPARE(lines.count('\n'), 1);
        QVERIFY2(lines.startsWith("tokendesk-cli: ENEEDAUTH: ")
                     && lines.contains("tokendesk-cli login"),
                 lines.constData());
        // The CLI marked the session as ended: the next command says so without asking.
        const CliRun again = trust({QStringLiteral("list"), QStringLiteral("@acme/trm-a")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(cliLines(again.err).startsWith("tokendesk-cli: ENEEDAUTH: "),
                 again.err.constData());
    }
};

QTEST_GUILESS_MAIN(TstCliTrustE2e)
#include "tst_cli_trust_e2e.moc"
