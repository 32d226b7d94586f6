// SPDX-License-Identifier: GPL-3.0-or-later
// End to end (issue 15): a token held by a GitHub repository secret, a GitHub environment secret,
// a GitLab project variable and a CircleCI context variable of the project's repository (its
// workflows + git remotes). tokendesk-cli signs in to the three CI emulations of the real
// tokendesk-sandbox (ci login --with-token), then `token rotate` pushes the new token into every
// store, verifies it, keeps the old token valid for the grace period (checked on the sandbox) and
// only then revokes it. Then SIGKILL after every journal step and `migrate --resume` or
// `--rollback` (which puts the old value back into the stores): every store
// ends with one working token, and no token is revoked while a store still holds it. No token and
// no CI credential ever appears in the output, a file, or an argument list.
#include "Harness.h"
#include "HttpHelper.h"
#include "migration_e2e_world.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

// The four stores (CiSecretTarget ids) the project's workflows read NPM_TOKEN from.
const QStringList kTargets{
    QStringLiteral("github:repository:github.com:acme:widgets:NPM_TOKEN"),
    QStringLiteral("github:environment:github.com:acme:widgets:production:NPM_TOKEN"),
    QStringLiteral("gitlab:project:gitlab.com:acme/widgets:*:NPM_TOKEN"),
    QStringLiteral("circleci:context:circleci.com:gh/acme:release:NPM_TOKEN")};

const QByteArray kWorkflow = "name: release\n"
                             "on: { push: { tags: ['v*'] } }\n"
                             "jobs:\n"
                             "  publish:\n"
                             "    runs-on: ubuntu-latest\n"
                             "    environment: production\n"
                             "    steps:\n"
                             "      - uses: actions/setup-node@v4\n"
                             "        with: { registry-url: 'https://registry.npmjs.org' }\n"
                             "      - run: npm publish\n"
                             "        env:\n"
                             "          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n";
const QByteArray kGitLabCi
    = "publish:\n"
      "  script:\n"
      "    - echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc\n"
      "    - npm publish\n";
const QByteArray kCircleCi = "version: 2.1\n"
                             "jobs:\n"
                             "  publish:\n"
                             "    docker: [{ image: cimg/node:22.11 }]\n"
                             "    steps:\n"
                             "      - run: echo \"//registry.npmjs.org/:_authToken=$NPM_TOKEN\" > "
                             "~/.npmrc && npm publish\n"
                             "workflows:\n"
                             "  release:\n"
                             "    jobs:\n"
                             "      - publish:\n"
                             "          context: release\n";

} // namespace

class TestCliCiRotateE2e : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QByteArrayList m_credentials; // the CI credentials of this run: never in a file or argv

    QUrl at(const QString &path) const { return m_sandbox.url().resolved(QUrl(path)); }
    QString base() const { return m_sandbox.url().toString(QUrl::StripTrailingSlash); }

    QJsonObject control(const QString &path, const QJsonObject &body) const
    {
        return httpCall("POST", at(path), QJsonDocument(body).toJson(),
                        {{"content-type", "application/json"}})
            .json()
            .object();
    }
    QJsonObject check(const QString &target, const QByteArray &value) const
    {
        return control(QStringLiteral("/-/sandbox/ci/check"),
                       {{QStringLiteral("target"), target},
                        {QStringLiteral("value"), QString::fromLatin1(value)}});
    }
    bool storeHolds(const QString &target, const QByteArray &value) const
    {
        return check(target, value).value(QStringLiteral("equal")).toBool();
    }

    // The project: the three CI files and a repository with a GitHub and a GitLab remote.
    void writeProject(const MigrationWorld &world)
    {
        const QString p = world.project();
        QVERIFY(writeFile(p + QStringLiteral("/.github/workflows/release.yml"), kWorkflow));
        QVERIFY(writeFile(p + QStringLiteral("/.gitlab-ci.yml"), kGitLabCi));
        QVERIFY(writeFile(p + QStringLiteral("/.circleci/config.yml"), kCircleCi));
        QVERIFY(writeFile(p + QStringLiteral("/.git/config"),
                          "[core]\n\tbare = false\n"
                          "[remote \"origin\"]\n\turl = https://github.com/acme/widgets.git\n"
                          "[remote \"gitlab\"]\n\turl = git@gitlab.com:acme/widgets.git\n"));
    }

    // Signs tokendesk-cli in to the three emulations with fresh sandbox credentials (stdin).
    void ciLogins(MigrationWorld &world)
    {
        struct Login
        {
            QString provider, api;
            QStringList permissions;
        };
        const QList<Login> logins{
            {QStringLiteral("github"),
             QStringLiteral("/-/ci/github/api"),
             {QStringLiteral("secrets:write"), QStringLiteral("environments:write")}},
            {QStringLiteral("gitlab"),
             QStringLiteral("/-/ci/gitlab/api/v4"),
             {QStringLiteral("maintainer")}},
            {QStringLiteral("circleci"),
             QStringLiteral("/-/ci/circleci/api/v2"),
             {QStringLiteral("all")}}};
        for (const Login &login : logins) {
            const QByteArray credential
                = control(QStringLiteral("/-/sandbox/ci/credentials"),
                          {{QStringLiteral("provider"), login.provider},
                           {QStringLiteral("login"), QStringLiteral("alice")},
                           {QStringLiteral("permissions"),
                            QJsonArray::fromStringList(login.permissions)}})
                      .value(QStringLiteral("token"))
                      .toString()
                      .toUtf8();
            QVERIFY(!credential.isEmpty());
            m_credentials.append(credential);
            const CliRun r = world.cli({QStringLiteral("ci"), QStringLiteral("login"),
                                        login.provider, QStringLiteral("--api-url"),
                                        base() + login.api, QStringLiteral("--with-token")},
                                       credential + '\n');
            QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
            QVERIFY2(r.out.contains("as alice"), r.out.constData());
        }
    }

    // Seeds the four stores with `secret` and records, as an earlier verified push by TokenDesk
    // would have, that the GitHub secrets hold token `key` (their value cannot be read back).
    void seedStores(MigrationWorld &world, const QByteArray &secret, const QString &key)
    {
        QJsonObject ledger;
        for (const QString &target : kTargets) {
            const QJsonObject seeded
                = control(QStringLiteral("/-/sandbox/ci/secrets"),
                          {{QStringLiteral("target"), target},
                           {QStringLiteral("value"), QString::fromLatin1(secret)}});
            Q_UNUSED(seeded);
            const QJsonObject state = check(target, secret);
            QVERIFY2(state.value(QStringLiteral("equal")).toBool(), qPrintable(target));
            if (target.startsWith(QLatin1String("github:")))
                ledger.insert(
                    target,
                    QJsonObject{
                        {QStringLiteral("tokenKey"), key},
                        {QStringLiteral("tokenRedacted"), QString()},
                        {QStringLiteral("pushedAt"), state.value(QStringLiteral("updated_at"))},
                        {QStringLiteral("verifiedAt"), state.value(QStringLiteral("updated_at"))}});
        }
        QVERIFY(writeFile(dataDir(world) + QStringLiteral("/ci-ledger.json"),
                          QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                                    {QStringLiteral("targets"), ledger}})
                              .toJson()));
    }

    static QString dataDir(const MigrationWorld &world)
    {
        QDirIterator it(QFileInfo(world.home()).absolutePath() + QStringLiteral("/data"),
                        {QStringLiteral("accounts.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        return it.hasNext() ? QFileInfo(it.next()).absolutePath() : QString();
    }

    // The token the ~/.npmrc holds and its key on the sandbox: a granular token TokenDesk made
    // (migrate --apply), since the demo tokens all share one redacted form.
    std::pair<QByteArray, QString> prepare(MigrationWorld &world)
    {
        QString why;
        if (!world.setUp(&why))
            return {};
        const CliRun apply = world.migrate({QStringLiteral("--apply")});
        if (apply.exitCode != 0)
            return {};
        const QByteArray current = MigrationWorld::tokenIn(world.userNpmrc());
        QString key;
        for (const QJsonValue &t : world.sandboxTokens()) {
            const QString shown = t.toObject().value(QStringLiteral("token")).toString();
            if (!t.toObject().contains(QStringLiteral("revoked"))
                && shown.startsWith(QString::fromLatin1(current.left(8)))
                && shown.endsWith(QString::fromLatin1(current.right(4))))
                key = t.toObject().value(QStringLiteral("key")).toString();
        }
        return {current, key};
    }

    QStringList rotateArgs(MigrationWorld &world, const QString &key, const QString &grace)
    {
        return {QStringLiteral("token"),
                QStringLiteral("rotate"),
                key,
                QStringLiteral("--project"),
                world.project(),
                QStringLiteral("--grace"),
                grace,
                QStringLiteral("--password-stdin"),
                QStringLiteral("--otp"),
                QString::fromLatin1(world.currentTotp())};
    }

    // No token and no CI credential in any file of the world but the .npmrc files and their
    // migration backups (which hold a token by design).
    void checkNoSecretInFiles(const MigrationWorld &world, const QByteArrayList &tokens)
    {
        QDirIterator it(QFileInfo(world.home()).absolutePath(), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QByteArray bytes = bytesOf(path);
            for (const QByteArray &credential : std::as_const(m_credentials))
                QVERIFY2(!bytes.contains(credential), qPrintable(path));
            if (path.endsWith(QLatin1String(".npmrc")) || path.contains(QLatin1String("/backups/")))
                continue;
            for (const QByteArray &token : tokens)
                QVERIFY2(!bytes.contains(token), qPrintable(path));
        }
    }

private slots:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QVERIFY2(m_sandbox.start({QStringLiteral("--era"), QStringLiteral("2025-10")}),
                 qPrintable(m_sandbox.errorString()));
    }

    void rotateUpdatesEveryCiStoreThenRevokesAfterTheGrace()
    {
        MigrationWorld world(m_sandbox);
        const auto [current, key] = prepare(world);
        QVERIFY(!current.isEmpty() && !key.isEmpty());
        writeProject(world);
        ciLogins(world);
        seedStores(world, current, key);

        // ci status names each store, and which token it holds where TokenDesk can tell.
        const CliRun status
            = world.cli({QStringLiteral("--json"), QStringLiteral("ci"), QStringLiteral("status"),
                         QStringLiteral("--project"), world.project()});
        QVERIFY2(status.exitCode == 0, QByteArray(status.out + status.err).constData());
        QStringList listed;
        for (const QJsonValue &s : QJsonDocument::fromJson(status.out)
                                       .object()
                                       .value(QStringLiteral("secrets"))
                                       .toArray())
            listed.append(s.toObject().value(QStringLiteral("id")).toString());
        for (const QString &target : kTargets)
            QVERIFY2(listed.contains(target), status.out.constData());

        // Rotate with a 4-second grace, watching the sandbox while the CLI waits.
        QProcess rotate;
        QProcessEnvironment env = world.environment();
        rotate.setProcessEnvironment(env);
        rotate.setWorkingDirectory(world.project());
        rotate.start(programPath(QStringLiteral("tokendesk-cli")),
                     QStringList{QStringLiteral("--registry"), m_sandbox.url().toString()}
                         + rotateArgs(world, key, QStringLiteral("0.0667")));
        QVERIFY(rotate.waitForStarted());
        rotate.write(kSandboxPassword + "\n");
        rotate.closeWriteChannel();
        QByteArray out;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         out += rotate.readAllStandardOutput();
                         return out.contains("stays valid until")
                             || rotate.state() == QProcess::NotRunning;
                     },
                     60000),
                 out.constData());
        QVERIFY2(out.contains("stays valid until"),
                 QByteArray(out + rotate.readAllStandardError()).constData());
        const QByteArray fresh = MigrationWorld::tokenIn(world.userNpmrc());
        QVERIFY(fresh.startsWith("npm_") && fresh != current);
        // Waiting: every store holds the new token, and the old one still works.
        for (const QString &target : kTargets)
            QVERIFY2(storeHolds(target, fresh), qPrintable(target));
        QCOMPARE(world.whoamiWith(current), QByteArray("maintainer"));
        // The CLI's argument list holds no secret.
        const QByteArray cmdline
            = bytesOf(QStringLiteral("/proc/%1/cmdline").arg(rotate.processId()));
        QVERIFY(!cmdline.isEmpty());
        for (const QByteArray &secret : QByteArrayList{current, fresh} + m_credentials)
            QVERIFY(!cmdline.contains(secret));

        QVERIFY(rotate.waitForFinished(60000));
        out += rotate.readAllStandardOutput();
        const QByteArray err = rotate.readAllStandardError();
        QVERIFY2(rotate.exitCode() == 0, QByteArray(out + err).constData());
        QVERIFY(world.whoamiWith(current).isEmpty()); // revoked after the grace
        QCOMPARE(world.whoamiWith(fresh), QByteArray("maintainer"));
        // One line per push and per verification, named as people name them.
        for (const char *line :
             {"pushing the new token to secret NPM_TOKEN", "verified: variable NPM_TOKEN"})
            QVERIFY2(out.contains(line), out.constData());
        QCOMPARE(out.count("verified:"), 4);
        for (const QByteArray &secret : QByteArrayList{current, fresh} + m_credentials)
            QVERIFY(!out.contains(secret) && !err.contains(secret));

        // A second rotation with no grace: the ledger now knows the GitHub secrets hold `fresh`.
        QString freshKey;
        for (const QJsonValue &t : world.sandboxTokens()) {
            const QString shown = t.toObject().value(QStringLiteral("token")).toString();
            if (!t.toObject().contains(QStringLiteral("revoked"))
                && shown.startsWith(QString::fromLatin1(fresh.left(8)))
                && shown.endsWith(QString::fromLatin1(fresh.right(4))))
                freshKey = t.toObject().value(QStringLiteral("key")).toString();
        }
        const CliRun again
            = world.cli(rotateArgs(world, freshKey, QStringLiteral("0")), kSandboxPassword + "\n");
        QVERIFY2(again.exitCode == 0, QByteArray(again.out + again.err).constData());
        const QByteArray third = MigrationWorld::tokenIn(world.userNpmrc());
        for (const QString &target : kTargets)
            QVERIFY2(storeHolds(target, third), qPrintable(target));
        QVERIFY(world.whoamiWith(fresh).isEmpty());
        // ci status, for people: each store by its label, and the token it holds (GitHub from the
        // ledger, GitLab from its value, CircleCI by the last four), never a whole token.
        const CliRun table = world.cli({QStringLiteral("ci"), QStringLiteral("status"),
                                        QStringLiteral("--project"), world.project()});
        QVERIFY2(table.exitCode == 0, QByteArray(table.out + table.err).constData());
        const QByteArray redacted = third.left(8) + "..." + third.right(4);
        for (const char *line : {"secret NPM_TOKEN in acme/widgets",
                                 "variable NPM_TOKEN in GitLab project acme/widgets",
                                 "variable NPM_TOKEN in CircleCI context release"})
            QVERIFY2(table.out.contains(line), table.out.constData());
        QVERIFY2(table.out.count(redacted) >= 3, table.out.constData());
        const QByteArray masked = "..." + third.right(4);
        QVERIFY2(table.out.contains(masked), table.out.constData());
        QVERIFY(!table.out.contains(third));
        checkNoSecretInFiles(world, {current, fresh, third});
    }

    void aMissingPermissionStopsBeforeAnyRevokeAndNamesIt()
    {
        // Signed in to GitHub with a credential that may read secrets but not write them: the
        // push answers 403 with X-Accepted-GitHub-Permissions, the rotation stops before any
        // revoke, the stores keep the old token, and the one stderr line names what to grant.
        MigrationWorld world(m_sandbox);
        const auto [current, key] = prepare(world);
        QVERIFY(!current.isEmpty() && !key.isEmpty());
        writeProject(world);
        ciLogins(world);
        const QByteArray readOnly
            = control(QStringLiteral("/-/sandbox/ci/credentials"),
                      {{QStringLiteral("provider"), QStringLiteral("github")},
                       {QStringLiteral("login"), QStringLiteral("alice")},
                       {QStringLiteral("permissions"), QJsonArray{QStringLiteral("secrets:read")}}})
                  .value(QStringLiteral("token"))
                  .toString()
                  .toUtf8();
        m_credentials.append(readOnly);
        const CliRun relogin
            = world.cli({QStringLiteral("ci"), QStringLiteral("login"), QStringLiteral("github"),
                         QStringLiteral("--api-url"), base() + QStringLiteral("/-/ci/github/api"),
                         QStringLiteral("--with-token")},
                        readOnly + '\n');
        QVERIFY2(relogin.exitCode == 0, QByteArray(relogin.out + relogin.err).constData());
        seedStores(world, current, key);
        const CliRun rotate
            = world.cli(rotateArgs(world, key, QStringLiteral("0")), kSandboxPassword + "\n");
        QCOMPARE(rotate.exitCode, 1);
        QVERIFY2(rotate.err.contains("secrets=write"), rotate.err.constData());
        qInfo("%s", rotate.err.trimmed().constData());
        QCOMPARE(rotate.err.count('\n'), 1);
        QCOMPARE(world.whoamiWith(current), QByteArray("maintainer"));
        QCOMPARE(MigrationWorld::tokenIn(world.userNpmrc()), current);
        for (const QString &target : kTargets)
            QVERIFY2(storeHolds(target, current), qPrintable(target));
    }

    void migrateApplyPushesIntoAGitLabVariable()
    {
        // The project's classic automation token is also the value of its GitLab CI variable
        // (GitLab answers the value, so TokenDesk recognises it): migrate --apply replaces it
        // there too, then revokes it.
        MigrationWorld world(m_sandbox);
        QString why;
        QVERIFY2(world.setUp(&why), qPrintable(why));
        writeProject(world);
        ciLogins(world);
        const QString variable = kTargets.at(2);
        control(QStringLiteral("/-/sandbox/ci/secrets"),
                {{QStringLiteral("target"), variable},
                 {QStringLiteral("value"), QString::fromLatin1(kClassicAutomation)}});
        QVERIFY(storeHolds(variable, kClassicAutomation));
        const CliRun apply = world.migrate(
            {QStringLiteral("--apply"), QStringLiteral("--grace"), QStringLiteral("0")});
        QVERIFY2(apply.exitCode == 0, QByteArray(apply.out + apply.err).constData());
        QVERIFY2(apply.out.contains("variable NPM_TOKEN in GitLab project acme/widgets holds this"),
                 apply.out.constData());
        const QByteArray fresh = MigrationWorld::tokenIn(world.projectNpmrc());
        QVERIFY(fresh.startsWith("npm_"));
        QVERIFY(storeHolds(variable, fresh));
        QVERIFY(world.isRevokedOnSandbox(kClassicAutomation));
        QVERIFY(!apply.out.contains(fresh) && !apply.err.contains(fresh));
    }

    void gitLabSignInByTheDeviceFlow()
    {
        // ci login gitlab without a token: the one-time code is printed, the sandbox approves it
        // (as the user would on GitLab's page), and the CLI keeps the access token it polled for.
        MigrationWorld world(m_sandbox);
        QString why;
        QVERIFY2(world.setUp(&why), qPrintable(why));
        QProcess login;
        QProcessEnvironment env = world.environment();
        env.insert(QStringLiteral("TOKENDESK_GITLAB_CLIENT_ID"), QStringLiteral("tokendesk-e2e"));
        login.setProcessEnvironment(env);
        login.start(programPath(QStringLiteral("tokendesk-cli")),
                    {QStringLiteral("ci"), QStringLiteral("login"), QStringLiteral("gitlab"),
                     QStringLiteral("--api-url"), base() + QStringLiteral("/-/ci/gitlab/api/v4")});
        QVERIFY(login.waitForStarted());
        login.closeWriteChannel();
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += login.readAllStandardOutput();
                return out.contains("Waiting") || login.state() == QProcess::NotRunning;
            },
            30000));
        const QByteArray codeLine = out.left(out.indexOf('\n'));
        QVERIFY2(codeLine.contains("enter the code"),
                 QByteArray(out + login.readAllStandardError()).constData());
        const QString code = QString::fromUtf8(codeLine.split(' ').last().trimmed());
        const QJsonObject approved
            = control(QStringLiteral("/-/sandbox/ci/device"),
                      {{QStringLiteral("provider"), QStringLiteral("gitlab")},
                       {QStringLiteral("user_code"), code},
                       {QStringLiteral("action"), QStringLiteral("approve")},
                       {QStringLiteral("login"), QStringLiteral("carol")}});
        QVERIFY2(approved.value(QStringLiteral("ok")).toBool(),
                 QJsonDocument(approved).toJson().constData());
        QVERIFY(login.waitForFinished(60000));
        out += login.readAllStandardOutput();
        QVERIFY2(login.exitCode() == 0, QByteArray(out + login.readAllStandardError()).constData());
        QVERIFY2(out.contains("Signed in to GitLab (gitlab.com) as carol."), out.constData());
    }

    void loginFromTheGitHubCli()
    {
        // `gh auth token` prints the token on stdout; a stand-in gh on PATH does the same, taking
        // it from its environment (never from an argument). ci logout removes the sign-in.
        MigrationWorld world(m_sandbox);
        QString why;
        QVERIFY2(world.setUp(&why), qPrintable(why));
        const QByteArray credential
            = control(
                  QStringLiteral("/-/sandbox/ci/credentials"),
                  {{QStringLiteral("provider"), QStringLiteral("github")},
                   {QStringLiteral("login"), QStringLiteral("octo")},
                   {QStringLiteral("permissions"), QJsonArray{QStringLiteral("secrets:write")}}})
                  .value(QStringLiteral("token"))
                  .toString()
                  .toUtf8();
        m_credentials.append(credential);
        const QString bin = QFileInfo(world.home()).absolutePath() + QStringLiteral("/bin");
        QVERIFY(writeFile(bin + QStringLiteral("/gh"),
                          "#!/bin/sh\n[ \"$1 $2\" = \"auth token\" ] || exit 2\n"
                          "printf '%s\\n' \"$FAKE_GH_TOKEN\"\n"));
        QFile::setPermissions(bin + QStringLiteral("/gh"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment extra;
        extra.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + qEnvironmentVariable("PATH"));
        extra.insert(QStringLiteral("FAKE_GH_TOKEN"), QString::fromLatin1(credential));
        const CliRun login
            = world.cli({QStringLiteral("ci"), QStringLiteral("login"), QStringLiteral("github"),
                         QStringLiteral("--api-url"), base() + QStringLiteral("/-/ci/github/api"),
                         QStringLiteral("--from-gh")},
                        {}, extra);
        QVERIFY2(login.exitCode == 0, QByteArray(login.out + login.err).constData());
        QVERIFY(login.out.contains("as octo"));
        QVERIFY(login.out.contains("gh auth refresh -s admin:org"));
        QVERIFY(!login.out.contains(credential) && !login.err.contains(credential));
        const CliRun status
            = world.cli({QStringLiteral("--json"), QStringLiteral("ci"), QStringLiteral("status"),
                         QStringLiteral("--project"), world.project()});
        QVERIFY(status.out.contains("\"octo\""));
        const CliRun logout
            = world.cli({QStringLiteral("ci"), QStringLiteral("logout"), QStringLiteral("github")});
        QVERIFY2(logout.exitCode == 0, QByteArray(logout.out + logout.err).constData());
        const CliRun after
            = world.cli({QStringLiteral("--json"), QStringLiteral("ci"), QStringLiteral("status"),
                         QStringLiteral("--project"), world.project()});
        QVERIFY(!after.out.contains("\"octo\""));
        checkNoSecretInFiles(world, {});
    }

    void sigkillAfterEveryStepThenResumeOrRollBack()
    {
        MigrationWorld world(m_sandbox);
        for (int step = 1; step < 40; ++step) {
            const QString when = QStringLiteral("killed after step %1").arg(step);
            const auto [current, key] = prepare(world);
            QVERIFY2(!current.isEmpty() && !key.isEmpty(), qPrintable(when));
            writeProject(world);
            ciLogins(world);
            seedStores(world, current, key);
            QProcessEnvironment kill;
            kill.insert(QStringLiteral("TD_TEST_KILL_AFTER_STEP"), QString::number(step));
            const CliRun first = world.cli(rotateArgs(world, key, QStringLiteral("0")),
                                           kSandboxPassword + "\n", kill);
            const QByteArray afterKill = MigrationWorld::tokenIn(world.userNpmrc());
            // Nothing revoked while a store still holds it.
            if (world.whoamiWith(current).isEmpty()) {
                for (const QString &target : kTargets)
                    QVERIFY2(storeHolds(target, afterKill), qPrintable(when + target));
            }
            QVERIFY2(first.crashed, QByteArray(first.out + first.err).constData());
            bool finished = true;
            for (const QJsonValue &row : QJsonDocument::fromJson(bytesOf(world.journalPath()))
                                             .object()
                                             .value(QStringLiteral("rows"))
                                             .toArray())
                finished = finished
                    && row.toObject().value(QStringLiteral("stage")).toString()
                        == QLatin1String("done");
            if (finished) {
                // Killed after the very last step: the rotation was complete.
                for (const QString &target : kTargets)
                    QVERIFY2(storeHolds(target, afterKill), qPrintable(target));
                QVERIFY(world.whoamiWith(current).isEmpty());
                QCOMPARE(world.whoamiWith(afterKill), QByteArray("maintainer"));
                QVERIFY2(step > 20, "fewer journal steps than a rotation into four stores needs");
                qInfo("the rotation has %d journal steps; SIGKILLed after each, then resumed "
                      "(odd) or rolled back (even)",
                      step);
                return;
            }
            // Odd steps resume; even ones roll back, which puts the old value back into every
            // store the new one reached (read from the restored ~/.npmrc).
            const bool rollBack = step % 2 == 0;
            const CliRun second = world.migrate(
                {rollBack ? QStringLiteral("--rollback") : QStringLiteral("--resume")});
            QVERIFY2(second.exitCode == 0,
                     qPrintable(when + QString::fromUtf8(second.out + second.err)));
            // One working token per store, and it is the one the .npmrc holds.
            const QByteArray now = MigrationWorld::tokenIn(world.userNpmrc());
            QCOMPARE(world.whoamiWith(now), QByteArray("maintainer"));
            for (const QString &target : kTargets)
                QVERIFY2(storeHolds(target, now), qPrintable(when + QLatin1Char(' ') + target));
            if (now != current)
                QVERIFY2(world.whoamiWith(current).isEmpty(), qPrintable(when));
            if (!rollBack)
                QVERIFY2(now != current, qPrintable(when));
        }
        QFAIL("the rotation never finished");
    }
};

QTEST_GUILESS_MAIN(TestCliCiRotateE2e)
#include "tst_cli_ci_rotate_e2e.moc"
