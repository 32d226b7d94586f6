// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/util/SingleInstance.h"

#include "td/Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace td {

namespace {

constexpr char kRaise[] = "raise\n";
constexpr char kAnswer[] = "ok\n";

QString translated(const char *text)
{
    return QCoreApplication::translate("td::SingleInstance", text);
}

QString socketIn(const QString &folder)
{
    return QDir(folder).filePath(QLatin1String(kAppId) + QStringLiteral(".sock"));
}

} // namespace

SingleInstance::SingleInstance(QString socketPath, QObject *parent)
    : QObject(parent), m_path(std::move(socketPath))
{ }

SingleInstance::~SingleInstance() = default;

Result<void> SingleInstance::checkPrivateFolder(const QString &folder)
{
    struct stat info = {};
    // lstat: a symlink here could point anywhere, including a folder someone else controls.
    if (::lstat(QFile::encodeName(folder).constData(), &info) != 0)
        return makeError(ErrorCode::Io,
                         translated("Cannot use the folder %1: %2")
                             .arg(folder, QString::fromLocal8Bit(std::strerror(errno))));
    if (!S_ISDIR(info.st_mode) || info.st_uid != ::geteuid() || (info.st_mode & 0077) != 0)
        return makeError(ErrorCode::Io,
                         translated("The folder %1 is not a private folder of this user (it must "
                                    "be a folder you own with mode 0700).")
                             .arg(folder));
    return {};
}

Result<QString> SingleInstance::defaultSocketPath()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty() && checkPrivateFolder(runtime))
        return socketIn(runtime);
    // No usable runtime directory: a folder of our own, created 0700, and checked afterwards
    // because someone else may have created it first.
    const QString own
        = QDir(QDir::tempPath()).filePath(QStringLiteral("tokendesk-%1").arg(::geteuid()));
    if (::mkdir(QFile::encodeName(own).constData(), 0700) != 0 && errno != EEXIST)
        return makeError(ErrorCode::Io,
                         translated("Cannot create the folder %1: %2")
                             .arg(own, QString::fromLocal8Bit(std::strerror(errno))));
    if (auto ok = checkPrivateFolder(own); !ok)
        return ok.error();
    return socketIn(own);
}

SingleInstance::Probe SingleInstance::notifyRunningInstance(int timeoutMs, QString *problem)
{
    QLocalSocket socket;
    socket.connectToServer(m_path);
    if (!socket.waitForConnected(timeoutMs)) {
        // No socket file, or one left by a crashed instance that nobody listens on.
        if (socket.error() == QLocalSocket::ServerNotFoundError
            || socket.error() == QLocalSocket::ConnectionRefusedError)
            return Probe::Nobody;
        if (problem)
            *problem = translated("Cannot reach the running TokenDesk at %1: %2")
                           .arg(m_path, socket.errorString());
        return Probe::Failed;
    }
    socket.write(kRaise);
    socket.waitForBytesWritten(timeoutMs);
    // Only an answer proves it is TokenDesk; anything else listening there is reported.
    QByteArray answer;
    while (!answer.contains('\n') && socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    answer += socket.readAll();
    socket.disconnectFromServer();
    if (answer.startsWith(kAnswer))
        return Probe::Raised;
    if (problem)
        *problem = translated("Another program listens on %1 but does not answer as TokenDesk. "
                              "End that program or remove the file, then start TokenDesk again.")
                       .arg(m_path);
    return Probe::NotAnswering;
}

Result<void> SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_path)) {
        // A crashed instance leaves its socket file behind; nobody answered on it (the caller
        // checked with notifyRunningInstance first), and the folder is ours: safe to remove.
        QLocalServer::removeServer(m_path);
        if (!m_server->listen(m_path))
            return makeError(
                ErrorCode::Io,
                translated("Cannot listen on %1: %2").arg(m_path, m_server->errorString()));
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *client = m_server->nextPendingConnection()) {
            connect(client, &QLocalSocket::readyRead, this, [this, client] {
                if (client->readAll().startsWith("raise")) {
                    client->write(kAnswer);
                    client->flush();
                    Q_EMIT raiseRequested();
                }
            });
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
        }
    });
    return {};
}

} // namespace td
