// SPDX-License-Identifier: GPL-3.0-or-later
// tokendesk-cli as a user runs it: a real process, real exit codes, real streams.
#include "Harness.h"
#include "td/Version.h"

#include <QProcess>
#include <QTest>

class TstCliBasics : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments)
    {
        QProcess p;
        p.start(td::test::programPath(QStringLiteral("tokendesk-cli")), arguments);
        Run r;
        if (!p.waitForFinished(20000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("tokendesk-cli ") + QLatin1String(td::kVersion));
        QVERIFY(r.err.isEmpty());
    }

    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Usage: tokendesk-cli")));
        QVERIFY(r.out.contains(QStringLiteral("--registry URL")));
        QVERIFY(r.out.contains(QStringLiteral("--timeout SECONDS")));
        QVERIFY(r.out.contains(QStringLiteral("--password-stdin")));
    }

    void failuresPrintOneClearLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                         << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frob")} << QStringLiteral("unknown option '--frob'");
        QTest::newRow("registry without url") << QStringList{QStringLiteral("--registry")}
                                              << QStringLiteral("--registry needs a URL");
        QTest::newRow("registry not a url")
            << QStringList{QStringLiteral("--registry"), QStringLiteral("ftp://x"),
                           QStringLiteral("whoami")}
            << QStringLiteral("is not a registry URL");
        for (const QString &bad :
             {QStringLiteral("0"), QStringLiteral("soon"), QStringLiteral("3601")})
            QTest::addRow("timeout %s", qPrintable(bad))
                << QStringList{QStringLiteral("--timeout"), bad, QStringLiteral("whoami")}
                << QStringLiteral("--timeout needs a number of seconds");
        // npm reads its global flags after the command and its subcommand too (issue 17).
        QTest::newRow("registry after the command")
            << QStringList{QStringLiteral("whoami"), QStringLiteral("--registry"),
                           QStringLiteral("ftp://x")}
            << QStringLiteral("'ftp://x' is not a registry URL");
        QTest::newRow("registry= after the subcommand")
            << QStringList{QStringLiteral("token"), QStringLiteral("list"),
                           QStringLiteral("--registry=ftp://x")}
            << QStringLiteral("'ftp://x' is not a registry URL");
        QTest::newRow("timeout after the subcommand")
            << QStringList{QStringLiteral("stage"), QStringLiteral("list"),
                           QStringLiteral("--timeout"), QStringLiteral("0")}
            << QStringLiteral("--timeout needs a number of seconds");
        QTest::newRow("registry without url after the command")
            << QStringList{QStringLiteral("whoami"), QStringLiteral("--registry")}
            << QStringLiteral("--registry needs a URL");
        QTest::newRow("timeout without seconds")
            << QStringList{QStringLiteral("--timeout")}
            << QStringLiteral("--timeout needs a number of seconds");
    }
    void failuresPrintOneClearLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(QStringLiteral("tokendesk-cli: ")),
                 qPrintable(lines.first()));
        QVERIFY2(lines.first().contains(expected), qPrintable(lines.first()));
        QVERIFY(r.out.isEmpty());
    }

    // Every command in the global help answers `<command> --help` (and -h) with its own usage;
    // the rows come from the global help, so a new command without usage fails here.
    void everyCommandHasItsOwnHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("flag");
        const QStringList lines = run({QStringLiteral("--help")}).out.split(QLatin1Char('\n'));
        const auto start = lines.indexOf(QStringLiteral("Commands:"));
        QVERIFY(start > 0);
        int commands = 0;
        for (qsizetype i = start + 1; i < lines.size() && lines[i].startsWith(u"  "); ++i) {
            const QString name = lines[i].trimmed().section(QLatin1Char(' '), 0, 0);
            for (const char *flag : {"--help", "-h"})
                QTest::addRow("%s %s", qPrintable(name), flag) << name << QString::fromLatin1(flag);
            ++commands;
        }
        QVERIFY(commands >= 9);
    }
    void everyCommandHasItsOwnHelp()
    {
        QFETCH(QString, command);
        QFETCH(QString, flag);
        const Run r = run({command, flag});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: tokendesk-cli ") + command),
                 qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }

    // After "--" the arguments belong to the program `run` starts, --help included.
    void helpAfterDoubleDashBelongsToTheProgram()
    {
        const Run r = run({QStringLiteral("run"), QStringLiteral("--"), QStringLiteral("npm"),
                           QStringLiteral("--help")});
        QVERIFY(!r.out.startsWith(QStringLiteral("Usage: tokendesk-cli run")));
    }

    // -h / --help anywhere before "--" shows the command's usage, as npm does.
    void helpAnywhere_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("usage");
        QTest::newRow("after the subcommand")
            << QStringList{QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("-h")}
            << QStringLiteral("Usage: tokendesk-cli token");
        QTest::newRow("after a global flag")
            << QStringList{QStringLiteral("whoami"), QStringLiteral("--json"),
                           QStringLiteral("--help")}
            << QStringLiteral("Usage: tokendesk-cli whoami");
        QTest::newRow("before the command")
            << QStringList{QStringLiteral("-h"), QStringLiteral("stage")}
            << QStringLiteral("Usage: tokendesk-cli stage");
    }
    void helpAnywhere()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, usage);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(usage), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }

    // `run` hands everything from its program on to the program, global flags included.
    void runKeepsTheProgramsFlags()
    {
        const Run r = run({QStringLiteral("run"), QStringLiteral("npm"),
                           QStringLiteral("--registry"), QStringLiteral("ftp://x")});
        QVERIFY2(!r.err.contains(QStringLiteral("is not a registry URL")), qPrintable(r.err));
    }

    // A registry from npm's configuration is checked like --registry, and the line says where
    // it came from.
    void configuredRegistryThatIsNotAUrl()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("npm_config_registry"), QStringLiteral("ftp://x"));
        p.setProcessEnvironment(env);
        p.start(td::test::programPath(QStringLiteral("tokendesk-cli")), {QStringLiteral("whoami")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 1);
        QCOMPARE(QString::fromUtf8(p.readAllStandardError()),
                 QStringLiteral("tokendesk-cli: 'ftp://x' is not a registry URL (registry in "
                                "environment); use the form https://host/\n"));
    }

    void noCommandShowsUsageAndFails()
    {
        const Run r = run({});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.startsWith(QStringLiteral("Usage: tokendesk-cli")));
    }
};

QTEST_GUILESS_MAIN(TstCliBasics)
#include "tst_cli_basics.moc"
