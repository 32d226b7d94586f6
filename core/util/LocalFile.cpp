// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/LocalFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td {

namespace {

constexpr qint64 kChunkBytes = 64 * 1024;
constexpr qsizetype kEncodingSample = 4096;

QString translated(const char *text)
{
    return QCoreApplication::translate("td::LocalFile", text);
}

Error notRegular(const QString &path, mode_t mode)
{
    const char *text = S_ISDIR(mode)
        ? QT_TRANSLATE_NOOP("td::LocalFile", "%1 is a folder, not a file.")
        : S_ISFIFO(mode)
        ? QT_TRANSLATE_NOOP("td::LocalFile",
                            "%1 is a named pipe (FIFO), not a regular file; TokenDesk does not "
                            "read from pipes.")
        : S_ISCHR(mode) || S_ISBLK(mode)
        ? QT_TRANSLATE_NOOP("td::LocalFile",
                            "%1 is a device, not a regular file; TokenDesk does not read from "
                            "devices.")
        : QT_TRANSLATE_NOOP("td::LocalFile", "%1 is not a regular file.");
    return makeError(ErrorCode::Io, translated(text).arg(path),
                     translated("Point TokenDesk at a regular file."));
}

QString sizeText(qint64 bytes)
{
    constexpr qint64 kMiB = 1024 * 1024;
    if (bytes >= kMiB && bytes % kMiB == 0)
        return translated("%1 MiB").arg(bytes / kMiB);
    if (bytes >= 1024 && bytes % 1024 == 0)
        return translated("%1 KiB").arg(bytes / 1024);
    return translated("%1 bytes").arg(bytes);
}

Error tooLarge(const QString &path, qint64 cap)
{
    return makeError(ErrorCode::Io,
                     translated("%1 is larger than %2, the most TokenDesk reads from a file like "
                                "this.")
                         .arg(path, sizeText(cap)),
                     translated("Check that it is the right file."));
}

Error cannotRead(const QString &path, const QString &why)
{
    return makeError(ErrorCode::Io, translated("Cannot read %1: %2").arg(path, why));
}

// BOM-less UTF-16 shows itself by NUL bytes in every other position (ASCII text, which CI logs
// mostly are); UTF-8 text holds no NUL at all.
QStringConverter::Encoding detectEncoding(const QByteArray &head)
{
    if (head.startsWith("\xFF\xFE"))
        return QStringConverter::Utf16LE;
    if (head.startsWith("\xFE\xFF"))
        return QStringConverter::Utf16BE;
    if (head.startsWith("\xEF\xBB\xBF"))
        return QStringConverter::Utf8;
    const qsizetype pairs = std::min(head.size(), kEncodingSample) / 2;
    qsizetype evenNul = 0, oddNul = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenNul += head.at(2 * i) == '\0' ? 1 : 0;
        oddNul += head.at(2 * i + 1) == '\0' ? 1 : 0;
    }
    if (pairs > 0 && oddNul * 10 >= pairs * 3 && evenNul * 20 < pairs)
        return QStringConverter::Utf16LE;
    if (pairs > 0 && evenNul * 10 >= pairs * 3 && oddNul * 20 < pairs)
        return QStringConverter::Utf16BE;
    return QStringConverter::Utf8;
}

// Splits decoded text into lines, keeping at most maxLineChars of each.
class LineSplitter
{
public:
    LineSplitter(const LogLineReader::LineSink &sink, qsizetype maxLineChars)
        : m_sink(sink), m_max(maxLineChars)
    { }

    // False once the sink asked to stop.
    bool feed(const QString &text)
    {
        qsizetype start = 0;
        while (true) {
            const qsizetype end = text.indexOf(QLatin1Char('\n'), start);
            const QStringView part = QStringView(text).mid(start, end < 0 ? -1 : end - start);
            const qsizetype room = m_max - m_line.size();
            m_line += part.left(room);
            if (end < 0)
                return true;
            if (!emitLine())
                return false;
            start = end + 1;
        }
    }

    bool finish() { return m_line.isEmpty() || emitLine(); }

private:
    bool emitLine()
    {
        if (m_line.endsWith(QLatin1Char('\r')))
            m_line.chop(1);
        const bool more = m_sink(m_line);
        m_line.clear();
        return more;
    }

    const LogLineReader::LineSink &m_sink;
    qsizetype m_max;
    QString m_line;
};

} // namespace

Result<std::unique_ptr<QFile>> openRegularFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR)
            return makeError(ErrorCode::NotFound, translated("%1 does not exist.").arg(path));
        return cannotRead(path, QString::fromLocal8Bit(std::strerror(error)));
    }
    struct stat info = {};
    if (::fstat(fd, &info) != 0) {
        const int error = errno;
        ::close(fd);
        return cannotRead(path, QString::fromLocal8Bit(std::strerror(error)));
    }
    if (!S_ISREG(info.st_mode)) {
        const mode_t mode = info.st_mode;
        ::close(fd);
        return notRegular(path, mode);
    }
    // A regular file never blocks, but reads should not see EAGAIN semantics either.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    auto file = std::make_unique<QFile>(path);
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return cannotRead(path, file->errorString());
    }
    return file;
}

Result<QByteArray> readLocalFile(const QString &path, qint64 maxBytes)
{
    auto file = openRegularFile(path);
    if (!file)
        return file.error();
    if (file.value()->size() > maxBytes)
        return tooLarge(path, maxBytes);
    // Read in chunks up to one byte past the cap: the file may grow after the size check, and
    // some regular files (in /proc) report size 0.
    QByteArray bytes;
    while (bytes.size() <= maxBytes) {
        const QByteArray chunk
            = file.value()->read(std::min<qint64>(kChunkBytes, maxBytes + 1 - bytes.size()));
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (file.value()->error() != QFileDevice::NoError)
        return cannotRead(path, file.value()->errorString());
    if (bytes.size() > maxBytes)
        return tooLarge(path, maxBytes);
    return bytes;
}

namespace {

Result<void> readLines(QIODevice &device, const QString &name, const LogLineReader::LineSink &line,
                       qsizetype maxLineChars)
{
    // QIODevice::read() returns nothing both at the end and on failure; only files tell apart.
    const auto failed = [&device] {
        const auto *file = qobject_cast<const QFileDevice *>(&device);
        return file && file->error() != QFileDevice::NoError;
    };
    const auto failure = [&device, &name] {
        return cannotRead(name.isEmpty() ? translated("the input") : name, device.errorString());
    };
    QByteArray head;
    while (head.size() < kEncodingSample) {
        const QByteArray more = device.read(kEncodingSample - head.size());
        if (more.isEmpty())
            break;
        head += more;
    }
    if (failed())
        return failure();
    QStringDecoder decoder(detectEncoding(head));
    LineSplitter splitter(line, maxLineChars);
    if (!splitter.feed(decoder(head)))
        return {};
    while (true) {
        const QByteArray chunk = device.read(kChunkBytes);
        if (chunk.isEmpty())
            break;
        if (!splitter.feed(decoder(chunk)))
            return {};
    }
    if (failed())
        return failure();
    splitter.finish();
    return {};
}

} // namespace

Result<void> LogLineReader::read(QIODevice &device, const LineSink &line, qsizetype maxLineChars)
{
    const auto *file = qobject_cast<const QFileDevice *>(&device);
    return readLines(device, file ? file->fileName() : QString(), line, maxLineChars);
}

Result<void> LogLineReader::readFile(const QString &path, const LineSink &line,
                                     qsizetype maxLineChars)
{
    auto file = openRegularFile(path);
    if (!file)
        return file.error();
    return readLines(*file.value(), path, line, maxLineChars);
}

} // namespace td
