// SPDX-License-Identifier: GPL-3.0-or-later
// The real tokendesk program and its single-instance socket (issue 12, item 13): with something
// else listening at its socket it says so on stderr and exits 1 (it used to take any listener
// for a running TokenDesk and exit 0 in silence); a stale socket file left by a crash does not
// stop it from starting, and it then answers a second launch.
#include "Harness.h"
#include "desktop/util/SingleInstance.h"
#include "td/Version.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace td;

class TstSingleInstanceApp : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_runtime; // 0700, ours: what XDG_RUNTIME_DIR must be

    QString socketPath() const
    {
        return QDir(m_runtime.path()).filePath(QLatin1String(kAppId) + QStringLiteral(".sock"));
    }
    void start(QProcess &app) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (const char *name :
             {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            env.remove(QLatin1String(name));
        app.setProcessEnvironment(env);
        app.start(test::programPath(QStringLiteral("tokendesk")), {QStringLiteral("--hidden")});
        QVERIFY(app.waitForStarted());
    }
    static void stop(QProcess &app)
    {
        if (app.state() != QProcess::NotRunning) {
            app.terminate();
            if (!app.waitForFinished(5000)) {
                app.kill();
                app.waitForFinished();
            }
        }
    }

private Q_SLOTS:
    void squattedSocketIsReportedNotObeyed()
    {
        QLocalServer squatter; // accepts, never answers
        QVERIFY(squatter.listen(socketPath()));
        QProcess app;
        start(app);
        const bool ended = app.waitForFinished(15000);
        const QByteArray err = app.readAllStandardError();
        stop(app);
        QVERIFY2(ended, "tokendesk kept running beside a squatted socket, saying nothing");
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 1);
        QVERIFY2(
            err.contains(QByteArray("tokendesk: Another program listens on " + socketPath().toUtf8()
                                    + " but does not answer as TokenDesk.")),
            err.constData());
    }

    void staleSocketDoesNotStopTheStart()
    {
        {
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            sockaddr_un address{};
            address.sun_family = AF_UNIX;
            const QByteArray native = QFile::encodeName(socketPath());
            std::memcpy(address.sun_path, native.constData(), size_t(native.size()) + 1);
            QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
            ::close(fd);
        }
        QProcess app;
        start(app);
        // Running and answering at the same path: a second launch is told to raise it.
        SingleInstance second(socketPath());
        QTRY_COMPARE_WITH_TIMEOUT(second.notifyRunningInstance(500), SingleInstance::Probe::Raised,
                                  15000);
        QCOMPARE(app.state(), QProcess::Running);
        stop(app);
    }
};

QTEST_GUILESS_MAIN(TstSingleInstanceApp)
#include "tst_singleinstance_app.moc"
