// SPDX-License-Identifier: GPL-3.0-or-later
// A staged tarball is whatever its stager uploaded (a CI job, or a stolen stage-only token), and
// TokenDesk opens it to show the maintainer what approving would publish: TarballReader (through
// libarchive) and ReleaseDiff against the last release. The first byte: bit 0 compares with a
// previous release (else it is the first one), bit 1 reads with small limits, so that bombs and
// crowds reach them within a short run. The rest is the tarball (gzip'd or plain tar: libarchive
// reads both, and plain tar lets mutations reach the headers past the gzip checksum).
// Beyond "no crash": a refusal has a message and a hint; an accepted tarball keeps every limit,
// its files sorted, unique and inside the package folder, kept exactly when their bytes are there;
// the diff accounts for every file once, on the right side.
#include "FuzzCheck.h"

#include "core/stage/ReleaseDiff.h"
#include "core/stage/TarballReader.h"

#include <QCryptographicHash>
#include <QSet>

using namespace td;

namespace {

TarballFile keptFile(const QString &path, const QByteArray &content, bool text)
{
    TarballFile file;
    file.path = path;
    file.size = content.size();
    file.mode = 0644;
    file.sha1 = QCryptographicHash::hash(content, QCryptographicHash::Sha1).toHex();
    file.text = text;
    file.kept = true;
    file.content = content;
    return file;
}

const TarballContents &previousRelease()
{
    static const TarballContents previous = [] {
        TarballContents c;
        c.files = {
            keptFile(QStringLiteral("index.js"), "module.exports = 1;\n", true),
            keptFile(QStringLiteral("logo.png"), QByteArray("\x89PNG\r\n\0\0", 8), false),
            keptFile(QStringLiteral("package.json"),
                     R"({"name":"demo","version":"1.0.0","scripts":{"test":"node t"},)"
                     R"("dependencies":{"left-pad":"^1.3.0"},"bin":{"demo":"bin/run"}})",
                     true),
        };
        for (const TarballFile &f : c.files)
            c.unpackedSize += f.size;
        c.packedSize = 300;
        return c;
    }();
    return previous;
}

bool insideThePackage(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts)
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    return true;
}

void checkContents(const TarballContents &c, const TarballLimits &limits, qsizetype packed)
{
    TD_FUZZ_CHECK(c.packedSize == packed, QStringLiteral("packed size"));
    qint64 unpacked = 0, kept = 0;
    for (qsizetype i = 0; i < c.files.size(); ++i) {
        const TarballFile &f = c.files.at(i);
        TD_FUZZ_CHECK(insideThePackage(f.path), f.path);
        TD_FUZZ_CHECK(i == 0 || c.files.at(i - 1).path < f.path, f.path); // sorted and unique
        TD_FUZZ_CHECK(c.find(f.path) == &f, f.path);
        TD_FUZZ_CHECK(f.size >= 0 && f.size <= limits.maxEntryBytes, f.path);
        TD_FUZZ_CHECK(f.kept ? f.content.size() == f.size : f.content.isEmpty(), f.path);
        TD_FUZZ_CHECK(!f.text || f.kept, f.path);
        TD_FUZZ_CHECK(f.sha1.size() == 40, f.path);
        if (f.kept)
            TD_FUZZ_CHECK(
                f.sha1 == QCryptographicHash::hash(f.content, QCryptographicHash::Sha1).toHex(),
                f.path);
        unpacked += f.size;
        kept += f.kept ? f.size : 0;
    }
    TD_FUZZ_CHECK(c.unpackedSize == unpacked, QStringLiteral("unpacked size is the files' sum"));
    TD_FUZZ_CHECK(unpacked <= limits.maxUnpackedBytes, QStringLiteral("unpacked limit"));
    TD_FUZZ_CHECK(kept <= limits.maxKeptBytes, QStringLiteral("kept limit"));
    TD_FUZZ_CHECK(c.files.size() + c.skipped.size() <= limits.maxEntries,
                  QStringLiteral("entry limit"));
    for (const QString &skipped : c.skipped)
        TD_FUZZ_CHECK(insideThePackage(skipped), skipped);
}

void checkDiff(const ReleaseDiff &diff, const TarballContents *previous,
               const TarballContents &staged)
{
    TD_FUZZ_CHECK(diff.newFileCount == staged.files.size(), QStringLiteral("new file count"));
    TD_FUZZ_CHECK(diff.newUnpackedSize == staged.unpackedSize, QStringLiteral("new size"));
    TD_FUZZ_CHECK(diff.oldFileCount == (previous ? previous->files.size() : 0),
                  QStringLiteral("old file count"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < diff.files.size(); ++i) {
        const FileChange &change = diff.files.at(i);
        TD_FUZZ_CHECK(i == 0 || diff.files.at(i - 1).path < change.path, change.path);
        const TarballFile *before = previous ? previous->find(change.path) : nullptr;
        const TarballFile *after = staged.find(change.path);
        switch (change.kind) {
        case FileChange::Kind::Added:
            TD_FUZZ_CHECK(!before && after && change.newSize == after->size, change.path);
            break;
        case FileChange::Kind::Removed:
            TD_FUZZ_CHECK(before && !after && change.oldSize == before->size, change.path);
            break;
        case FileChange::Kind::Changed:
            TD_FUZZ_CHECK(before && after, change.path);
            break;
        }
        seen.insert(change.path);
    }
    // Every file only on one side is listed.
    for (const TarballFile &f : staged.files)
        TD_FUZZ_CHECK(seen.contains(f.path) || (previous && previous->find(f.path)), f.path);
    if (previous)
        for (const TarballFile &f : previous->files)
            TD_FUZZ_CHECK(seen.contains(f.path) || staged.find(f.path), f.path);
    static const QSet<QString> sections{QStringLiteral("scripts"),
                                        QStringLiteral("dependencies"),
                                        QStringLiteral("optionalDependencies"),
                                        QStringLiteral("peerDependencies"),
                                        QStringLiteral("bundleDependencies"),
                                        QStringLiteral("bin"),
                                        QStringLiteral("exports"),
                                        QStringLiteral("main")};
    for (const ManifestChange &m : diff.manifest)
        TD_FUZZ_CHECK(sections.contains(m.section), m.section);
    TD_FUZZ_CHECK(!diff.toText().isEmpty(), QStringLiteral("the diff as text is empty"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const bool compare = (data[0] & 1) != 0;
    TarballLimits limits;
    if ((data[0] & 2) != 0) {
        limits.maxUnpackedBytes = 1024 * 1024;
        limits.maxEntryBytes = 256 * 1024;
        limits.maxEntries = 64;
        limits.keepFileBytes = 16 * 1024;
        limits.maxKeptBytes = 64 * 1024;
    }
    const QByteArray tarball(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const Result<TarballContents> read = TarballReader::read(tarball, limits);
    if (!read) {
        TD_FUZZ_CHECK(!read.error().message.isEmpty() && !read.error().hint.isEmpty(),
                      read.error().oneLine());
        return 0;
    }
    checkContents(read.value(), limits, tarball.size());
    const TarballContents *previous = compare ? &previousRelease() : nullptr;
    checkDiff(ReleaseDiff::compare(previous, read.value(), QStringLiteral("demo"),
                                   compare ? QStringLiteral("1.0.0") : QString(),
                                   QStringLiteral("1.0.1")),
              previous, read.value());
    return 0;
}
