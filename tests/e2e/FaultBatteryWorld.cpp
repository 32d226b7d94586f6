// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultBatteryWorld.h"

#include "Harness.h"
#include "HttpHelper.h"
#include "core/secrets/SecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

namespace td::test {

namespace {
const QByteArray kPassword = "sandbox-password";
constexpr int kCliTimeoutSeconds = 3; // the CLI's --timeout: stalls end fast

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}
} // namespace

bool FaultBatteryWorld::start(QString *why)
{
    if (!m_dir.isValid() || !m_other.listen()) {
        *why = QStringLiteral("no temporary folder or second server");
        return false;
    }
    m_other.setHandler([](const FakeRegistryServer::Request &) {
        return FakeRegistryServer::Reply::json(200, R"({"ok":true})");
    });
    if (!m_sandbox.start({QStringLiteral("--era"), QStringLiteral("2025-10")})) {
        *why = m_sandbox.errorString();
        return false;
    }
    const HttpReply login = httpCall(
        "PUT", url(QStringLiteral("/-/user/org.couchdb.user:maintainer")),
        R"({"name":"maintainer","password":"sandbox-password"})", {{"npm-otp", otp().toLatin1()}});
    m_session = login.json().object().value(QLatin1String("token")).toString().toUtf8();
    if (m_session.isEmpty() || !signIn()) {
        *why = QStringLiteral("sign-in failed");
        return false;
    }
    return true;
}

QString FaultBatteryWorld::accountId() const
{
    return QStringLiteral("maintainer@127.0.0.1:%1").arg(m_sandbox.url().port());
}

QProcessEnvironment FaultBatteryWorld::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    for (const char *name : {"NPM_TOKEN", "NODE_AUTH_TOKEN", "NPM_CONFIG_USERCONFIG",
                             "npm_config_userconfig", "TOKENDESK_TIMEOUT"})
        env.remove(QLatin1String(name));
    return env;
}

BatteryRun FaultBatteryWorld::cli(const QStringList &args, const QByteArray &input, int hangMs)
{
    QDir().mkpath(m_dir.filePath(QStringLiteral("home")));
    QProcess p;
    p.setProcessEnvironment(environment());
    p.setWorkingDirectory(m_dir.filePath(QStringLiteral("home")));
    QElapsedTimer clock;
    clock.start();
    p.start(programPath(QStringLiteral("tokendesk-cli")),
            QStringList{QStringLiteral("--registry"), m_sandbox.url().toString(),
                        QStringLiteral("--timeout"), QString::number(kCliTimeoutSeconds)}
                + args);
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    BatteryRun run;
    // qWaitFor keeps this event loop (and so the other origin's server) running.
    run.hung = !QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, hangMs);
    if (run.hung) {
        p.kill();
        p.waitForFinished();
    }
    run.ms = clock.elapsed();
    run.crashed = !run.hung && p.exitStatus() == QProcess::CrashExit;
    run.exitCode = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

bool FaultBatteryWorld::signIn()
{
    const BatteryRun login
        = cli({QStringLiteral("login"), QStringLiteral("--auth-type"), QStringLiteral("legacy"),
               QStringLiteral("--username"), QStringLiteral("maintainer"),
               QStringLiteral("--password-stdin"), QStringLiteral("--otp"), otp()},
              kPassword + '\n');
    if (login.exitCode != 0)
        qWarning("login failed: %s", login.err.constData());
    return login.exitCode == 0;
}

QString FaultBatteryWorld::otp() const
{
    // The sandbox accepts the codes of the neighbouring 30 s windows too.
    return httpCall("GET", url(QStringLiteral("/-/sandbox/totp?username=maintainer")))
        .json()
        .object()
        .value(QLatin1String("code"))
        .toString();
}

bool FaultBatteryWorld::setFault(const QJsonObject &rule) const
{
    return httpCall("POST", url(QStringLiteral("/-/sandbox/faults")),
                    QJsonDocument(QJsonArray{rule}).toJson(QJsonDocument::Compact),
                    {{"content-type", "application/json"}})
               .status
        == 200;
}

void FaultBatteryWorld::clearFaults() const
{
    httpCall("DELETE", url(QStringLiteral("/-/sandbox/faults")));
}

QJsonObject FaultBatteryWorld::state() const
{
    return httpCall("GET", url(QStringLiteral("/-/sandbox/state"))).json().object();
}

QSet<QString> FaultBatteryWorld::liveTokenKeys() const
{
    QSet<QString> keys;
    for (const QJsonValue &value : state().value(QLatin1String("tokens")).toArray()) {
        const QJsonObject token = value.toObject();
        if (token.value(QLatin1String("kind")).toString() != QLatin1String("session")
            && !token.contains(QLatin1String("revoked")))
            keys.insert(token.value(QLatin1String("key")).toString());
    }
    return keys;
}

bool FaultBatteryWorld::inKeychain(const QString &tokenKey) const
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("tokendesk"),
             QStringLiteral("user"), SecretStore::tokenKey(accountId(), tokenKey)});
    return p.waitForFinished(20000) && !p.readAllStandardOutput().trimmed().isEmpty();
}

int FaultBatteryWorld::leaksToOtherOrigin() const
{
    int leaks = 0;
    for (const auto &request : m_other.requests())
        if (!request.body.isEmpty() || request.hasHeader("authorization")
            || request.hasHeader("npm-otp") || request.hasHeader("cookie"))
            ++leaks;
    return leaks;
}

QByteArray FaultBatteryWorld::createToken(const QJsonObject &body) const
{
    const HttpReply reply = httpCall("POST", url(QStringLiteral("/-/npm/v1/tokens")),
                                     QJsonDocument(body).toJson(QJsonDocument::Compact),
                                     {{"content-type", "application/json"},
                                      {"authorization", "Bearer " + m_session},
                                      {"npm-otp", otp().toLatin1()}});
    return QJsonDocument(reply.json()).toJson(QJsonDocument::Compact);
}

QString FaultBatteryWorld::createGranularToken(const QString &name) const
{
    const QJsonObject created
        = QJsonDocument::fromJson(
              createToken({{QStringLiteral("password"), QString::fromLatin1(kPassword)},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("packages_all"), true},
                           {QStringLiteral("expires"), 30}}))
              .object();
    return created.value(QLatin1String("key")).toString();
}

QByteArray FaultBatteryWorld::createClassicToken() const
{
    const QJsonObject created
        = QJsonDocument::fromJson(
              createToken({{QStringLiteral("password"), QString::fromLatin1(kPassword)},
                           {QStringLiteral("readonly"), false}}))
              .object();
    return created.value(QLatin1String("token")).toString().toLatin1();
}

QString FaultBatteryWorld::packageWithoutTrust(const QSet<QString> &used) const
{
    for (const QJsonValue &value : state().value(QLatin1String("packages")).toArray()) {
        const QJsonObject package = value.toObject();
        const QString name = package.value(QLatin1String("name")).toString();
        if (package.value(QLatin1String("trust")).toArray().isEmpty() && !used.contains(name)
            && package.value(QLatin1String("maintainers"))
                   .toArray()
                   .contains(QStringLiteral("maintainer"))
            && !name.contains(QLatin1String("internal")))
            return name;
    }
    return {};
}

bool FaultBatteryWorld::prepareMigration()
{
    QDirIterator journals(m_dir.filePath(QStringLiteral("data")), {QStringLiteral("journal*")},
                          QDir::Files, QDirIterator::Subdirectories);
    while (journals.hasNext())
        QFile::remove(journals.next());
    const QByteArray port = QByteArray::number(m_sandbox.url().port());
    const QByteArray user = createClassicToken();
    const QByteArray projectToken = createClassicToken();
    if (user.isEmpty() || projectToken.isEmpty())
        return false;
    const QByteArray registry
        = "registry=http://127.0.0.1:" + port + "/\n//127.0.0.1:" + port + "/:_authToken=";
    const QString userNpmrc = m_dir.filePath(QStringLiteral("home/.npmrc"));
    if (!writeFile(userNpmrc, registry + user + '\n')
        || !writeFile(project() + QStringLiteral("/.npmrc"), registry + projectToken + '\n'))
        return false;
    QFile::setPermissions(userNpmrc, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

} // namespace td::test
