// SPDX-License-Identifier: GPL-3.0-or-later
// "Secrets appear nowhere on disk": after a CLI sign-in, a CLI token create, `run -- npm whoami`
// and a token made by the wizard's TokenCreationService, no file under HOME (the CLI's and the
// harness's: app data, config, cache, npm's logs, temporary files) and no log line (every CLI
// stderr, the sandbox's request log, this process's Qt log) holds the password, the session or a
// created token. The control API's state dump masks them. Only an .npmrc the user chose holds a
// token, and then exactly that one file.
#include "CliSandboxFixture.h"
#include "LogCapture.h"
#include "RegistryTestSupport.h"
#include "core/creation/TokenCreationService.h"
#include "core/creation/TokenDraft.h"
#include "core/creation/UseTokenChoices.h"
#include "core/registry/RegistryClient.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/util/Clock.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QStandardPaths>

using namespace td;
using namespace td::test;

namespace {
// Every regular file under `root` whose bytes contain `needle` (hidden files included).
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.size() > 64 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
            continue;
        if (f.readAll().contains(needle))
            hits << f.fileName();
    }
    return hits;
}
} // namespace

class TstSecretsNowhere : public QObject
{
    Q_OBJECT

    std::unique_ptr<CliSandbox> m_env;
    QTemporaryDir m_stateDir;
    KeychainSecretStore m_keychain{QStringLiteral("tokendesk")};
    QString m_account;
    QByteArray m_logs; // everything any program printed that is not the one intended display
    QByteArray m_session, m_cliToken, m_serviceToken;

    void keep(const char *what, const CliRun &r, bool outputIsLog = true)
    {
        m_logs += QByteArray("--- ") + what + "\n" + r.err;
        if (outputIsLog)
            m_logs += r.out;
    }

    QMap<QString, QByteArray> secrets() const
    {
        return {{QStringLiteral("password"), kSandboxPassword},
                {QStringLiteral("session"), m_session},
                {QStringLiteral("CLI-created token"), m_cliToken},
                {QStringLiteral("service-created token"), m_serviceToken}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        m_env = std::make_unique<CliSandbox>();
        QVERIFY(m_env->home.isValid() && m_stateDir.isValid());
        QVERIFY2(m_env->sandbox.start({QStringLiteral("--state"),
                                       m_stateDir.filePath(QStringLiteral("state.json"))}),
                 qPrintable(m_env->sandbox.errorString()));
    }

    void signInCreateRunAndServiceCreate()
    {
        LogCapture capture;
        // Sign-in through the CLI; the session it stored is read back to know what to look for.
        m_account = m_env->signIn();
        QVERIFY(!m_account.isEmpty());
        auto session = awaitResult<SecretBuffer>(
            [&](auto done) { m_keychain.read(SecretStore::sessionKey(m_account), nullptr, done); });
        QVERIFY(session.ok());
        m_session = session.value().reveal();
        QVERIFY(m_session.size() >= 16);

        // token create: its stdout is the one intended display of the secret.
        const CliRun created = m_env->cli(
            {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--name"),
             QStringLiteral("secrets-cli"), QStringLiteral("--scopes"), QStringLiteral("acme"),
             QStringLiteral("--packages-and-scopes-permission"), QStringLiteral("read-write"),
             QStringLiteral("--password-stdin"), QStringLiteral("--otp"), currentOtp()},
            kSandboxPassword + '\n');
        QVERIFY2(created.exitCode == 0, created.err.constData());
        keep("token create", created, false);
        const QByteArray firstLine = created.out.left(created.out.indexOf('\n'));
        QVERIFY(firstLine.startsWith("Created token npm_"));
        m_cliToken = firstLine.mid(int(qstrlen("Created token ")));

        const CliRun list = m_env->cli({QStringLiteral("token"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        keep("token list", list);
        const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
        QVERIFY2(!npm.isEmpty(), "the real npm CLI is part of the test environment");
        const CliRun whoami
            = m_env->cli({QStringLiteral("run"), QStringLiteral("--"), npm,
                          QStringLiteral("whoami"), QStringLiteral("--registry"), m_env->registry(),
                          QStringLiteral("--loglevel"), QStringLiteral("silly")});
        QVERIFY2(whoami.exitCode == 0, whoami.err.constData());
        QCOMPARE(whoami.out.trimmed().split('\n').constLast(), QByteArray("maintainer"));
        keep("run npm whoami --loglevel silly", whoami);

        // The wizard's path: TokenCreationService in this process, same keychain, same session.
        SystemClock clock;
        QNetworkAccessManager nam;
        RegistryClient client(&nam, m_env->sandbox.url(), clock);
        client.setAuthToken(SecretBuffer(QByteArrayView(m_session)));
        TokenCreationService service(&client, &m_keychain, m_account);
        TokenDraft draft(clock);
        draft.setPurpose(TokenDraft::Purpose::InstallPrivateInCi);
        draft.setAllPackages(true);
        draft.setName(QStringLiteral("secrets-service"));
        ScriptedPrompt prompt;
        prompt.code = currentOtp().toLatin1();
        auto made = awaitResult<TokenCreation>([&](auto done) {
            service.create(draft, SecretBuffer(QByteArrayView(kSandboxPassword)), &prompt,
                           RegistryClient::AuthType::Legacy, nullptr, done);
        });
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().oneLine()));
        QVERIFY(made.value().storedInKeychain());
        m_serviceToken = made.value().secret.reveal();

        m_logs += "--- this process\n" + capture.all().toUtf8();
        m_logs += "--- sandbox\n" + m_env->sandbox.log();
        QVERIFY(m_cliToken.startsWith("npm_") && m_serviceToken.startsWith("npm_"));
    }

    void noSecretInAnyFileOrLog_data()
    {
        QTest::addColumn<QString>("secret");
        for (const QString &name : secrets().keys())
            QTest::newRow(qPrintable(name)) << name;
    }
    void noSecretInAnyFileOrLog()
    {
        QFETCH(QString, secret);
        const QByteArray value = secrets().value(secret);
        QVERIFY(!value.isEmpty());
        QCOMPARE(filesContaining(m_env->home.path(), value), QStringList{});
        QCOMPARE(filesContaining(QDir::homePath(), value), QStringList{}); // the harness's HOME
        QVERIFY2(!m_logs.contains(value), "found in the output of a program");
        const HttpReply dump = httpCall(
            "GET", m_env->sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/state"))));
        QCOMPARE(dump.status, 200);
        QVERIFY2(!dump.body.contains(value), "found in the sandbox's state dump");
        // npm's debug logs exist (so the search above did look at them).
        QVERIFY(!QDir(m_env->home.filePath(QStringLiteral(".npm/_logs"))).isEmpty());
    }

    // The sandbox's --state file is the registry's own database: like npm's servers it must know
    // its tokens, so it is not searched above. It is at least private to its owner.
    void sandboxDatabaseIsOwnerOnly()
    {
        const QFile::Permissions p
            = QFile::permissions(m_stateDir.filePath(QStringLiteral("state.json")));
        QVERIFY(p & QFile::ReadOwner);
        QVERIFY(!(p & (QFile::ReadGroup | QFile::ReadOther)));
    }

    // The user chose an .npmrc: that file, and only that file, holds the token afterwards.
    void anNpmrcTheUserChoseIsTheOnlyFileWithIt()
    {
        const QString project = m_env->home.filePath(QStringLiteral("project"));
        QVERIFY(QDir().mkpath(project));
        const QString npmrc = QDir(project).filePath(QStringLiteral(".npmrc"));
        QFile f(npmrc);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("fund=false\n");
        f.close();
        const SecretBuffer secret{QByteArrayView(m_cliToken)};
        const auto written
            = writeNpmrcToken(npmrc, m_env->sandbox.url(), secret, QDateTime::currentDateTimeUtc());
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().oneLine()));
        QVERIFY(QFile::exists(written.value().backupPath)); // the backup predates the token
        QCOMPARE(filesContaining(m_env->home.path(), m_cliToken), QStringList{npmrc});
        QCOMPARE(filesContaining(QDir::homePath(), m_cliToken), QStringList{});
        // The other secrets are still nowhere.
        QCOMPARE(filesContaining(m_env->home.path(), m_serviceToken), QStringList{});
        QCOMPARE(filesContaining(m_env->home.path(), m_session), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TstSecretsNowhere)
#include "tst_secrets_nowhere.moc"
