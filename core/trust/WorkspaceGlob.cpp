// SPDX-License-Identifier: GPL-3.0-or-later
// Workspace glob expansion, the subset npm, yarn and pnpm accept in practice: literal segments,
// "*" / "?" / "[..]" inside a segment, "**" for any depth, and "!pattern" exclusions.
#include "core/trust/RepoInspector.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace td {

namespace {

bool isSkippedDir(const QString &name)
{
    return name == u"node_modules" || name.startsWith(QLatin1Char('.'));
}

QStringList childDirs(const QString &absDir)
{
    QStringList out;
    const QStringList names = QDir(absDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &n : names) {
        if (!isSkippedDir(n))
            out << n;
    }
    return out;
}

QString joinRel(const QString &base, const QString &name)
{
    return base.isEmpty() ? name : base + QLatin1Char('/') + name;
}

void match(const QString &root, const QString &rel, const QStringList &segments, int index,
           QSet<QString> &out)
{
    if (index == segments.size()) {
        out.insert(rel);
        return;
    }
    const QString segment = segments.at(index);
    const QString abs = rel.isEmpty() ? root : QDir(root).filePath(rel);
    if (segment == u"**") {
        match(root, rel, segments, index + 1, out); // zero directories
        for (const QString &child : childDirs(abs))
            match(root, joinRel(rel, child), segments, index, out);
        return;
    }
    if (!segment.contains(QLatin1Char('*')) && !segment.contains(QLatin1Char('?'))
        && !segment.contains(QLatin1Char('['))) {
        if (QFileInfo(QDir(abs).filePath(segment)).isDir())
            match(root, joinRel(rel, segment), segments, index + 1, out);
        return;
    }
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(
        segment, QRegularExpression::UnanchoredWildcardConversion));
    const QRegularExpression anchored(QRegularExpression::anchoredPattern(re.pattern()));
    for (const QString &child : childDirs(abs)) {
        if (anchored.match(child).hasMatch())
            match(root, joinRel(rel, child), segments, index + 1, out);
    }
}

QStringList segmentsOf(QString pattern)
{
    pattern = pattern.trimmed();
    while (pattern.startsWith(u"./"))
        pattern = pattern.mid(2);
    // "packages/*/package.json" means the same folders as "packages/*".
    if (pattern.endsWith(u"/package.json"))
        pattern.chop(13);
    return pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

} // namespace

QStringList RepoInspector::expandWorkspaceGlobs(const QString &root, const QStringList &patterns)
{
    QSet<QString> included;
    QSet<QString> excluded;
    for (const QString &pattern : patterns) {
        const bool negated = pattern.trimmed().startsWith(QLatin1Char('!'));
        const QStringList segments = segmentsOf(negated ? pattern.trimmed().mid(1) : pattern);
        if (segments.isEmpty() || segments.contains(u".."))
            continue; // never leave the repository
        match(root, QString(), segments, 0, negated ? excluded : included);
    }
    QStringList result;
    for (const QString &rel : std::as_const(included)) {
        if (rel.isEmpty() || excluded.contains(rel))
            continue;
        if (QFileInfo::exists(QDir(root).filePath(rel + QStringLiteral("/package.json"))))
            result << rel;
    }
    result.sort();
    return result;
}

} // namespace td
