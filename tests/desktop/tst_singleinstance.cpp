// SPDX-License-Identifier: GPL-3.0-or-later
// SingleInstance (issue 12, item 13): the socket is a full path in a folder only this user can
// enter; a second launch is answered; a stale socket file is replaced; something else listening
// at the path, or a failure to listen, is reported instead of being taken for TokenDesk.
#include "desktop/util/SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <thread>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace td;

namespace {

// A socket file nobody listens on, as a crashed instance leaves it.
bool makeStaleSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray native = QFile::encodeName(path);
    std::memcpy(address.sun_path, native.constData(), size_t(native.size()) + 1);
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    ::close(fd); // no unlink: the file stays
    return bound && QFileInfo::exists(path);
}

} // namespace

class TstSingleInstance : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir; // QTemporaryDir is created 0700

    QString socketPath(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void defaultSocketIsInAPrivateFolder()
    {
        const auto path = SingleInstance::defaultSocketPath();
        QVERIFY2(path, qPrintable(path ? QString() : path.error().oneLine()));
        const QFileInfo socket(path.value());
        QVERIFY(socket.isAbsolute());
        QVERIFY(socket.absolutePath() != QDir::tempPath()); // never a bare name in /tmp
        struct stat info = {};
        QCOMPARE(::lstat(QFile::encodeName(socket.absolutePath()).constData(), &info), 0);
        QVERIFY(S_ISDIR(info.st_mode));
        QCOMPARE(info.st_uid, ::geteuid());
        QCOMPARE(info.st_mode & 07777, mode_t(0700));
    }

    void privateFolderCheck()
    {
        QVERIFY(SingleInstance::checkPrivateFolder(m_dir.path()));
        const QString open = socketPath("open");
        QVERIFY(QDir().mkpath(open));
        QVERIFY(QFile::setPermissions(open,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                          | QFile::ReadOther | QFile::ExeOther));
        const auto wide = SingleInstance::checkPrivateFolder(open);
        QVERIFY(!wide);
        QCOMPARE(wide.error().message,
                 QStringLiteral("The folder %1 is not a private folder of this user (it must be "
                                "a folder you own with mode 0700).")
                     .arg(open));
        // A link, even to a private folder, could be switched to someone else's.
        const QString link = socketPath("link");
        QVERIFY(QFile::link(m_dir.path(), link));
        QVERIFY(!SingleInstance::checkPrivateFolder(link));
    }

    void firstInstanceFindsNobody()
    {
        SingleInstance first(socketPath("first.sock"));
        QCOMPARE(first.notifyRunningInstance(200), SingleInstance::Probe::Nobody);
        QVERIFY(first.listen());
    }

    void secondLaunchRaisesTheFirst()
    {
        SingleInstance first(socketPath("second.sock"));
        QVERIFY(first.listen());
        QSignalSpy raised(&first, &SingleInstance::raiseRequested);
        // The answer comes from the first instance's event loop: ask from a thread of its own.
        SingleInstance::Probe probe = SingleInstance::Probe::Failed;
        std::thread asker([&probe, path = socketPath("second.sock")] {
            SingleInstance second(path);
            probe = second.notifyRunningInstance(5000);
        });
        QTRY_COMPARE(raised.count(), 1);
        asker.join();
        QCOMPARE(probe, SingleInstance::Probe::Raised);
    }

    void staleSocketIsReplaced()
    {
        const QString path = socketPath("stale.sock");
        QVERIFY(makeStaleSocket(path));
        SingleInstance next(path);
        QCOMPARE(next.notifyRunningInstance(200), SingleInstance::Probe::Nobody);
        QVERIFY(next.listen());
    }

    // Something else listens at the path and never answers: not "another instance is running".
    void squattedSocketIsReported()
    {
        const QString path = socketPath("squatted.sock");
        QLocalServer squatter;
        QVERIFY(squatter.listen(path));
        SingleInstance launch(path);
        QString problem;
        QCOMPARE(launch.notifyRunningInstance(300, &problem), SingleInstance::Probe::NotAnswering);
        QCOMPARE(problem,
                 QStringLiteral("Another program listens on %1 but does not answer as TokenDesk. "
                                "End that program or remove the file, then start TokenDesk "
                                "again.")
                     .arg(path));
    }

    void failureToListenIsReported()
    {
        const QString path = socketPath("no-such-folder/x.sock");
        SingleInstance instance(path);
        const auto listening = instance.listen();
        QVERIFY(!listening);
        QVERIFY2(listening.error().message.startsWith(QStringLiteral("Cannot listen on ") + path),
                 qPrintable(listening.error().message));
    }
};

QTEST_GUILESS_MAIN(TstSingleInstance)
#include "tst_singleinstance.moc"
