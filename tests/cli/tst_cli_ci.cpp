// SPDX-License-Identifier: GPL-3.0-or-later
// tokendesk-cli ci, its usage and its refusals, as a user runs it (a real process in a HOME of its
// own): one clear line on stderr, exit status 1, and never a token taken from an argument.
#include "Harness.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TstCliCi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        p.setProcessEnvironment(env);
        p.start(td::test::programPath(QStringLiteral("tokendesk-cli")), arguments);
        p.write(input);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(20000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void usageAndHelpList()
    {
        const Run help = run({QStringLiteral("--help")});
        QVERIFY(help.out.contains(QStringLiteral("  ci ")));
        const Run usage = run({QStringLiteral("ci"), QStringLiteral("--help")});
        QCOMPARE(usage.exitCode, 0);
        for (const char *text : {"ci login github|gitlab|circleci", "--with-token", "--from-gh",
                                 "ci status", "ci logout"})
            QVERIFY2(usage.out.contains(QLatin1String(text)), qPrintable(usage.out));
        const Run rotate = run({QStringLiteral("token"), QStringLiteral("--help")});
        QVERIFY(rotate.out.contains(QStringLiteral("--no-ci")));
        const Run migrate = run({QStringLiteral("migrate"), QStringLiteral("--help")});
        QVERIFY(migrate.out.contains(QStringLiteral("--grace MINUTES")));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no subcommand")
            << QStringList{QStringLiteral("ci")} << QStringLiteral("ci needs a subcommand");
        QTest::newRow("unknown service")
            << QStringList{QStringLiteral("ci"), QStringLiteral("login"), QStringLiteral("jenkins")}
            << QStringLiteral("github, gitlab or circleci");
        QTest::newRow("token as an argument")
            << QStringList{QStringLiteral("ci"), QStringLiteral("login"), QStringLiteral("github"),
                           QStringLiteral("--token"), QStringLiteral("ghp_secret")}
            << QStringLiteral("never taken from arguments");
        QTest::newRow("circleci has no device flow")
            << QStringList{QStringLiteral("ci"), QStringLiteral("login"),
                           QStringLiteral("circleci")}
            << QStringLiteral("--with-token");
        QTest::newRow("--from-gh is GitHub's")
            << QStringList{QStringLiteral("ci"), QStringLiteral("login"), QStringLiteral("gitlab"),
                           QStringLiteral("--from-gh")}
            << QStringLiteral("works for github only");
        QTest::newRow("bad api url")
            << QStringList{QStringLiteral("ci"), QStringLiteral("login"), QStringLiteral("github"),
                           QStringLiteral("--api-url"), QStringLiteral("not a url")}
            << QStringLiteral("is not an API URL");
        QTest::newRow("logout when signed out")
            << QStringList{QStringLiteral("ci"), QStringLiteral("logout"), QStringLiteral("gitlab")}
            << QStringLiteral("not signed in to GitLab for gitlab.com");
        QTest::newRow("bad grace")
            << QStringList{QStringLiteral("token"), QStringLiteral("rotate"), QStringLiteral("x"),
                           QStringLiteral("--grace"), QStringLiteral("soon")}
            << QStringLiteral("--grace takes the minutes");
    }
    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
        QVERIFY(!r.err.contains(QStringLiteral("ghp_secret")));
    }

    void emptyTokenOnStdin()
    {
        const Run r = run({QStringLiteral("ci"), QStringLiteral("login"), QStringLiteral("gitlab"),
                           QStringLiteral("--with-token")},
                          "\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no GitLab token was given")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TstCliCi)
#include "tst_cli_ci.moc"
