// SPDX-License-Identifier: GPL-3.0-or-later
// CredentialScanner: every credential form is found with file, line, registry, form and
// identity — and no printable part of a finding ever contains the secret.
#include "core/npmconfig/CredentialScanner.h"
#include "core/npmconfig/NpmConfigSyntax.h"
#include "core/npmconfig/NpmrcDocument.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {

const QString kTokenA = QStringLiteral("npm_AAAAbbbbCCCCddddEEEEffffGGGGhhhhIIII");
const QString kTokenB = QStringLiteral("npm_BBBBccccDDDDeeeeFFFFggggHHHHiiiiJJJJ");
const QString kTokenC = QStringLiteral("npm_CCCCddddEEEEffffGGGGhhhhIIIIjjjjKKKK");
const QString kUuid = QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
const QString kPassword = QStringLiteral("s3cr3t-password");

void writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
}

const CredentialFinding *findByKey(const QList<CredentialFinding> &findings, const QString &key)
{
    for (const CredentialFinding &f : findings) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestCredentialScanner : public QObject
{
    Q_OBJECT
private slots:
    void npmrcForms()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("NPM_TOKEN"), kTokenB);
        const QByteArray basic = QByteArray("jane:" + kPassword.toUtf8()).toBase64();
        const QByteArray password = kPassword.toUtf8().toBase64();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral(".npmrc"));
        writeFile(path,
                  QString::fromUtf8("registry=https://registry.npmjs.org/\n"
                                    "//registry.npmjs.org/:_authToken="
                                    + kTokenA.toUtf8()
                                    + "\n"
                                      "//npm.acme.example/npm/:_authToken=${NPM_TOKEN}\n"
                                      "//unset.example/:_authToken=${NOT_SET}\n"
                                      "_auth="
                                    + basic
                                    + "\n"
                                      "//legacy.example/:username=jane\n"
                                      "//legacy.example/:_password="
                                    + password
                                    + "\n"
                                      "# //registry.npmjs.org/:_authToken=npm_commented\n"
                                      "_authToken="
                                    + kUuid.toUtf8() + "\n"));
        const NpmrcDocument doc = NpmrcDocument::load(path).value();
        const QList<CredentialFinding> found = CredentialScanner(env).scanNpmrc(
            doc, CredentialSource::UserConfig, QString::fromLatin1(kNpmDefaultRegistry));
        QCOMPARE(found.size(), 6);

        const CredentialFinding *plain
            = findByKey(found, QStringLiteral("//registry.npmjs.org/:_authToken"));
        QVERIFY(plain);
        QCOMPARE(plain->line, 2);
        QCOMPARE(plain->file, path);
        QCOMPARE(plain->form, CredentialForm::AuthToken);
        QCOMPARE(plain->registry, QStringLiteral("//registry.npmjs.org/"));
        QCOMPARE(plain->identity.shape, SecretShape::NpmToken);
        QCOMPARE(plain->identity.redacted, QStringLiteral("npm_AAAA...IIII"));
        QCOMPARE(plain->identity.sha512Key.size(), 128);
        QVERIFY(plain->isRewritable());
        QCOMPARE(plain->secret->revealString(), kTokenA);

        const CredentialFinding *ref
            = findByKey(found, QStringLiteral("//npm.acme.example/npm/:_authToken"));
        QVERIFY(ref);
        QCOMPARE(ref->form, CredentialForm::EnvReference);
        QCOMPARE(ref->variable, QStringLiteral("NPM_TOKEN"));
        QCOMPARE(ref->registry, QStringLiteral("//npm.acme.example/npm/"));
        QCOMPARE(ref->identity.redacted, QStringLiteral("npm_BBBB...JJJJ"));
        QVERIFY(!ref->isRewritable());

        const CredentialFinding *unset
            = findByKey(found, QStringLiteral("//unset.example/:_authToken"));
        QVERIFY(unset);
        QVERIFY(!unset->hasSecret());
        QCOMPARE(unset->identity.shape, SecretShape::None);

        const CredentialFinding *auth = findByKey(found, QStringLiteral("_auth"));
        QVERIFY(auth);
        QCOMPARE(auth->form, CredentialForm::BasicAuth);
        QCOMPARE(auth->userName, QStringLiteral("jane"));
        QCOMPARE(auth->registry, QStringLiteral("//registry.npmjs.org/"));

        const CredentialFinding *pass
            = findByKey(found, QStringLiteral("//legacy.example/:_password"));
        QVERIFY(pass);
        QCOMPARE(pass->form, CredentialForm::Password);
        QCOMPARE(pass->userName, QStringLiteral("jane"));
        QCOMPARE(pass->line, 7);

        const CredentialFinding *legacy = findByKey(found, QStringLiteral("_authToken"));
        QVERIFY(legacy);
        QCOMPARE(legacy->identity.shape, SecretShape::LegacyUuid);
        QCOMPARE(legacy->registry, QStringLiteral("//registry.npmjs.org/"));
    }

    // One row per credential form npm reads from an npmrc (@npmcli/config getCredentialsByURI):
    // where it is (line, key, registry), what kind, the user or files it names, and the identity
    // of the value the registry receives. Rows with no credential expect no finding.
    void eachCredentialForm_data()
    {
        QTest::addColumn<QString>("npmrc");
        QTest::addColumn<int>("findings");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret"); // what the registry receives; empty = no secret
        QTest::addColumn<QString>("certFile");
        QTest::addColumn<QString>("keyFile");

        const QString azurePat
            = QStringLiteral("azurepat0123456789abcdefghijklmnopqrstuvwxyzABCDE");
        const QString azure
            = QStringLiteral("//pkgs.dev.azure.com/acme/_packaging/feed/npm/registry/");
        QTest::newRow("_authToken")
            << QStringLiteral("//npm.pkg.github.com/:_authToken=%1\n").arg(kTokenA) << 1 << 1
            << QStringLiteral("//npm.pkg.github.com/:_authToken")
            << QStringLiteral("//npm.pkg.github.com/") << QStringLiteral("auth-token") << QString()
            << kTokenA << QString() << QString();
        QTest::newRow("_auth")
            << QStringLiteral("//npm.acme.example/:_auth=%1\n")
                   .arg(QString::fromLatin1(QByteArray("jane:" + kPassword.toUtf8()).toBase64()))
            << 1 << 1 << QStringLiteral("//npm.acme.example/:_auth")
            << QStringLiteral("//npm.acme.example/") << QStringLiteral("basic-auth")
            << QStringLiteral("jane")
            << QString::fromLatin1(QByteArray("jane:" + kPassword.toUtf8()).toBase64()) << QString()
            << QString();
        QTest::newRow("username + _password (Azure Artifacts PAT)")
            << QStringLiteral("; Azure Artifacts\n%1:username=acme\n%1:_password=%2\n"
                              "%1:email=npm requires email to be set but doesn't use the value\n")
                   .arg(azure, QString::fromLatin1(azurePat.toUtf8().toBase64()))
            << 1 << 3 << azure + QStringLiteral(":_password") << azure << QStringLiteral("password")
            << QStringLiteral("acme") << azurePat << QString() << QString();
        QTest::newRow("certfile + keyfile")
            << QStringLiteral("//npm.corp.example/:keyfile=/etc/npm/client.key\n"
                              "//npm.corp.example/:certfile=~/certs/client.crt\n")
            << 1 << 2 << QStringLiteral("//npm.corp.example/:certfile")
            << QStringLiteral("//npm.corp.example/") << QStringLiteral("client-certificate")
            << QString() << QString() << QStringLiteral("/home/jane/certs/client.crt")
            << QStringLiteral("/etc/npm/client.key");
        QTest::newRow("certfile without keyfile: npm ignores it")
            << QStringLiteral("//npm.corp.example/:certfile=/etc/npm/client.crt\n") << 0 << 0
            << QString() << QString() << QString() << QString() << QString() << QString()
            << QString();
        QTest::newRow("username alone: no credential")
            << QStringLiteral("//npm.corp.example/:username=jane\n") << 0 << 0 << QString()
            << QString() << QString() << QString() << QString() << QString() << QString();
    }
    void eachCredentialForm()
    {
        QFETCH(QString, npmrc);
        QFETCH(int, findings);
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), QStringLiteral("/home/jane"));
        const NpmrcDocument doc = NpmrcDocument::fromBytes(npmrc.toUtf8());
        const auto found = CredentialScanner(env).scanNpmrc(
            doc, CredentialSource::UserConfig, QString::fromLatin1(kNpmDefaultRegistry));
        QCOMPARE(found.size(), findings);
        if (findings == 0)
            return;
        const CredentialFinding &finding = found.at(0);
        QTEST(finding.line, "line");
        QTEST(finding.key, "key");
        QTEST(finding.registry, "registry");
        QTEST(credentialFormId(finding.form), "form");
        QTEST(finding.userName, "user");
        QTEST(finding.certFile, "certFile");
        QTEST(finding.keyFile, "keyFile");
        QFETCH(QString, secret);
        QCOMPARE(finding.hasSecret(), !secret.isEmpty());
        if (!secret.isEmpty()) {
            QCOMPARE(finding.secret->revealString(), secret);
            QCOMPARE(finding.identity.sha512Key,
                     TokenIdentity::of(finding.secret->view()).sha512Key);
        }
        // Nothing printable carries the secret, and a certificate finding names its files.
        const QString printable
            = QString::fromUtf8(QJsonDocument(finding.toJson()).toJson()) + finding.location();
        if (!secret.isEmpty())
            QVERIFY(!printable.contains(secret));
        if (finding.form == CredentialForm::ClientCertificate) {
            QCOMPARE(finding.toJson().value(QStringLiteral("certfile")).toString(),
                     finding.certFile);
            QCOMPARE(finding.toJson().value(QStringLiteral("keyfile")).toString(), finding.keyFile);
        }
    }

    void topLevelCredentialsFollowTheFilesRegistry()
    {
        const NpmrcDocument doc = NpmrcDocument::fromBytes("_authToken=" + kTokenA.toUtf8()
                                                           + "\nregistry=http://127.0.0.1:4873/\n");
        const auto found = CredentialScanner({}).scanNpmrc(
            doc, CredentialSource::ProjectConfig, QString::fromLatin1(kNpmDefaultRegistry));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).registry, QStringLiteral("//127.0.0.1:4873/"));
    }

    void environment()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("NPM_TOKEN"), kTokenA);
        env.insert(QStringLiteral("NODE_AUTH_TOKEN"), QStringLiteral("XXXXX-XXXXX-XXXXX-XXXXX"));
        env.insert(QStringLiteral("NPM_CONFIG__AUTH"), QStringLiteral("amFuZTpwdw=="));
        env.insert(QStringLiteral("npm_config_//npm.acme.example/:_authToken"), kTokenB);
        env.insert(QStringLiteral("NPM_CONFIG__AUTHTOKEN"), kTokenC);
        env.insert(QStringLiteral("NPM_CONFIG_REGISTRY"), QStringLiteral("https://r/"));
        env.insert(QStringLiteral("HOME"), QStringLiteral("/home/x"));
        env.insert(QStringLiteral("GITHUB_TOKEN"), QStringLiteral("ghp_unrelated"));
        const auto found
            = CredentialScanner(env).scanEnvironment(QString::fromLatin1(kNpmDefaultRegistry));
        QStringList names;
        for (const auto &f : found) {
            names.append(f.key);
            QCOMPARE(f.form, CredentialForm::Environment);
            QCOMPARE(f.line, 0);
        }
        names.sort();
        QCOMPARE(names,
                 (QStringList{QStringLiteral("NODE_AUTH_TOKEN"), QStringLiteral("NPM_CONFIG__AUTH"),
                              QStringLiteral("NPM_CONFIG__AUTHTOKEN"), QStringLiteral("NPM_TOKEN"),
                              QStringLiteral("npm_config_//npm.acme.example/:_authToken")}));
        QCOMPARE(findByKey(found, QStringLiteral("NODE_AUTH_TOKEN"))->identity.shape,
                 SecretShape::Placeholder);
        QCOMPARE(
            findByKey(found, QStringLiteral("npm_config_//npm.acme.example/:_authToken"))->registry,
            QStringLiteral("//npm.acme.example/"));
    }

    void yarnrc()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral(".yarnrc.yml"));
        writeFile(path,
                  QStringLiteral("nodeLinker: node-modules\n"
                                 "npmAuthToken: %1\n"
                                 "npmRegistries:\n"
                                 "  \"//npm.pkg.github.com\":\n"
                                 "    npmAlwaysAuth: true\n"
                                 "    npmAuthToken: \"${GH_NPM_TOKEN}\"\n"
                                 "npmScopes:\n"
                                 "  acme:\n"
                                 "    npmRegistryServer: https://npm.acme.example\n"
                                 "    npmAuthIdent: \"jane:%2\"\n")
                      .arg(kTokenA, kPassword));
        QProcessEnvironment env;
        env.insert(QStringLiteral("GH_NPM_TOKEN"), kTokenB);
        QList<Error> problems;
        const auto found = CredentialScanner(env).scanYarnrc(path, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0).key, QStringLiteral("npmAuthToken"));
        QCOMPARE(found.at(0).line, 2);
        QCOMPARE(found.at(0).registry, QStringLiteral("//registry.yarnpkg.com/"));
        QCOMPARE(found.at(0).identity.redacted, QStringLiteral("npm_AAAA...IIII"));
        QCOMPARE(found.at(1).line, 6);
        QCOMPARE(found.at(1).variable, QStringLiteral("GH_NPM_TOKEN"));
        QCOMPARE(found.at(1).registry, QStringLiteral("//npm.pkg.github.com/"));
        QCOMPARE(found.at(1).identity.redacted, QStringLiteral("npm_BBBB...JJJJ"));
        QCOMPARE(found.at(2).form, CredentialForm::YarnAuthIdent);
        QCOMPARE(found.at(2).userName, QStringLiteral("jane"));
        QCOMPARE(found.at(2).registry, QStringLiteral("//npm.acme.example/"));

        writeFile(path, QStringLiteral("npmAuthToken: [unclosed\n"));
        QVERIFY(CredentialScanner(env).scanYarnrc(path, &problems).isEmpty());
        QCOMPARE(problems.size(), 1);
    }

    // Found by fuzz_credentials: a scope or registry entry that is not a map made yaml-cpp throw
    // out of scanYarnrc (the process aborted). Such entries hold no credential; the others are
    // still found.
    void yarnrcEntriesOfTheWrongShape_data()
    {
        QTest::addColumn<QString>("entries");
        QTest::newRow("scope is a string (fuzz crash)")
            << QStringLiteral("npmScopes:\n  acme:\n    npmA^^^^^alEN}\"\n");
        QTest::newRow("scope is a list")
            << QStringLiteral("npmScopes:\n  acme:\n    - npmAuthToken: x\n");
        QTest::newRow("registry is a string")
            << QStringLiteral("npmRegistries:\n  \"//npm.example\": npm_token\n");
        QTest::newRow("registry key is a list")
            << QStringLiteral("npmRegistries:\n  ? [a, b]\n  : {npmAuthToken: x}\n");
        QTest::newRow("scope key is a map")
            << QStringLiteral("npmScopes:\n  ? {a: b}\n  : {npmAuthToken: x}\n");
    }
    void yarnrcEntriesOfTheWrongShape()
    {
        QFETCH(QString, entries);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral(".yarnrc.yml"));
        writeFile(path, QStringLiteral("npmAuthToken: %1\n").arg(kTokenA) + entries);
        QList<Error> problems;
        const auto found = CredentialScanner(QProcessEnvironment()).scanYarnrc(path, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).identity.redacted, QStringLiteral("npm_AAAA...IIII"));
    }

    void workflows()
    {
        QTemporaryDir dir;
        const QString github = dir.filePath(QStringLiteral(".github/workflows/publish.yml"));
        writeFile(github,
                  QStringLiteral("jobs:\n"
                                 "  publish:\n"
                                 "    steps:\n"
                                 "      - uses: actions/setup-node@v4\n"
                                 "        with:\n"
                                 "          registry-url: 'https://registry.npmjs.org'\n"
                                 "      # NODE_AUTH_TOKEN: ${{ secrets.OLD_NPM_TOKEN }}\n"
                                 "      - run: npm publish\n"
                                 "        env:\n"
                                 "          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n"
                                 "          GH: ${{ secrets.GITHUB_TOKEN }}\n"));
        const QString gitlab = dir.filePath(QStringLiteral(".gitlab-ci.yml"));
        writeFile(
            gitlab,
            QStringLiteral(
                "publish:\n"
                "  script:\n"
                "    - echo \"//registry.npmjs.org/:_authToken=${NPM_PUBLISH_TOKEN}\" > .npmrc\n"
                "    - echo $CI_JOB_TOKEN\n"));
        QList<Error> problems;
        const auto gh = CredentialScanner({}).scanWorkflow(github, &problems);
        QCOMPARE(gh.size(), 1);
        QCOMPARE(gh.at(0).variable, QStringLiteral("NPM_TOKEN"));
        QCOMPARE(gh.at(0).line, 10);
        QCOMPARE(gh.at(0).source, CredentialSource::GitHubWorkflow);
        QCOMPARE(gh.at(0).registry, QStringLiteral("//registry.npmjs.org/"));
        QVERIFY(gh.at(0).location().contains(QLatin1String("CI uses secret NPM_TOKEN")));
        const auto gl = CredentialScanner({}).scanWorkflow(gitlab, &problems);
        QCOMPARE(gl.size(), 1);
        QCOMPARE(gl.at(0).variable, QStringLiteral("NPM_PUBLISH_TOKEN"));
        QCOMPARE(gl.at(0).line, 3);
        QCOMPARE(gl.at(0).registry, QStringLiteral("//registry.npmjs.org/"));
    }

    // The whole machine, then the rule that matters most: no finding prints its secret.
    void wholeScanNeverPrintsASecret()
    {
        QTemporaryDir home;
        const QByteArray basic = QByteArray("jane:" + kPassword.toUtf8()).toBase64();
        writeFile(home.filePath(QStringLiteral(".npmrc")),
                  QStringLiteral("//registry.npmjs.org/:_authToken=%1\n_auth=%2\n")
                      .arg(kTokenA, QString::fromLatin1(basic)));
        writeFile(home.filePath(QStringLiteral("work/app/.npmrc")),
                  QStringLiteral("//registry.npmjs.org/:_authToken=%1\r\n").arg(kUuid));
        writeFile(home.filePath(QStringLiteral("work/app/node_modules/x/.npmrc")),
                  QStringLiteral(
                      "//registry.npmjs.org/:_authToken=npm_ignoredIgnoredIgnoredIgnored000000\n"));
        writeFile(home.filePath(QStringLiteral("work/app/.yarnrc.yml")),
                  QStringLiteral("npmAuthToken: %1\n").arg(kTokenC));
        writeFile(home.filePath(QStringLiteral("work/app/.github/workflows/ci.yml")),
                  QStringLiteral("env:\n  NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("NPM_TOKEN"), kTokenB);
        NpmConfigLocator locator(env, home.path());
        const ScanResult result
            = CredentialScanner(env).scan(locator, {home.filePath(QStringLiteral("work"))});
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.findings.size(), 6);

        const QStringList secrets{kTokenA,
                                  kTokenB,
                                  kTokenC,
                                  kUuid,
                                  kPassword,
                                  QString::fromLatin1(basic),
                                  QString::fromLatin1(kPassword.toUtf8().toBase64())};
        for (const CredentialFinding &finding : result.findings) {
            const QString printable = QString::fromUtf8(QJsonDocument(finding.toJson()).toJson())
                + finding.location() + credentialFormLabel(finding.form);
            for (const QString &secret : secrets)
                QVERIFY2(!printable.contains(secret), qPrintable(finding.key));
            QVERIFY(!finding.toJson().contains(QStringLiteral("secret")));
        }
        int withSecrets = 0;
        for (const CredentialFinding &finding : result.findings)
            withSecrets += finding.hasSecret() ? 1 : 0;
        QCOMPARE(withSecrets, 5); // all but the CI secret, whose value lives in GitHub
    }
};

QTEST_GUILESS_MAIN(TestCredentialScanner)
#include "tst_credentialscanner.moc"
