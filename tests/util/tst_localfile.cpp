// SPDX-License-Identifier: GPL-3.0-or-later
// The one bounded, typed reader for local files (issue 12, item 10): regular files only (a real
// FIFO, /dev/zero, a folder are refused at once), a size cap with a message naming the file and
// the cap, a read that fails, and the line reader for logs (UTF-8, UTF-16 with and without BOM,
// CRLF, overlong lines). Every read runs against the test's own deadline.
#include "core/util/AtomicFile.h"
#include "core/util/LocalFile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <future>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace td;

namespace {

constexpr auto kDeadline = std::chrono::seconds(10);

// Runs `read` on a thread of its own; nullopt when it did not return within the deadline (the
// thread is left behind, blocked: the test fails instead of hanging with it).
template<class Read>
auto withDeadline(Read read) -> std::optional<decltype(read())>
{
    auto task = std::make_shared<std::packaged_task<decltype(read())()>>(read);
    auto result = task->get_future();
    std::thread([task] { (*task)(); }).detach();
    if (result.wait_for(kDeadline) != std::future_status::ready)
        return std::nullopt;
    return result.get();
}

QString cap1MiB(const QString &path)
{
    return path
        + QStringLiteral(" is larger than 1 MiB, the most TokenDesk reads from a file "
                         "like this. Check that it is the right file.");
}

QStringList linesOf(const QByteArray &bytes, qsizetype maxLineChars = 64 * 1024)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QStringList lines;
    const auto read = LogLineReader::read(
        buffer,
        [&lines](const QString &line) {
            lines << line;
            return true;
        },
        maxLineChars);
    if (!read)
        lines << QStringLiteral("ERROR: ") + read.error().oneLine();
    return lines;
}

} // namespace

class TstLocalFile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void regularFileIsRead()
    {
        QFile f(path("ok"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("registry=https://example.test/\n");
        f.close();
        const auto bytes = readLocalFile(path("ok"));
        QVERIFY(bytes);
        QCOMPARE(bytes.value(), QByteArray("registry=https://example.test/\n"));
    }

    void missingFileIsNotFound()
    {
        const auto bytes = readLocalFile(path("missing"));
        QVERIFY(!bytes);
        QCOMPARE(bytes.error().code, ErrorCode::NotFound);
    }

    // A real FIFO with no writer: opening it for reading blocks forever unless it is refused.
    void fifoIsRefusedWithoutBlocking()
    {
        const QString fifo = path("fifo");
        QVERIFY2(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0, std::strerror(errno));
        for (const bool stateFile : {false, true}) {
            const auto read = withDeadline([fifo, stateFile] {
                return stateFile ? readWholeFile(fifo) : readLocalFile(fifo);
            });
            if (!read) {
                // Unblock the stuck reader so the process can end.
                ::close(::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK));
                QFAIL("reading a FIFO blocked");
            }
            QVERIFY(!read->ok());
            QCOMPARE(read->error().oneLine(),
                     fifo
                         + QStringLiteral(" is a named pipe (FIFO), not a regular file; TokenDesk "
                                          "does not read from pipes. Point TokenDesk at a regular "
                                          "file."));
        }
    }

    // /dev/zero never ends: read whole, it grew a process to 21 GB.
    void deviceIsRefused()
    {
        const auto read = withDeadline([] { return readWholeFile(QStringLiteral("/dev/zero")); });
        QVERIFY2(read, "reading /dev/zero did not end");
        QVERIFY(!read->ok());
        QCOMPARE(read->error().oneLine(),
                 QStringLiteral("/dev/zero is a device, not a regular file; TokenDesk does not "
                                "read from devices. Point TokenDesk at a regular file."));
    }

    void folderIsRefused()
    {
        const QString folder = path("folder");
        QVERIFY(QDir().mkpath(folder));
        const auto read = readLocalFile(folder);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::Io);
        QCOMPARE(read.error().oneLine(),
                 folder
                     + QStringLiteral(" is a folder, not a file. Point TokenDesk at a regular "
                                      "file."));
    }

    void oversizedConfigIsRefused()
    {
        QFile f(path("big"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(kConfigFileCap + 1, 'x'));
        f.close();
        const auto read = readLocalFile(path("big"));
        QVERIFY(!read);
        QCOMPARE(read.error().oneLine(), cap1MiB(path("big")));
        // Exactly at the cap is fine.
        QVERIFY(f.resize(kConfigFileCap));
        QCOMPARE(readLocalFile(path("big")).value().size(), kConfigFileCap);
    }

    // Tests run as root in CI, where chmod 000 does not stop a read. /proc/self/mem opens as a
    // regular file and fails every read at offset 0 (nothing is mapped there), for any user.
    void failingReadIsReported()
    {
        const auto read = readLocalFile(QStringLiteral("/proc/self/mem"));
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::Io);
        QCOMPARE(read.error().oneLine(),
                 QStringLiteral("Cannot read /proc/self/mem: ")
                     + QString::fromLocal8Bit(std::strerror(EIO)));
    }

    void logLines_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("lines");
        const QStringList abc{QStringLiteral("npm error code E404"), QStringLiteral("é ok"),
                              QStringLiteral("last")};
        const QString text = abc.join(QLatin1Char('\n'));
        const auto encoded = [&](QStringConverter::Encoding e, bool bom) {
            QStringEncoder encode(
                e, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
            return QByteArray(encode(text));
        };
        QTest::newRow("UTF-8") << text.toUtf8() << abc;
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << abc;
        QTest::newRow("CRLF") << QByteArray("a\r\nb\r\n")
                              << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("UTF-16LE BOM") << encoded(QStringConverter::Utf16LE, true) << abc;
        QTest::newRow("UTF-16BE BOM") << encoded(QStringConverter::Utf16BE, true) << abc;
        QTest::newRow("UTF-16LE no BOM") << encoded(QStringConverter::Utf16LE, false) << abc;
        QTest::newRow("UTF-16BE no BOM") << encoded(QStringConverter::Utf16BE, false) << abc;
        QTest::newRow("empty") << QByteArray() << QStringList();
    }
    void logLines()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, lines);
        QCOMPARE(linesOf(bytes), lines);
    }

    // A line longer than the limit keeps its start; memory stays bounded.
    void overlongLineIsCut()
    {
        const QByteArray bytes = QByteArray(100, 'x') + "\nnext\n";
        QCOMPARE(linesOf(bytes, 10),
                 (QStringList{QString(10, QLatin1Char('x')), QStringLiteral("next")}));
    }

    void logFileFromAFifoIsRefused()
    {
        const QString fifo = path("log-fifo");
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const auto read = withDeadline(
            [fifo] { return LogLineReader::readFile(fifo, [](const QString &) { return true; }); });
        if (!read) {
            ::close(::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK));
            QFAIL("reading a FIFO log blocked");
        }
        QVERIFY(!read->ok());
        QVERIFY(read->error().message.contains(QStringLiteral("named pipe")));
    }
};

QTEST_GUILESS_MAIN(TstLocalFile)
#include "tst_localfile.moc"
