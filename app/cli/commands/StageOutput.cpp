// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageOutput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace td::cli {

QString stageItemText(const StagedRelease &item)
{
    QStringList lines;
    for (const auto &[key, value] : item.npmFields)
        lines << key + QStringLiteral(": ") + value;
    return lines.join(QLatin1Char('\n'));
}

// npm's sentences are not translated: scripts compare this output with npm's, byte for byte.
QString stageListText(const QList<StagedRelease> &items, const QString &packageFilter)
{
    if (items.isEmpty())
        return packageFilter.isEmpty()
            ? QStringLiteral("No staged packages found.\n")
            : QStringLiteral("No staged versions of package name \"%1\".\n").arg(packageFilter);
    QStringList blocks;
    for (const StagedRelease &item : items)
        blocks << stageItemText(item);
    return blocks.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

std::optional<QString> stageListPackage(const QString &spec)
{
    QString name = spec;
    if (name.endsWith(QLatin1String("@*")))
        name.chop(2);
    if (name.indexOf(QLatin1Char('@'), 1) >= 0)
        return std::nullopt;
    return name;
}

QString stageDownloadFileName(const QString &name, const QString &version, const QString &id)
{
    QString safe = name;
    if (const qsizetype at = safe.indexOf(QLatin1Char('@')); at >= 0) // npm: the first '@' only
        safe.remove(at, 1);
    const qsizetype slash = safe.indexOf(QLatin1Char('/'));
    if (slash >= 0)
        safe[slash] = QLatin1Char('-');
    QString file
        = safe + QLatin1Char('-') + version + QLatin1Char('-') + id + QStringLiteral(".tgz");
    if (file.contains(QLatin1Char('/')) || file.contains(QLatin1Char('\\'))
        || file.startsWith(QLatin1Char('.')) || name.isEmpty() || version.isEmpty())
        return {};
    return file;
}

QByteArray releaseDiffJson(const ReleaseDiff &diff)
{
    static const char *kinds[] = {"added", "removed", "changed"};
    QJsonArray files;
    for (const FileChange &f : diff.files)
        files.append(
            QJsonObject{{QStringLiteral("path"), f.path},
                        {QStringLiteral("change"), QString::fromLatin1(kinds[int(f.kind)])},
                        {QStringLiteral("oldSize"), double(f.oldSize)},
                        {QStringLiteral("newSize"), double(f.newSize)},
                        {QStringLiteral("binary"), f.binary},
                        {QStringLiteral("diff"), f.textDiff}});
    QJsonArray manifest;
    for (const ManifestChange &c : diff.manifest)
        manifest.append(QJsonObject{{QStringLiteral("field"), c.section},
                                    {QStringLiteral("key"), c.key},
                                    {QStringLiteral("before"), c.before},
                                    {QStringLiteral("after"), c.after},
                                    {QStringLiteral("installScript"), c.installScript}});
    const QJsonObject object{
        {QStringLiteral("package"), diff.packageName},
        {QStringLiteral("from"), diff.oldVersion},
        {QStringLiteral("to"), diff.newVersion},
        {QStringLiteral("packedSize"),
         QJsonObject{{QStringLiteral("before"), double(diff.oldPackedSize)},
                     {QStringLiteral("after"), double(diff.newPackedSize)}}},
        {QStringLiteral("unpackedSize"),
         QJsonObject{{QStringLiteral("before"), double(diff.oldUnpackedSize)},
                     {QStringLiteral("after"), double(diff.newUnpackedSize)}}},
        {QStringLiteral("files"), files},
        {QStringLiteral("packageJson"), manifest},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(diff.warnings)}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace td::cli
