// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stage/TarballReader.h"

#include <QCryptographicHash>
#include <QHash>
#include <QStringDecoder>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <memory>

namespace td {

namespace {

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
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
    if (tgz.size() > limits.maxPackedBytes)
        return refused(tr("The tarball is %1 MB, more than the %2 MB TokenDesk reads.")
                           .arg(megabytes(tgz.size()), megabytes(limits.maxPackedBytes)));
    std::unique_ptr<archive, ArchiveDeleter> reader(archive_read_new());
    // Only what npm packs: gzip around tar (ustar, pax, GNU). Nothing else is even tried.
    archive_read_support_filter_gzip(reader.get());
    archive_read_support_format_tar(reader.get());
    if (archive_read_open_memory(reader.get(), tgz.constData(), size_t(tgz.size())) != ARCHIVE_OK)
        return refused(tr("This is not a gzip-compressed tar archive (%1).")
                           .arg(QString::fromUtf8(archive_error_string(reader.get()))));

    TarballContents contents;
    contents.packedSize = tgz.size();
    qint64 keptBytes = 0;
    int entries = 0;
    QHash<QString, qsizetype> indexByPath;
    QByteArray block(64 * 1024, Qt::Uninitialized);
    archive_entry *entry = nullptr;
    for (;;) {
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN)
            return refused(tr("The tarball is damaged or not a tar archive (%1).")
                               .arg(QString::fromUtf8(archive_error_string(reader.get()))));
        if (++entries > limits.maxEntries)
            return refused(tr("The tarball holds more than %1 entries.").arg(limits.maxEntries));
        const char *utf8Name = archive_entry_pathname_utf8(entry);
        const QString rawName
            = QString::fromUtf8(utf8Name ? utf8Name : archive_entry_pathname(entry));
        const std::optional<QString> path = packagePath(rawName);
        if (!path)
            return refused(tr("The tarball holds an entry named “%1” that points outside the "
                              "package folder.")
                               .arg(rawName.left(200)));
        const mode_t type = archive_entry_filetype(entry);
        if (type == AE_IFDIR || path->isEmpty())
            continue;
        if (type != AE_IFREG || archive_entry_hardlink(entry)) {
            contents.skipped.append(*path); // npm installs regular files only
            continue;
        }
        const qint64 declared = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : 0;
        if (declared < 0 || declared > limits.maxEntryBytes)
            return refused(tr("The tarball's entry “%1” is %2 MB, more than the %3 MB TokenDesk "
                              "reads for one file.")
                               .arg(*path, megabytes(declared), megabytes(limits.maxEntryBytes)));
        TarballFile file;
        file.path = *path;
        file.mode = int(archive_entry_perm(entry));
        const bool keep
            = declared <= limits.keepFileBytes && keptBytes + declared <= limits.maxKeptBytes;
        QCryptographicHash sha1(QCryptographicHash::Sha1);
        for (;;) {
            const la_ssize_t got
                = archive_read_data(reader.get(), block.data(), size_t(block.size()));
            if (got < 0)
                return refused(
                    tr("The tarball's entry “%1” cannot be read (%2).")
                        .arg(*path, QString::fromUtf8(archive_error_string(reader.get()))));
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
