// SPDX-License-Identifier: GPL-3.0-or-later
#include "migration_e2e_world.h"

#include "Harness.h"
#include "HttpHelper.h"
#include "core/npmconfig/TokenIdentity.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/SecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

namespace td::test {

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}
} // namespace

MigrationWorld::MigrationWorld(SandboxProcess &sandbox) : m_sandbox(sandbox) { }

QString MigrationWorld::accountId() const
{
    return QStringLiteral("maintainer@127.0.0.1:%1").arg(m_sandbox.url().port());
}

QByteArray MigrationWorld::originalUserBytes() const
{
    const QByteArray port = QByteArray::number(m_sandbox.url().port());
    // Comments, an unknown key and CRLF line endings must survive byte for byte.
    return "# my npm settings\r\nregistry=http://127.0.0.1:" + port
        + "/\r\nfund=false\r\n//127.0.0.1:" + port + "/:_authToken=" + kClassicPublish
        + "\r\n; end\r\n";
}

QByteArray MigrationWorld::originalProjectBytes() const
{
    const QByteArray port = QByteArray::number(m_sandbox.url().port());
    // No final newline.
    return "registry=http://127.0.0.1:" + port + "/\n//127.0.0.1:" + port
        + "/:_authToken=" + kClassicAutomation + "\nsave-exact = true";
}

QProcessEnvironment MigrationWorld::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    for (const QString &name :
         {QStringLiteral("NPM_TOKEN"), QStringLiteral("NODE_AUTH_TOKEN"),
          QStringLiteral("NPM_CONFIG_USERCONFIG"), QStringLiteral("npm_config_userconfig")})
        env.remove(name);
    return env;
}

MigrationWorld::~MigrationWorld()
{
    if (m_previousHome)
        qputenv("HOME", *m_previousHome);
}

void MigrationWorld::enterAsProcessHome()
{
    if (!m_previousHome)
        m_previousHome = qgetenv("HOME");
    qputenv("HOME", home().toLocal8Bit());
    for (const char *name :
         {"NPM_TOKEN", "NODE_AUTH_TOKEN", "NPM_CONFIG_USERCONFIG", "npm_config_userconfig"})
        qunsetenv(name);
}

bool MigrationWorld::setUp(QString *why)
{
    const HttpReply reset
        = httpCall("POST", m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/reset"))),
                   R"({"seed":"demo"})", {{"content-type", "application/json"}});
    if (reset.status != 200) {
        *why = QStringLiteral("sandbox reset: %1").arg(reset.status);
        return false;
    }
    httpCall("DELETE", m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/faults"))));
    QDir(m_dir.filePath(QStringLiteral("data"))).removeRecursively();
    if (!writeFile(userNpmrc(), originalUserBytes())
        || !writeFile(projectNpmrc(), originalProjectBytes())) {
        *why = QStringLiteral("cannot write the .npmrc files");
        return false;
    }
    QFile::setPermissions(userNpmrc(), QFile::ReadOwner | QFile::WriteOwner);
    QDir().mkpath(m_dir.filePath(QStringLiteral("elsewhere")));
    const CliRun login = cli({QStringLiteral("login"), QStringLiteral("--auth-type"),
                              QStringLiteral("legacy"), QStringLiteral("--username"),
                              QStringLiteral("maintainer"), QStringLiteral("--password-stdin"),
                              QStringLiteral("--otp"), QString::fromLatin1(currentTotp())},
                             kSandboxPassword + "\n");
    if (login.exitCode != 0) {
        *why = QStringLiteral("login failed: ") + QString::fromUtf8(login.err);
        return false;
    }
    return true;
}

CliRun MigrationWorld::cli(const QStringList &args, const QByteArray &stdinBytes,
                           const QProcessEnvironment &extra)
{
    QProcess p;
    QProcessEnvironment env = environment();
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir.filePath(QStringLiteral("elsewhere")));
    p.start(programPath(QStringLiteral("tokendesk-cli")),
            QStringList{QStringLiteral("--registry"), m_sandbox.url().toString()} + args);
    p.waitForStarted();
    p.write(stdinBytes);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    CliRun run;
    run.crashed = p.exitStatus() == QProcess::CrashExit;
    run.exitCode = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

CliRun MigrationWorld::migrate(const QStringList &args, const QProcessEnvironment &extra)
{
    return cli(QStringList{QStringLiteral("migrate")} + args
                   + QStringList{QStringLiteral("--project"), project(),
                                 QStringLiteral("--password-stdin"), QStringLiteral("--otp"),
                                 QString::fromLatin1(currentTotp())},
               kSandboxPassword + "\n", extra);
}

QByteArray MigrationWorld::currentTotp() const
{
    // The sandbox, like npm, takes a code during its 30 s step and the next one, so a code asked
    // for now holds for at least 30 s: longer than any one run here (the slowest give up after a
    // 3 s --timeout). No waiting for a fresh step.
    const HttpReply reply = httpCall(
        "GET",
        m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/totp?username=maintainer"))));
    return reply.json().object().value(QStringLiteral("code")).toString().toLatin1();
}

QByteArray MigrationWorld::tokenIn(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (QByteArray line : file.readAll().split('\n')) {
        line = line.trimmed();
        const qsizetype at = line.indexOf(":_authToken=");
        if (at >= 0)
            return line.mid(at + qsizetype(qstrlen(":_authToken=")));
    }
    return {};
}

QByteArray MigrationWorld::whoamiWith(const QByteArray &secret) const
{
    const HttpReply reply
        = httpCall("GET", m_sandbox.url().resolved(QUrl(QStringLiteral("/-/whoami"))), {},
                   {{"authorization", QByteArray("Bearer " + secret)}});
    if (reply.status != 200)
        return {};
    return reply.json().object().value(QStringLiteral("username")).toString().toUtf8();
}

QJsonArray MigrationWorld::sandboxTokens() const
{
    const HttpReply reply
        = httpCall("GET", m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/state"))));
    return reply.json().object().value(QStringLiteral("tokens")).toArray();
}

bool MigrationWorld::isRevokedOnSandbox(const QByteArray &classicSecret) const
{
    const QString key = sha512Hex(classicSecret);
    for (const QJsonValue &value : sandboxTokens()) {
        const QJsonObject token = value.toObject();
        if (token.value(QStringLiteral("key")).toString() == key)
            return token.contains(QStringLiteral("revoked"));
    }
    return false;
}

QStringList MigrationWorld::liveReplacementKeys() const
{
    QStringList keys;
    for (const QJsonValue &value : sandboxTokens()) {
        const QJsonObject token = value.toObject();
        if (token.value(QStringLiteral("name")).toString().startsWith(QLatin1String("tokendesk-"))
            && !token.contains(QStringLiteral("revoked")))
            keys.append(token.value(QStringLiteral("key")).toString());
    }
    return keys;
}

QStringList MigrationWorld::liveKeys() const
{
    QStringList keys;
    for (const QJsonValue &value : sandboxTokens()) {
        if (!value.toObject().contains(QStringLiteral("revoked")))
            keys.append(value.toObject().value(QStringLiteral("key")).toString());
    }
    return keys;
}

bool MigrationWorld::isInKeychain(const QString &tokenKey) const
{
    KeychainSecretStore keychain(QStringLiteral("tokendesk"));
    QEventLoop loop;
    bool found = false;
    bool answered = false;
    keychain.read(SecretStore::tokenKey(accountId(), tokenKey), &loop,
                  [&](Result<SecretBuffer> secret) {
                      found = secret.ok() && !secret.value().isEmpty();
                      answered = true;
                      loop.quit();
                  });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!answered)
        loop.exec();
    return found;
}

QStringList MigrationWorld::unaccountedLiveTokens(const QStringList &before) const
{
    QStringList lost;
    for (const QString &key : liveKeys()) {
        if (!before.contains(key) && !isInKeychain(key))
            lost.append(key);
    }
    return lost;
}

bool MigrationWorld::setFaults(const QByteArray &rules) const
{
    return httpCall("POST", m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/faults"))),
                    rules, {{"content-type", "application/json"}})
               .status
        == 200;
}

void MigrationWorld::clearFaults() const
{
    httpCall("DELETE", m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/faults"))));
}

QString MigrationWorld::journalPath() const
{
    QDirIterator it(m_dir.filePath(QStringLiteral("data")), {QStringLiteral("journal.json")},
                    QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

CliRun MigrationWorld::npmWhoami(const QString &userconfig) const
{
    QProcess p;
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("npm_config_update_notifier"), QStringLiteral("false"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir.filePath(QStringLiteral("elsewhere")));
    p.start(QStringLiteral("npm"),
            {QStringLiteral("whoami"), QStringLiteral("--userconfig"), userconfig});
    CliRun run;
    if (!p.waitForStarted()) {
        run.err = "npm is not installed";
        return run;
    }
    p.waitForFinished(60000);
    run.exitCode = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace td::test
