// SPDX-License-Identifier: GPL-3.0-or-later
// ReleaseDiff as plain text: a summary a maintainer can read top-down, then the text diffs.
#include "core/stage/ReleaseDiff.h"

#include <QLocale>

namespace td {

namespace {

QString bytes(qint64 size)
{
    return QLocale::c().formattedDataSize(size, 1, QLocale::DataSizeSIFormat);
}

QString sizeLine(const QString &what, qint64 before, qint64 after, bool hasBefore)
{
    return hasBefore ? ReleaseDiff::tr("%1: %2 (was %3)").arg(what, bytes(after), bytes(before))
                     : ReleaseDiff::tr("%1: %2").arg(what, bytes(after));
}

QString manifestLine(const ManifestChange &change)
{
    const QString name
        = change.key.isEmpty() ? change.section : change.section + QLatin1Char('.') + change.key;
    if (change.before.isEmpty())
        return ReleaseDiff::tr("%1 added: %2").arg(name, change.after);
    if (change.after.isEmpty())
        return ReleaseDiff::tr("%1 removed (was %2)").arg(name, change.before);
    return ReleaseDiff::tr("%1: %2 → %3").arg(name, change.before, change.after);
}

QString fileLine(const FileChange &file)
{
    switch (file.kind) {
    case FileChange::Kind::Added:
        return QStringLiteral("A %1 (%2)").arg(file.path, bytes(file.newSize));
    case FileChange::Kind::Removed:
        return QStringLiteral("D %1 (%2)").arg(file.path, bytes(file.oldSize));
    case FileChange::Kind::Changed:
        break;
    }
    QString line
        = QStringLiteral("M %1 (%2 → %3)").arg(file.path, bytes(file.oldSize), bytes(file.newSize));
    if (file.modeChanged)
        line += QLatin1Char(' ') + ReleaseDiff::tr("[file mode changed]");
    return line;
}

} // namespace

QString ReleaseDiff::toText() const
{
    const bool hasOld = !oldVersion.isEmpty();
    QString out = hasOld
        ? tr("%1 %2 → %3").arg(packageName, oldVersion, newVersion)
        : tr("%1 %2 (no earlier release to compare with)").arg(packageName, newVersion);
    out += QLatin1Char('\n');
    out += sizeLine(tr("Packed size"), oldPackedSize, newPackedSize, hasOld) + QLatin1Char('\n');
    out += sizeLine(tr("Unpacked size"), oldUnpackedSize, newUnpackedSize, hasOld)
        + QLatin1Char('\n');
    out += (hasOld ? tr("Files: %1 (was %2)").arg(newFileCount).arg(oldFileCount)
                   : tr("Files: %1").arg(newFileCount))
        + QLatin1Char('\n');

    if (!warnings.isEmpty()) {
        out += QLatin1Char('\n') + tr("Look closely:") + QLatin1Char('\n');
        for (const QString &warning : warnings)
            out += QStringLiteral("  ! ") + warning + QLatin1Char('\n');
    }

    out += QLatin1Char('\n') + tr("package.json:") + QLatin1Char('\n');
    if (manifest.isEmpty())
        out += QStringLiteral("  ")
            + tr("no changes to scripts, dependencies, bin, exports or main") + QLatin1Char('\n');
    for (const ManifestChange &change : manifest)
        out += QStringLiteral("  ") + manifestLine(change) + QLatin1Char('\n');

    int added = 0, removed = 0, changed = 0;
    for (const FileChange &file : files)
        (file.kind == FileChange::Kind::Added         ? added
             : file.kind == FileChange::Kind::Removed ? removed
                                                      : changed)++;
    out += QLatin1Char('\n')
        + tr("Files: %1 added, %2 removed, %3 changed").arg(added).arg(removed).arg(changed)
        + QLatin1Char('\n');
    for (const FileChange &file : files)
        out += QStringLiteral("  ") + fileLine(file) + QLatin1Char('\n');

    for (const FileChange &file : files) {
        if (file.binary && file.kind == FileChange::Kind::Changed)
            out += QLatin1Char('\n') + tr("Binary or large file %1 differs.").arg(file.path)
                + QLatin1Char('\n');
        else if (file.diffTooLarge)
            out += QLatin1Char('\n') + tr("%1 has too many lines for a line diff.").arg(file.path)
                + QLatin1Char('\n');
        else if (!file.textDiff.isEmpty())
            out += QLatin1Char('\n') + file.textDiff;
    }
    return out;
}

} // namespace td
