// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace td {

struct LibArchive;

// One regular file of a package tarball, its path without npm's first folder ("package/").
struct TarballFile
{
    QString path;
    qint64 size = 0;
    int mode = 0;
    QByteArray sha1;   // hex digest of the whole content
    bool text = false; // UTF-8 without NUL bytes (decided on the kept content)
    bool kept = false; // `content` holds the whole file (small enough, see TarballLimits)
    QByteArray content;
};

struct TarballContents
{
    qint64 packedSize = 0;    // the .tgz as downloaded
    qint64 unpackedSize = 0;  // sum of the file sizes
    QList<TarballFile> files; // sorted by path
    QStringList skipped;      // links and other entries npm does not install, by path

    const TarballFile *find(const QString &path) const;
};

// What a tarball may cost to read. A staged tarball comes from whoever could stage (a CI job, a
// stolen stage-only token), so every size is capped and memory stays bounded whatever it holds.
struct TarballLimits
{
    qint64 maxPackedBytes = 64ll * 1024 * 1024;
    qint64 maxUnpackedBytes = 512ll * 1024 * 1024; // gzip bombs end here
    qint64 maxEntryBytes = 256ll * 1024 * 1024;    // a single entry's declared size
    int maxEntries = 20000;
    qint64 keepFileBytes = 1024 * 1024;       // larger files are hashed, not kept
    qint64 maxKeptBytes = 32ll * 1024 * 1024; // all kept contents together
};

// Reads an npm package tarball (gzip + tar: ustar, pax and GNU headers) with libarchive, loaded on
// first use (LibArchive). Refuses, with one clear message, what is not a gzip'd tar, names that
// leave the package folder ("../", absolute paths), entries or totals over the limits.
class TarballReader
{
    Q_DECLARE_TR_FUNCTIONS(td::TarballReader)
public:
    static Result<TarballContents> read(const QByteArray &tgz, const TarballLimits &limits = {});
    // The same with the given libarchive (the one above uses LibArchive::shared()), or none and
    // why not: for tests.
    static Result<TarballContents> read(const QByteArray &tgz, const TarballLimits &limits,
                                        const LibArchive *libarchive, const QString &whyNot);
};

} // namespace td
