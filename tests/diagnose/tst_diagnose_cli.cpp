// SPDX-License-Identifier: GPL-3.0-or-later
// The real tokendesk-cli program: `diagnose <file|->` (text and --json) and the offline parts of
// `trust` (--all over a monorepo folder with --dry-run, npm trust's input checks).
#include "Harness.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args, const QByteArray &stdinBytes = {})
{
    QProcess p;
    p.start(td::test::programPath(QStringLiteral("tokendesk-cli")), args);
    p.write(stdinBytes);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString fixture(const QString &name)
{
    return QStringLiteral(TD_TEST_DATA_DIR "/diagnose/") + name;
}

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class TestDiagnoseCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diagnoseAFileRanksTheCause()
    {
        const Run run
            = cli({QStringLiteral("diagnose"), fixture(QStringLiteral("row01-e404-put.log"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("1. The publish was unauthenticated")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("log line")));
    }

    void diagnoseStdinAsJson()
    {
        QFile log(fixture(QStringLiteral("row01-e404-put.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const Run run
            = cli({QStringLiteral("--json"), QStringLiteral("diagnose"), QStringLiteral("-")},
                  log.readAll());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(!json.value(QStringLiteral("causes")).toArray().isEmpty());
        QCOMPARE(json.value(QStringLiteral("causes"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("row"))
                     .toInt(),
                 1);
    }

    void diagnoseWithoutArgumentFailsWithOneLine()
    {
        const Run run = cli({QStringLiteral("diagnose")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
        const Run missing
            = cli({QStringLiteral("diagnose"), QStringLiteral("/nonexistent/ci.log")});
        QCOMPARE(missing.exitCode, 1);
    }

    void trustAllDryRunCoversTheWorkspace()
    {
        QTemporaryDir repo;
        write(repo.filePath(QStringLiteral("package.json")),
              "{\"name\":\"mono\",\"private\":true,\"workspaces\":[\"packages/"
              "*\"]}");
        write(repo.filePath(QStringLiteral("packages/a/package.json")),
              R"({"name":"@acme/a","version":"1.0.0"})");
        write(repo.filePath(QStringLiteral("packages/b/package.json")),
              R"({"name":"@acme/b","version":"1.0.0"})");
        write(repo.filePath(QStringLiteral(".git/config")),
              "[remote \"origin\"]\n\turl = git@gitlab.com:acme/sub/mono.git\n");
        const Run run
            = cli({QStringLiteral("trust"), QStringLiteral("gitlab"), QStringLiteral("--all"),
                   repo.path(), QStringLiteral("--file"), QStringLiteral(".gitlab-ci.yml"),
                   QStringLiteral("--allow-publish"), QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 QStringLiteral(
                     "would configure @acme/a: gitlab acme/sub/mono .gitlab-ci.yml publish\n"
                     "would configure @acme/b: gitlab acme/sub/mono .gitlab-ci.yml publish\n"));
    }

    void trustRefusesWhatNpmRefuses_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("path as file")
            << QStringList{QStringLiteral("github"), QStringLiteral("pkg"),
                           QStringLiteral("--file"), QStringLiteral(".github/workflows/p.yml"),
                           QStringLiteral("--repo"), QStringLiteral("o/r")}
            << QStringLiteral("just the file name");
        QTest::newRow("bad repo") << QStringList{QStringLiteral("github"), QStringLiteral("pkg"),
                                                 QStringLiteral("--file"), QStringLiteral("p.yml"),
                                                 QStringLiteral("--repo"), QStringLiteral("o")}
                                  << QStringLiteral("owner/repository");
        QTest::newRow("circleci ids")
            << QStringList{QStringLiteral("circleci"), QStringLiteral("pkg")}
            << QStringLiteral("--org-id");
        QTest::newRow("unknown sub")
            << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("subcommand");
    }
    void trustRefusesWhatNpmRefuses()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run run = cli(QStringList{QStringLiteral("trust")} + args
                            + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestDiagnoseCli)
#include "tst_diagnose_cli.moc"
