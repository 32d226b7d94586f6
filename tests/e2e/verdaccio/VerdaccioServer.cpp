// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerdaccioServer.h"
#include "TestPaths.h"

#include "HttpHelper.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

namespace td::test {

namespace {
bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(content) == content.size();
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort(); // closed again when probe goes; Verdaccio binds it right after
}
} // namespace

QString VerdaccioServer::installDir()
{
    return QStringLiteral(TD_BINARY_DIR "/verdaccio-") + QLatin1String(kVersion);
}

VerdaccioServer::~VerdaccioServer()
{
    stop();
}

bool VerdaccioServer::install(int timeoutMs)
{
    const QDir dir(installDir());
    const QString marker = dir.filePath(QStringLiteral(".installed"));
    if (QFile::exists(marker)
        && QFile::exists(dir.filePath(QStringLiteral("node_modules/.bin/verdaccio"))))
        return true;
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (npm.isEmpty()) {
        m_error = QStringLiteral("npm is not on PATH; it is needed to install Verdaccio");
        return false;
    }
    if (!QDir().mkpath(dir.path())) {
        m_error = QStringLiteral("cannot create ") + dir.path();
        return false;
    }
    // The override avoids ETARGET node-fetch@cjs on mirrors that only serve `latest` (P6).
    const QJsonObject package{
        {QStringLiteral("name"), QStringLiteral("td-verdaccio-for-tests")},
        {QStringLiteral("version"), QStringLiteral("1.0.0")},
        {QStringLiteral("private"), true},
        {QStringLiteral("dependencies"),
         QJsonObject{{QStringLiteral("verdaccio"), QLatin1String(kVersion)}}},
        {QStringLiteral("overrides"),
         QJsonObject{{QStringLiteral("node-fetch"), QStringLiteral("2.7.0")}}}};
    if (!writeFile(dir.filePath(QStringLiteral("package.json")), QJsonDocument(package).toJson())) {
        m_error = QStringLiteral("cannot write package.json in ") + dir.path();
        return false;
    }
    QProcess npmInstall;
    npmInstall.setWorkingDirectory(dir.path());
    npmInstall.setProcessChannelMode(QProcess::MergedChannels);
    npmInstall.start(npm,
                     {QStringLiteral("install"), QStringLiteral("--no-audit"),
                      QStringLiteral("--no-fund"), QStringLiteral("--loglevel=error")});
    if (!npmInstall.waitForFinished(timeoutMs)) {
        npmInstall.kill();
        npmInstall.waitForFinished(5000);
        m_error = QStringLiteral("npm install verdaccio@%1 did not finish in %2 s")
                      .arg(QLatin1String(kVersion))
                      .arg(timeoutMs / 1000);
        return false;
    }
    const QByteArray output = npmInstall.readAll();
    if (npmInstall.exitStatus() != QProcess::NormalExit || npmInstall.exitCode() != 0) {
        m_error = QStringLiteral("npm install verdaccio@%1 failed (it needs the npm registry):\n")
                      .arg(QLatin1String(kVersion))
            + QString::fromUtf8(output.right(4000));
        return false;
    }
    QFile installed(dir.filePath(QStringLiteral("node_modules/verdaccio/package.json")));
    if (!installed.open(QIODevice::ReadOnly)
        || QJsonDocument::fromJson(installed.readAll()).object().value(QLatin1String("version"))
            != QLatin1String(kVersion)) {
        m_error = QStringLiteral("npm installed something other than verdaccio@")
            + QLatin1String(kVersion);
        return false;
    }
    return writeFile(marker, kVersion);
}

bool VerdaccioServer::start(int timeoutMs)
{
    m_dir = std::make_unique<QTemporaryDir>();
    const quint16 port = freeLoopbackPort();
    if (!m_dir->isValid() || port == 0) {
        m_error = QStringLiteral("no temporary folder or free port");
        return false;
    }
    // Offline (no uplinks), anyone may read, signed-in users publish; max_users > 0 lets
    // PUT /-/user create users. Token routes are always on in 6.8.
    const QByteArray config = "storage: ./storage\n"
                              "auth:\n  htpasswd:\n    file: ./htpasswd\n    max_users: 100\n"
                              "uplinks: {}\n"
                              "packages:\n"
                              "  '@*/*': { access: $all, publish: $authenticated }\n"
                              "  '**': { access: $all, publish: $authenticated }\n"
                              "listen: 127.0.0.1:"
        + QByteArray::number(port)
        + "\n"
          "web: { enable: false }\n"
          "log: { type: stdout, format: pretty, level: http }\n";
    const QString configPath = m_dir->filePath(QStringLiteral("config.yaml"));
    if (!writeFile(configPath, config)) {
        m_error = QStringLiteral("cannot write ") + configPath;
        return false;
    }
    m_process.setWorkingDirectory(m_dir->path());
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QDir(installDir()).filePath(QStringLiteral("node_modules/.bin/verdaccio")),
                    {QStringLiteral("--config"), configPath});
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("verdaccio did not start: ") + m_process.errorString();
        return false;
    }
    const QUrl base(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            m_error = QStringLiteral("verdaccio exited:\n") + QString::fromUtf8(log());
            return false;
        }
        if (httpCall("GET", base.resolved(QUrl(QStringLiteral("-/ping")))).status == 200) {
            m_url = base;
            return true;
        }
        QTest::qWait(200);
    }
    m_error
        = QStringLiteral("verdaccio did not answer /-/ping in time:\n") + QString::fromUtf8(log());
    return false;
}

void VerdaccioServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QByteArray VerdaccioServer::log()
{
    m_log += m_process.readAll();
    return m_log;
}

bool VerdaccioServer::addUser(const QByteArray &name, const QByteArray &password)
{
    const QJsonObject user{{QStringLiteral("name"), QString::fromLatin1(name)},
                           {QStringLiteral("password"), QString::fromLatin1(password)},
                           {QStringLiteral("email"), QString::fromLatin1(name + "@example.com")},
                           {QStringLiteral("type"), QStringLiteral("user")},
                           {QStringLiteral("roles"), QJsonArray()},
                           {QStringLiteral("date"), QStringLiteral("2026-01-01T00:00:00Z")}};
    const HttpReply created = httpCall(
        "PUT",
        m_url.resolved(
            QUrl(QStringLiteral("-/user/org.couchdb.user:") + QString::fromLatin1(name))),
        QJsonDocument(user).toJson(QJsonDocument::Compact), {{"content-type", "application/json"}});
    if (created.status != 201)
        m_error = QString::fromUtf8(created.body);
    return created.status == 201;
}

} // namespace td::test
