// SPDX-License-Identifier: GPL-3.0-or-later
// Local input through the real tokendesk-cli (issue 12, items 10 and 11): every file it reads is
// a regular file of bounded size (FIFOs, /dev/zero, folders, oversized and unreadable files are
// one clear message, never a hang), CI logs are read whole and in UTF-16 too, a broken
// package.json fails `trust check`, and a trust create answered 200 without a configuration is
// an error. Each run has its own deadline; a hang fails the test instead of blocking it.
#include "CliSandboxFixture.h"
#include "TestPaths.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

using namespace td;
using namespace td::test;

namespace {

// How long a run may take before it counts as blocked: 20 s, 60 s in the sanitizer build.
int deadlineMs()
{
    return scaledDeadlineMs(20000);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray fixtureLog()
{
    QFile f(QStringLiteral(TD_TEST_DATA_DIR "/diagnose/row01-e404-put.log"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QByteArray kE404Title = "1. The publish was unauthenticated";

QByteArray utf16(const QByteArray &utf8, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encode(encoding,
                          bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encode(QString::fromUtf8(utf8));
}

// Kinds of things that are not a readable regular file, made at `path`.
enum class Bad { Fifo, DevZero, Folder, Oversized, ReadFails };

void make(Bad kind, const QString &path)
{
    QFile::remove(path);
    QDir(path).removeRecursively();
    switch (kind) {
    case Bad::Fifo:
        QVERIFY2(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0, std::strerror(errno));
        break;
    case Bad::DevZero:
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
        break;
    case Bad::Folder:
        QVERIFY(QDir().mkpath(path));
        break;
    case Bad::Oversized:
        writeFile(path, QByteArray(2 * 1024 * 1024, '#'));
        break;
    case Bad::ReadFails:
        // Root (CI) reads a chmod 000 file anyway; /proc/self/mem opens as a regular file and
        // then fails every read at offset 0 (unmapped), for root and everyone else alike.
        QVERIFY(QFile::link(QStringLiteral("/proc/self/mem"), path));
        break;
    }
}

QByteArray messageFor(Bad kind, const QString &path)
{
    const QByteArray p = path.toUtf8();
    switch (kind) {
    case Bad::Fifo:
        return p
            + " is a named pipe (FIFO), not a regular file; TokenDesk does not read from "
              "pipes. Point TokenDesk at a regular file.";
    case Bad::DevZero:
        return p
            + " is a device, not a regular file; TokenDesk does not read from devices. "
              "Point TokenDesk at a regular file.";
    case Bad::Folder:
        return p + " is a folder, not a file. Point TokenDesk at a regular file.";
    case Bad::Oversized:
        return p
            + " is larger than 1 MiB, the most TokenDesk reads from a file like this. "
              "Check that it is the right file.";
    case Bad::ReadFails:
        return "Cannot read " + p + ": " + QByteArray(std::strerror(EIO));
    }
    return {};
}

// Logs have no size cap (they are streamed, see diagnoseReadsAWholeHugeLog); config files do.
void addBadRows(bool withOversized = true)
{
    QTest::addColumn<int>("kind");
    QTest::newRow("fifo") << int(Bad::Fifo);
    QTest::newRow("/dev/zero") << int(Bad::DevZero);
    QTest::newRow("folder") << int(Bad::Folder);
    if (withOversized)
        QTest::newRow("over 1 MiB") << int(Bad::Oversized);
    QTest::newRow("read fails") << int(Bad::ReadFails);
}

} // namespace

class TstCliLocalInput : public QObject
{
    Q_OBJECT

    std::unique_ptr<CliSandbox> m_env;
    QTemporaryDir m_files;

    QUrl control(const char *path) const
    {
        return m_env->sandbox.url().resolved(QUrl(QString::fromLatin1(path)));
    }
    QString otp() const
    {
        return httpCall("GET", control("/-/sandbox/totp?username=maintainer"))
            .json()
            .object()
            .value(QLatin1String("code"))
            .toString();
    }
    // The run must end by itself within the deadline: a blocked read is a failure, not a wait.
    CliRun run(const QStringList &args, const QByteArray &input = {})
    {
        const CliRun r = m_env->cli(args, input, deadlineMs());
        if (r.err.startsWith("timed out"))
            qWarning("tokendesk-cli %s did not finish within %d ms",
                     qPrintable(args.join(QLatin1Char(' '))), deadlineMs());
        return r;
    }
    QString npmrc() const { return m_env->home.filePath(QStringLiteral(".npmrc")); }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        m_env = std::make_unique<CliSandbox>();
        QVERIFY(m_env->home.isValid());
        QVERIFY(m_files.isValid());
        QVERIFY2(m_env->sandbox.start(), qPrintable(m_env->sandbox.errorString()));
        QJsonArray packages;
        for (const char *name : {"@acme/li-empty", "@acme/li-null", "@acme/li-list"})
            packages.append(QJsonObject{
                {QStringLiteral("name"), QString::fromLatin1(name)},
                {QStringLiteral("maintainers"), QJsonArray{QStringLiteral("maintainer")}},
                {QStringLiteral("versions"), QJsonArray{QStringLiteral("0.1.0")}},
                {QStringLiteral("access"), QStringLiteral("public")}});
        const QJsonObject seed{
            {QStringLiteral("users"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("maintainer")},
                 {QStringLiteral("password"), QStringLiteral("sandbox-password")},
                 {QStringLiteral("email"), QStringLiteral("m@example.com")},
                 {QStringLiteral("tfa"), QStringLiteral("totp")},
                 {QStringLiteral("totp_secret"), QString::fromLatin1(kMaintainerTotpSecret)}}}},
            {QStringLiteral("packages"), packages}};
        const HttpReply reset
            = httpCall("POST", control("/-/sandbox/reset"),
                       QJsonDocument(QJsonObject{{QStringLiteral("seed"), seed}}).toJson());
        QVERIFY2(reset.status == 200, reset.body.constData());
        QVERIFY(!m_env->signIn().isEmpty());
    }

    void cleanup()
    {
        QFile::remove(npmrc());
        QDir(npmrc()).removeRecursively();
    }

    // diagnose <file>: one line naming the file and what is wrong with it, exit 1.
    void diagnoseRefusesWhatItCannotRead_data() { addBadRows(false); }
    void diagnoseRefusesWhatItCannotRead()
    {
        QFETCH(int, kind);
        const QString path = m_files.filePath(QStringLiteral("ci.log"));
        make(Bad(kind), path);
        const CliRun r = run({QStringLiteral("diagnose"), path});
        QFile::remove(path);
        QDir(path).removeRecursively();
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, "tokendesk-cli: " + messageFor(Bad(kind), path) + '\n');
    }

    // 40 MiB of log before npm's error: the cause is found at its real line, in bounded memory.
    void diagnoseReadsAWholeHugeLog()
    {
        const QString path = m_files.filePath(QStringLiteral("huge.log"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        const QByteArray filler = "2026-10-02T09:14:03.1180000Z building chunk 0123456789 of the "
                                  "bundle, nothing to see here ...........................\n";
        qint64 lines = 0;
        while (f.size() < 40 * 1024 * 1024) {
            f.write(filler);
            ++lines;
        }
        f.write(fixtureLog());
        f.close();
        const CliRun r = run({QStringLiteral("diagnose"), path});
        QFile::remove(path);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(kE404Title), r.out.left(2000).constData());
        // The evidence is where the log alone has it, after the filler.
        const QString alone = m_files.filePath(QStringLiteral("alone.log"));
        writeFile(alone, fixtureLog());
        const CliRun reference = run({QStringLiteral("diagnose"), alone});
        static const QRegularExpression lineNumber(QStringLiteral(R"(\(log line (\d+)\))"));
        const auto at = lineNumber.match(QString::fromUtf8(reference.out));
        QVERIFY2(at.hasMatch(), reference.out.constData());
        QVERIFY2(r.out.contains(QByteArray(
                     "(log line " + QByteArray::number(lines + at.captured(1).toLongLong()) + ")")),
                 r.out.left(2000).constData());
    }

    void diagnoseReadsUtf16_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<bool>("fromStdin");
        for (bool stdinInput : {false, true}) {
            const char *how = stdinInput ? " (stdin)" : " (file)";
            QTest::addRow("UTF-16LE with BOM%s", how)
                << int(QStringConverter::Utf16LE) << true << stdinInput;
            QTest::addRow("UTF-16BE with BOM%s", how)
                << int(QStringConverter::Utf16BE) << true << stdinInput;
            QTest::addRow("UTF-16LE without BOM%s", how)
                << int(QStringConverter::Utf16LE) << false << stdinInput;
            QTest::addRow("UTF-16BE without BOM%s", how)
                << int(QStringConverter::Utf16BE) << false << stdinInput;
        }
    }
    void diagnoseReadsUtf16()
    {
        QFETCH(int, encoding);
        QFETCH(bool, bom);
        QFETCH(bool, fromStdin);
        const QByteArray log = utf16(fixtureLog(), QStringConverter::Encoding(encoding), bom);
        const QString path = m_files.filePath(QStringLiteral("utf16.log"));
        writeFile(path, log);
        const CliRun r = fromStdin ? run({QStringLiteral("diagnose"), QStringLiteral("-")}, log)
                                   : run({QStringLiteral("diagnose"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(kE404Title), r.out.constData());
    }

    // ~/.npmrc (and --userconfig) that cannot be read: a warning naming it, never "nothing to
    // migrate" or a clean bill of health, and never a hang.
    void unreadableUserConfigIsAWarning_data() { addBadRows(); }
    void unreadableUserConfigIsAWarning()
    {
        QFETCH(int, kind);
        make(Bad(kind), npmrc());
        const QByteArray warning = "warning: " + messageFor(Bad(kind), npmrc());

        const CliRun doctor = run({QStringLiteral("doctor")});
        QVERIFY2(doctor.out.contains(QByteArray(warning + '\n')),
                 QByteArray(doctor.out + doctor.err).constData());
        QVERIFY2(!doctor.err.startsWith("timed out"), doctor.err.constData());

        const CliRun plan = run({QStringLiteral("migrate")});
        QCOMPARE(plan.exitCode, 0);
        QVERIFY2(plan.out.contains(QByteArray(warning + '\n')),
                 QByteArray(plan.out + plan.err).constData());
        QVERIFY2(!plan.out.contains("nothing to migrate"), plan.out.constData());

        // The same file given with --userconfig (HOME's own .npmrc then is not read).
        const QString other = m_files.filePath(QStringLiteral("user.npmrc"));
        QCOMPARE(
            ::rename(QFile::encodeName(npmrc()).constData(), QFile::encodeName(other).constData()),
            0);
        const CliRun given = run({QStringLiteral("doctor"), QStringLiteral("--userconfig"), other});
        QFile::remove(other);
        QDir(other).removeRecursively();
        QVERIFY2(given.out.contains(QByteArray("warning: " + messageFor(Bad(kind), other) + '\n')),
                 QByteArray(given.out + given.err).constData());
    }

    void doctorOnAMissingProjectFolder()
    {
        const QString missing = m_files.filePath(QStringLiteral("no-such-project"));
        const CliRun r = run({QStringLiteral("doctor"), QStringLiteral("--project"), missing});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err,
                 "tokendesk-cli: doctor: the project folder " + missing.toUtf8()
                     + " does not exist\n");
        QVERIFY(r.out.isEmpty());
    }

    // trust check on a package.json that is broken or cannot be read: exit 1 with the reason.
    void trustCheckOnABrokenPackageJson_data()
    {
        QTest::addColumn<QByteArray>("manifest"); // empty: made unreadable below
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("parse error") << QByteArray("{\"name\": \"@acme/li-empty\",") << -1
                                     << QByteArray("package.json is not valid JSON (");
        QTest::newRow("fifo") << QByteArray() << int(Bad::Fifo) << QByteArray();
        QTest::newRow("over 1 MiB") << QByteArray() << int(Bad::Oversized) << QByteArray();
    }
    void trustCheckOnABrokenPackageJson()
    {
        QFETCH(QByteArray, manifest);
        QFETCH(int, kind);
        QFETCH(QByteArray, expected);
        QTemporaryDir repo;
        const QString manifestPath = repo.filePath(QStringLiteral("package.json"));
        writeFile(repo.filePath(QStringLiteral(".git/config")),
                  "[remote \"origin\"]\n\turl = git@github.com:acme/li.git\n");
        writeFile(repo.filePath(QStringLiteral(".github/workflows/release.yml")),
                  "on: push\npermissions:\n  id-token: write\njobs:\n  publish:\n    runs-on: "
                  "ubuntu-latest\n    steps:\n      - run: npm publish\n");
        if (kind < 0) {
            writeFile(manifestPath, manifest);
        } else {
            make(Bad(kind), manifestPath);
            expected = messageFor(Bad(kind), manifestPath);
        }
        const CliRun r = run({QStringLiteral("trust"), QStringLiteral("check"), repo.path()});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(cliLines(r.err).count('\n'), 1);
        QVERIFY2(r.err.startsWith("tokendesk-cli: ") && r.err.contains(expected),
                 r.err.constData());
    }

    // trust github without a package name takes it from ./package.json: a broken one is named
    // with its parse error, not "Package name must be specified".
    void trustCreateInAFolderWithABrokenPackageJson()
    {
        QTemporaryDir repo;
        writeFile(repo.filePath(QStringLiteral("package.json")), "{\"name\": ");
        QProcess p;
        p.setWorkingDirectory(repo.path());
        m_env->start(p,
                     {QStringLiteral("trust"), QStringLiteral("github"), QStringLiteral("--file"),
                      QStringLiteral("publish.yml"), QStringLiteral("--repo"),
                      QStringLiteral("acme/li"), QStringLiteral("--otp"), otp()});
        const bool ended = p.waitForFinished(deadlineMs());
        if (!ended)
            p.kill();
        QVERIFY(ended);
        QCOMPARE(p.exitCode(), 1);
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(cliLines(err).count('\n'), 1);
        QVERIFY2(err.contains(
                     QByteArray(QDir(repo.path()).filePath(QStringLiteral("package.json")).toUtf8()
                                + " is not valid JSON (")),
                 err.constData());
    }

    // The registry answers the create with 200 and no configuration: one clear line, exit 1,
    // not "already has a different trusted publisher".
    void trustCreateWithoutAnAnswer_data()
    {
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("body");
        QTest::newRow("empty") << QStringLiteral("@acme/li-empty") << QString();
        QTest::newRow("null") << QStringLiteral("@acme/li-null") << QStringLiteral("null");
        QTest::newRow("[]") << QStringLiteral("@acme/li-list") << QStringLiteral("[]");
    }
    void trustCreateWithoutAnAnswer()
    {
        QFETCH(QString, package);
        QFETCH(QString, body);
        const QJsonArray faults{
            QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                        {QStringLiteral("path"), QStringLiteral("/-/package/*/trust")},
                        {QStringLiteral("status"), 200},
                        {QStringLiteral("body"), body},
                        {QStringLiteral("times"), 1}}};
        QCOMPARE(
            httpCall("POST", control("/-/sandbox/faults"), QJsonDocument(faults).toJson()).status,
            200);
        const CliRun r = run({QStringLiteral("trust"), QStringLiteral("github"), package,
                              QStringLiteral("--file"), QStringLiteral("publish.yml"),
                              QStringLiteral("--repo"), QStringLiteral("acme/li"),
                              QStringLiteral("--otp"), otp()});
        httpCall("DELETE", control("/-/sandbox/faults"));
        QCOMPARE(r.exitCode, 1);
        const QByteArray lines = cliLines(r.err);
        QCOMPARE(lines.count('\n'), 1);
        QVERIFY2(lines.contains(QByteArray(
                     "The registry answered the trusted-publisher request for " + package.toUtf8()
                     + " without the configuration it should send back")),
                 QByteArray(r.out + r.err).constData());
        QVERIFY2(!QByteArray(r.out + r.err).contains("different trusted publisher"),
                 QByteArray(r.out + r.err).constData());
    }
};

QTEST_GUILESS_MAIN(TstCliLocalInput)
#include "tst_cli_localinput.moc"
