// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stage/ReleaseDiff.h"

#include "core/trust/UnifiedDiff.h"

#include <QSet>

namespace td {

namespace {

const QString kManifest = QStringLiteral("package.json");

qint64 lineCount(const QByteArray &text)
{
    return text.count('\n') + 1;
}

// Fills the text diff of one file pair; either side may be missing (added / removed).
void diffText(FileChange &change, const TarballFile *before, const TarballFile *after)
{
    const bool beforeText = !before || (before->kept && before->text);
    const bool afterText = !after || (after->kept && after->text);
    change.binary = !beforeText || !afterText;
    if (change.binary)
        return;
    const QByteArray oldContent = before ? before->content : QByteArray();
    const QByteArray newContent = after ? after->content : QByteArray();
    if (lineCount(oldContent) * lineCount(newContent) > ReleaseDiff::kMaxDiffCells
        || (oldContent.isEmpty() && lineCount(newContent) > 20000)) {
        change.diffTooLarge = true;
        return;
    }
    change.textDiff = unifiedDiff(QString::fromUtf8(oldContent), QString::fromUtf8(newContent),
                                  before ? change.path : QString(), change.path);
}

} // namespace

bool ReleaseDiff::changesInstallScripts() const
{
    for (const ManifestChange &change : manifest)
        if (change.installScript)
            return true;
    return false;
}

ReleaseDiff ReleaseDiff::compare(const TarballContents *previous, const TarballContents &staged,
                                 const QString &packageName, const QString &oldVersion,
                                 const QString &newVersion)
{
    ReleaseDiff diff;
    diff.packageName = packageName;
    diff.oldVersion = previous ? oldVersion : QString();
    diff.newVersion = newVersion;
    diff.newPackedSize = staged.packedSize;
    diff.newUnpackedSize = staged.unpackedSize;
    diff.newFileCount = int(staged.files.size());
    if (previous) {
        diff.oldPackedSize = previous->packedSize;
        diff.oldUnpackedSize = previous->unpackedSize;
        diff.oldFileCount = int(previous->files.size());
    }

    QSet<QString> paths;
    for (const TarballFile &file : staged.files)
        paths.insert(file.path);
    if (previous)
        for (const TarballFile &file : previous->files)
            paths.insert(file.path);
    QStringList sorted(paths.cbegin(), paths.cend());
    sorted.sort();
    for (const QString &path : sorted) {
        const TarballFile *before = previous ? previous->find(path) : nullptr;
        const TarballFile *after = staged.find(path);
        if (before && after && before->sha1 == after->sha1 && before->mode == after->mode)
            continue;
        FileChange change;
        change.path = path;
        change.kind = !before ? FileChange::Kind::Added
            : !after          ? FileChange::Kind::Removed
                              : FileChange::Kind::Changed;
        change.oldSize = before ? before->size : 0;
        change.newSize = after ? after->size : 0;
        change.modeChanged = before && after && before->mode != after->mode;
        if (!before || !after || before->sha1 != after->sha1)
            diffText(change, before, after);
        diff.files.append(change);
    }

    const TarballFile *oldManifest = previous ? previous->find(kManifest) : nullptr;
    const TarballFile *newManifest = staged.find(kManifest);
    diff.manifest = compareManifests(oldManifest ? oldManifest->content : QByteArray(),
                                     newManifest ? newManifest->content : QByteArray());
    if (!newManifest)
        diff.warnings.append(tr("The staged tarball has no package.json."));
    for (const ManifestChange &change : std::as_const(diff.manifest))
        if (change.installScript && !change.after.isEmpty())
            diff.warnings.append(tr("Runs a “%1” script on every install: %2")
                                     .arg(change.key, change.after.left(300)));
    const bool gypNow = staged.find(QStringLiteral("binding.gyp"));
    const bool gypBefore = previous && previous->find(QStringLiteral("binding.gyp"));
    if (gypNow && !gypBefore)
        diff.warnings.append(tr("Adds binding.gyp: npm runs “node-gyp rebuild” on install."));
    for (const QString &skipped : staged.skipped)
        diff.warnings.append(
            tr("Holds a link or special file npm does not install: %1").arg(skipped.left(200)));
    return diff;
}

} // namespace td
