// SPDX-License-Identifier: GPL-3.0-or-later
// ArgReader, the one reader of tokendesk-cli's arguments: npm's syntax, row by row.
#include "cli/ArgReader.h"

#include <QTest>

using td::cli::ArgReader;

namespace {
ArgReader commandReader()
{
    return ArgReader(QStringLiteral("token create"),
                     {{QStringLiteral("--name"), ArgReader::Value},
                      {QStringLiteral("--scopes"), ArgReader::List},
                      {QStringLiteral("--packages-all"), ArgReader::Switch}});
}
// What the reader made of the arguments, in one comparable line.
QString summary(const ArgReader &r)
{
    return QStringLiteral("name=%1 scopes=%2 all=%3 pos=%4 rest=%5 help=%6")
        .arg(r.value(QStringLiteral("--name")), r.values(QStringLiteral("--scopes")).join(u','),
             r.isSet(QStringLiteral("--packages-all")) ? QStringLiteral("yes")
                                                       : QStringLiteral("no"),
             r.positionals().join(u','), r.afterDashes().join(u','),
             r.helpAsked() ? QStringLiteral("yes") : QStringLiteral("no"));
}
QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
}
} // namespace

class TstCliArgReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsNpmSyntax_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *args, const char *expected) {
            QTest::newRow(name) << words(args) << QString::fromLatin1(expected);
        };
        row("value after a space", "--name ci", "name=ci scopes= all=no pos= rest= help=no");
        row("value after =", "--name=ci", "name=ci scopes= all=no pos= rest= help=no");
        row("= inside the value", "--name=a=b", "name=a=b scopes= all=no pos= rest= help=no");
        row("last value wins", "--name a --name b", "name=b scopes= all=no pos= rest= help=no");
        row("repeated list", "--scopes @a --scopes=@b",
            "name= scopes=@a,@b all=no pos= rest= help=no");
        row("switch", "--packages-all", "name= scopes= all=yes pos= rest= help=no");
        row("switch =false", "--packages-all=false", "name= scopes= all=no pos= rest= help=no");
        row("positionals between flags", "x --name ci y",
            "name=ci scopes= all=no pos=x,y rest= help=no");
        row("dashes end the options", "--name ci -- --frob -h",
            "name=ci scopes= all=no pos= rest=--frob,-h help=no");
        row("-h anywhere", "x -h", "name= scopes= all=no pos=x rest= help=yes");
        row("--help anywhere", "--name ci --help", "name=ci scopes= all=no pos= rest= help=yes");
        row("a lone dash is a positional", "-", "name= scopes= all=no pos=- rest= help=no");
        row("a value may start with one dash", "--name -1",
            "name=-1 scopes= all=no pos= rest= help=no");
    }
    void readsNpmSyntax()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        ArgReader reader = commandReader();
        QVERIFY2(reader.read(arguments), qPrintable(reader.error()));
        QCOMPARE(summary(reader), expected);
    }

    void refusesWithOneLineNamingTheFlag_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown long flag")
            << words("--frob")
            << QStringLiteral("token create: unknown option '--frob'. Run "
                              "'tokendesk-cli token create --help' for its "
                              "options.");
        QTest::newRow("unknown flag with a value")
            << words("--frob=1")
            << QStringLiteral("token create: unknown option '--frob'. Run "
                              "'tokendesk-cli token create --help' for its "
                              "options.");
        QTest::newRow("unknown short flag")
            << words("-x")
            << QStringLiteral("token create: unknown option '-x'. Run "
                              "'tokendesk-cli token create --help' for its "
                              "options.");
        QTest::newRow("value missing at the end")
            << words("--name") << QStringLiteral("--name needs a value");
        QTest::newRow("value missing before a flag")
            << words("--name --packages-all") << QStringLiteral("--name needs a value");
        QTest::newRow("value missing before dashes")
            << words("--name -- x") << QStringLiteral("--name needs a value");
        QTest::newRow("switch given a value")
            << words("--packages-all=yes") << QStringLiteral("--packages-all takes no value");
    }
    void refusesWithOneLineNamingTheFlag()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        ArgReader reader = commandReader();
        QVERIFY(!reader.read(arguments));
        QCOMPARE(reader.error(), expected);
    }

    // Cli's pass for the global flags: it takes its own, anywhere, and keeps the rest in order.
    void keepsWhatIsNotItsOwn()
    {
        ArgReader reader(QString(),
                         {{QStringLiteral("--registry"), ArgReader::Value},
                          {QStringLiteral("--json"), ArgReader::Switch},
                          {QStringLiteral("--token"), ArgReader::Value, true, {}}});
        reader.setKeepUnknown(true);
        QVERIFY(reader.read(words("list --registry http://r/ --otp 1 --json --token abc x -- "
                                  "--registry y")));
        QCOMPARE(reader.value(QStringLiteral("--registry")), QStringLiteral("http://r/"));
        QVERIFY(reader.isSet(QStringLiteral("--json")));
        QCOMPARE(reader.kept(), words("list --otp 1 --token abc x -- --registry y"));
    }

    // Another spelling reads as the flag's own name; lookups work with or without the dashes.
    void aliasesAndBareNames()
    {
        ArgReader reader(QStringLiteral("trust github"),
                         {{QStringLiteral("--allow-stage-publish"),
                           ArgReader::Switch,
                           false,
                           {},
                           {QStringLiteral("--allow-staged-publish")}},
                          {QStringLiteral("--context-id"), ArgReader::List}});
        QVERIFY(reader.read(words("--allow-staged-publish --context-id a --context-id b")));
        QVERIFY(reader.isSet(QStringLiteral("allow-stage-publish")));
        QVERIFY(reader.isSet(QStringLiteral("--allow-stage-publish")));
        QCOMPARE(reader.values(QStringLiteral("context-id")), words("a b"));
        QCOMPARE(reader.value(QStringLiteral("context-id")), QStringLiteral("b"));
    }

    // `run`: reading stops at the program; its flags are the program's.
    void stopsAtTheFirstPositional()
    {
        ArgReader reader(QStringLiteral("run"), {{QStringLiteral("--token"), ArgReader::Value}});
        reader.setStopAtPositional(true);
        QVERIFY(reader.read(words("--token abc npm publish --registry x -h")));
        QCOMPARE(reader.value(QStringLiteral("--token")), QStringLiteral("abc"));
        QCOMPARE(reader.afterDashes(), words("npm publish --registry x -h"));
        QVERIFY(!reader.helpAsked());
        QVERIFY(!reader.sawDashes());
    }
};

QTEST_APPLESS_MAIN(TstCliArgReader)
#include "tst_cli_argreader.moc"
