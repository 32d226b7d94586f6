// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Real package tarballs for the stage tests, written with libarchive (gzip + pax by default, or
// GNU tar), including the hostile ones a real packer would never write.
#include <QByteArray>
#include <QList>
#include <QString>

#include <archive.h>
#include <archive_entry.h>

namespace td::test {

struct TarEntry
{
    QString name;       // as written to the header, e.g. "package/index.js" or "../evil"
    QByteArray content; // for regular files
    int mode = 0644;
    enum class Type { File, Dir, Symlink } type = Type::File;
    QString linkTarget;
    qint64 declaredSize = -1; // header size when it should lie (data is padded/zeros)
};

enum class TarFormat { Pax, Gnu };

inline QByteArray buildTarball(const QList<TarEntry> &entries, TarFormat format = TarFormat::Pax)
{
    archive *a = archive_write_new();
    archive_write_add_filter_gzip(a);
    if (format == TarFormat::Pax)
        archive_write_set_format_pax_restricted(a);
    else
        archive_write_set_format_gnutar(a);
    QByteArray out;
    archive_write_open(
        a, &out, nullptr,
        [](archive *, void *client, const void *buffer, size_t length) -> la_ssize_t {
            static_cast<QByteArray *>(client)->append(static_cast<const char *>(buffer),
                                                      qsizetype(length));
            return la_ssize_t(length);
        },
        nullptr);
    for (const TarEntry &e : entries) {
        archive_entry *entry = archive_entry_new();
        const QByteArray name = e.name.toUtf8();
        archive_entry_set_pathname(entry, name.constData());
        archive_entry_set_perm(entry, e.mode);
        archive_entry_set_mtime(entry, 499162500, 0); // npm's fixed 1985-10-26 date
        if (e.type == TarEntry::Type::Dir) {
            archive_entry_set_filetype(entry, AE_IFDIR);
        } else if (e.type == TarEntry::Type::Symlink) {
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_symlink(entry, e.linkTarget.toUtf8().constData());
        } else {
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_size(entry, e.declaredSize >= 0 ? e.declaredSize : e.content.size());
        }
        archive_write_header(a, entry);
        if (e.type == TarEntry::Type::File) {
            if (e.declaredSize > e.content.size()) {
                // A big entry: stream zeros so the test never holds the whole thing.
                const QByteArray zeros(1 << 20, '\0');
                for (qint64 left = e.declaredSize; left > 0; left -= zeros.size())
                    archive_write_data(a, zeros.constData(),
                                       size_t(std::min<qint64>(left, zeros.size())));
            } else if (!e.content.isEmpty()) {
                archive_write_data(a, e.content.constData(), size_t(e.content.size()));
            }
        }
        archive_entry_free(entry);
    }
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

inline TarEntry raw(const QString &name, const QByteArray &content, int mode = 0644)
{
    TarEntry e;
    e.name = name;
    e.content = content;
    e.mode = mode;
    return e;
}
inline TarEntry file(const QString &path, const QByteArray &content, int mode = 0644)
{
    return raw(QStringLiteral("package/") + path, content, mode);
}
inline TarEntry dir(const QString &name)
{
    TarEntry e = raw(name, {}, 0755);
    e.type = TarEntry::Type::Dir;
    return e;
}
inline TarEntry symlink(const QString &name, const QString &target)
{
    TarEntry e = raw(name, {}, 0777);
    e.type = TarEntry::Type::Symlink;
    e.linkTarget = target;
    return e;
}
// A file of `size` zero bytes, streamed when written.
inline TarEntry zeros(const QString &name, qint64 size)
{
    TarEntry e = raw(name, {});
    e.declaredSize = size;
    return e;
}

inline QByteArray manifest(const QByteArray &name, const QByteArray &version,
                           const QByteArray &extraFields = {})
{
    return "{\"name\":\"" + name + "\",\"version\":\"" + version + "\""
        + (extraFields.isEmpty() ? QByteArray() : "," + extraFields) + "}";
}

} // namespace td::test
