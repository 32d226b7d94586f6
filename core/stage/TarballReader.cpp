// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stage/TarballReader.h"

#include "core/stage/LibArchive.h"

#include <QCryptographicHash>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>
#include <memory>

namespace td {

namespace {

struct ArchiveDeleter
{
    const LibArchive *functions;
    void operator()(archive *a) const { functions->readFree(a); }
};

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

Error refused(const QString &message)
{
    return makeError(ErrorCode::MalformedResponse, message,
                     TarballReader::tr("TokenDesk does not open this tarball. Reject the staged "
                                       "version unless you know why it looks like this."));
}

// npm drops the tarball's first folder ("package/"); what is left must stay inside it.
std::optional<QString> packagePath(const QString &rawName)
{
    QString name = rawName;
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (name.startsWith(QLatin1Char('/')) || (name.size() > 1 && name.at(1) == QLatin1Char(':')))
        return std::nullopt;
    QStringList parts = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        if (part == QLatin1String(".."))
            return std::nullopt;
    parts.removeAll(QStringLiteral("."));
    if (!parts.isEmpty())
        parts.removeFirst();
    return parts.join(QLatin1Char('/'));
}

bool looksLikeText(const QByteArray &content)
{
    if (content.contains('\0'))
        return false;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)utf8.decode(content);
    return !utf8.hasError();
}

} // namespace

const TarballFile *TarballContents::find(const QString &path) const
{
    const auto it
        = std::lower_bound(files.cbegin(), files.cend(), path,
                           [](const TarballFile &f, const QString &p) { return f.path < p; });
    return it != files.cend() && it->path == path ? &*it : nullptr;
}

Result<TarballContents> TarballReader::read(const QByteArray &tgz, const TarballLimits &limits)
{
    QString whyNot;
    const LibArchive *libarchive = LibArchive::shared(&whyNot);
    return read(tgz, limits, libarchive, whyNot);
}

Result<TarballContents> TarballReader::read(const QByteArray &tgz, const TarballLimits &limits,
                                            const LibArchive *libarchive, const QString &whyNot)
{
    if (!libarchive)
        return makeError(ErrorCode::Unsupported,
                         tr("TokenDesk cannot open tarballs: %1").arg(whyNot),
                         tr("Install libarchive13 (sudo apt install libarchive13), or reinstall "
                            "TokenDesk's package, which depends on it."));
    const LibArchive &la = *libarchive;
    if (tgz.size() > limits.maxPackedBytes)
        return refused(tr("The tarball is %1 MB, more than the %2 MB TokenDesk reads.")
                           .arg(megabytes(tgz.size()), megabytes(limits.maxPackedBytes)));
    std::unique_ptr<archive, ArchiveDeleter> reader(la.readNew(), ArchiveDeleter{&la});
    // Only what npm packs: gzip around tar (ustar, pax, GNU). Nothing else is even tried.
    la.supportFilterGzip(reader.get());
    la.supportFormatTar(reader.get());
    if (la.openMemory(reader.get(), tgz.constData(), size_t(tgz.size())) != ARCHIVE_OK)
        return refused(tr("This is not a gzip-compressed tar archive (%1).")
                           .arg(QString::fromUtf8(la.errorString(reader.get()))));

    TarballContents contents;
    contents.packedSize = tgz.size();
    qint64 keptBytes = 0;
    int entries = 0;
    QHash<QString, qsizetype> indexByPath;
    QByteArray block(64 * 1024, Qt::Uninitialized);
    archive_entry *entry = nullptr;
    for (;;) {
        const int status = la.nextHeader(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN)
            return refused(tr("The tarball is damaged or not a tar archive (%1).")
                               .arg(QString::fromUtf8(la.errorString(reader.get()))));
        if (++entries > limits.maxEntries)
            return refused(tr("The tarball holds more than %1 entries.").arg(limits.maxEntries));
        const char *utf8Name = la.entryPathnameUtf8(entry);
        const QString rawName = QString::fromUtf8(utf8Name ? utf8Name : la.entryPathname(entry));
        const std::optional<QString> path = packagePath(rawName);
        if (!path)
            return refused(tr("The tarball holds an entry named “%1” that points outside the "
                              "package folder.")
                               .arg(rawName.left(200)));
        const mode_t type = la.entryFiletype(entry);
        if (type == AE_IFDIR || path->isEmpty())
            continue;
        if (type != AE_IFREG || la.entryHardlink(entry)) {
            contents.skipped.append(*path); // npm installs regular files only
            continue;
        }
        const qint64 declared = la.entrySizeIsSet(entry) ? la.entrySize(entry) : 0;
        if (declared < 0 || declared > limits.maxEntryBytes)
            return refused(tr("The tarball's entry “%1” is %2 MB, more than the %3 MB TokenDesk "
                              "reads for one file.")
                               .arg(*path, megabytes(declared), megabytes(limits.maxEntryBytes)));
        TarballFile file;
        file.path = *path;
        file.mode = int(la.entryPerm(entry));
        const bool keep
            = declared <= limits.keepFileBytes && keptBytes + declared <= limits.maxKeptBytes;
        QCryptographicHash sha1(QCryptographicHash::Sha1);
        for (;;) {
            const la_ssize_t got = la.readData(reader.get(), block.data(), size_t(block.size()));
            if (got < 0)
                return refused(tr("The tarball's entry “%1” cannot be read (%2).")
                                   .arg(*path, QString::fromUtf8(la.errorString(reader.get()))));
            if (got == 0)
                break;
            file.size += got;
            contents.unpackedSize += got;
            if (file.size > limits.maxEntryBytes || contents.unpackedSize > limits.maxUnpackedBytes)
                return refused(tr("The tarball unpacks to more than %1 MB.")
                                   .arg(megabytes(limits.maxUnpackedBytes)));
            const QByteArrayView chunk(block.constData(), got);
            sha1.addData(chunk);
            if (keep)
                file.content.append(chunk);
        }
        file.sha1 = sha1.result().toHex();
        file.kept = keep;
        keptBytes += keep ? file.size : 0;
        file.text = keep && looksLikeText(file.content);
        if (!keep)
            file.content.clear();
        // A repeated name replaces the earlier entry, as extracting would.
        if (const auto seen = indexByPath.constFind(file.path); seen != indexByPath.cend()) {
            TarballFile &earlier = contents.files[*seen];
            keptBytes -= earlier.kept ? earlier.size : 0;
            contents.unpackedSize -= earlier.size;
            earlier = std::move(file);
        } else {
            indexByPath.insert(file.path, contents.files.size());
            contents.files.append(std::move(file));
        }
    }
    std::sort(contents.files.begin(), contents.files.end(),
              [](const TarballFile &a, const TarballFile &b) { return a.path < b.path; });
    return contents;
}

} // namespace td
