// SPDX-License-Identifier: GPL-3.0-or-later
// The real tokendesk program without a display (issue 17): --help and --version answer as
// usual, and a start prints one line naming the problem and exits 1, where QApplication used to
// abort ("could not connect to display", core dump).
#include "Harness.h"
#include "td/Version.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TstDesktopNoDisplay : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_runtime;

    struct Run
    {
        QProcess::ExitStatus status = QProcess::CrashExit;
        int code = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &args, const QString &platform = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_DATA_HOME",
                                 "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            env.remove(QLatin1String(name));
        if (!platform.isEmpty())
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(td::test::programPath(QStringLiteral("tokendesk")), args);
        Run result;
        if (!app.waitForFinished(20000)) {
            app.kill();
            app.waitForFinished();
            return result;
        }
        result.status = app.exitStatus();
        result.code = app.exitCode();
        result.out = QString::fromUtf8(app.readAllStandardOutput());
        result.err = QString::fromUtf8(app.readAllStandardError());
        return result;
    }

private Q_SLOTS:
    void helpAndVersionNeedNoDisplay_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")}
                                << QStringLiteral("--registry <url>");
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << QStringLiteral("--hidden");
        QTest::newRow("--version")
            << QStringList{QStringLiteral("--version")}
            << QStringLiteral("tokendesk %1\n").arg(QLatin1String(td::kVersion));
        QTest::newRow("-v after an option")
            << QStringList{QStringLiteral("--hidden"), QStringLiteral("-v")}
            << QStringLiteral("tokendesk %1\n").arg(QLatin1String(td::kVersion));
    }
    void helpAndVersionNeedNoDisplay()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = run(args);
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void startWithoutDisplaySaysSoInOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("platform");
        QTest::newRow("default platform") << QStringList() << QString();
        QTest::newRow("QT_QPA_PLATFORM=xcb") << QStringList() << QStringLiteral("xcb");
        QTest::newRow("wayland, then xcb") << QStringList() << QStringLiteral("wayland;xcb");
        QTest::newRow("-platform xcb")
            << QStringList{QStringLiteral("-platform"), QStringLiteral("xcb")} << QString();
    }
    void startWithoutDisplaySaysSoInOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, platform);
        const Run r = run(args, platform);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err,
                 QStringLiteral("tokendesk: no display found (DISPLAY and WAYLAND_DISPLAY "
                                "are unset); run TokenDesk in a desktop session, or use "
                                "tokendesk-cli.\n"));
    }
};

QTEST_GUILESS_MAIN(TstDesktopNoDisplay)
#include "tst_desktop_nodisplay.moc"
