// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreLayering.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace td::test {

namespace {

QStringList tableCells(const QString &line)
{
    QString row = line.trimmed();
    if (row.startsWith(QLatin1Char('|')))
        row.remove(0, 1);
    if (row.endsWith(QLatin1Char('|')))
        row.chop(1);
    QStringList cells = row.split(QLatin1Char('|'));
    for (QString &cell : cells)
        cell = cell.remove(QLatin1Char('`')).trimmed();
    return cells;
}

bool isHeader(const QStringList &cells)
{
    return cells.size() == 2
        && cells.at(0).compare(QLatin1String("module"), Qt::CaseInsensitive) == 0
        && cells.at(1).compare(QLatin1String("may include"), Qt::CaseInsensitive) == 0;
}

QSet<QString> moduleNames(const QString &cell)
{
    QSet<QString> names;
    for (const QString &part : cell.split(QLatin1Char(','))) {
        const QString name = part.trimmed();
        if (!name.isEmpty() && name != QStringLiteral("—") && name != QLatin1String("-"))
            names.insert(name);
    }
    return names;
}

// The folders of the programs: what the lead's include names call them, and app/ itself.
const QStringList &appRoots()
{
    static const QStringList roots{QStringLiteral("app"), QStringLiteral("desktop"),
                                   QStringLiteral("cli"), QStringLiteral("sandbox")};
    return roots;
}

struct IncludeTarget
{
    enum class Kind { Ignored, Module, AppCode, OutsideCore, UnknownModule } kind = Kind::Ignored;
    QString module;
};

// Which module an include in `fileDir` (a folder under `coreDir`) names, the way the compiler
// would find it: the including file's folder first, then core/ as include root.
IncludeTarget classify(const QString &include, const QString &fileDir, const QString &coreDir,
                       const QSet<QString> &modules)
{
    using Kind = IncludeTarget::Kind;
    if (include.contains(QLatin1String(".."))) {
        const QString resolved = QDir::cleanPath(fileDir + QLatin1Char('/') + include);
        const QString appDir = QDir::cleanPath(coreDir + QStringLiteral("/../app"));
        if (resolved.startsWith(appDir + QLatin1Char('/')))
            return {Kind::AppCode, {}};
        if (!resolved.startsWith(coreDir + QLatin1Char('/')))
            return {Kind::OutsideCore, {}};
        const QString module = resolved.mid(coreDir.size() + 1).section(QLatin1Char('/'), 0, 0);
        if (!modules.contains(module))
            return {};
        return {Kind::Module, module};
    }
    QString name = include;
    const bool coreForm = name.startsWith(QLatin1String("core/"));
    if (coreForm)
        name.remove(0, 5);
    if (!name.contains(QLatin1Char('/')))
        return {}; // the file's own folder
    const QString first = name.section(QLatin1Char('/'), 0, 0);
    if (!coreForm && appRoots().contains(first))
        return {Kind::AppCode, {}};
    if (!coreForm && QFileInfo::exists(fileDir + QLatin1Char('/') + name))
        return {}; // a subfolder of the file's own folder
    if (modules.contains(first))
        return {Kind::Module, first};
    if (coreForm)
        return {Kind::UnknownModule, first};
    return {}; // a generated header outside core, e.g. "td/Version.h"
}

QStringList sourcesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

LayeringTable LayeringTable::fromMarkdown(const QString &markdown)
{
    LayeringTable table;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    int tables = 0;
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).trimmed().startsWith(QLatin1Char('|'))
            || !isHeader(tableCells(lines.at(i))))
            continue;
        ++tables;
        // Row i + 1 is the |---|---| line; the table ends at the first line not starting with |.
        for (int row = i + 2;
             row < lines.size() && lines.at(row).trimmed().startsWith(QLatin1Char('|')); ++row) {
            const QStringList cells = tableCells(lines.at(row));
            if (cells.size() != 2 || cells.at(0).isEmpty()) {
                table.problems.append(QStringLiteral("malformed row: ") + lines.at(row));
                continue;
            }
            if (table.mayInclude.contains(cells.at(0)))
                table.problems.append(QStringLiteral("two rows for ") + cells.at(0));
            table.mayInclude.insert(cells.at(0), moduleNames(cells.at(1)));
        }
    }
    if (tables != 1)
        table.problems.append(
            QStringLiteral("expected one `module | may include` table, found %1").arg(tables));
    for (auto it = table.mayInclude.cbegin(); it != table.mayInclude.cend(); ++it) {
        for (const QString &to : it.value()) {
            if (!table.mayInclude.contains(to))
                table.problems.append(it.key() + QStringLiteral(" may include ") + to
                                      + QStringLiteral(", which has no row"));
        }
    }
    return table;
}

QStringList LayeringTable::cycles() const
{
    QStringList found;
    QMap<QString, int> state; // 0 unvisited, 1 on the path, 2 done
    QStringList path;
    std::function<void(const QString &)> visit = [&](const QString &module) {
        state[module] = 1;
        path.append(module);
        QStringList next = mayInclude.value(module).values();
        std::sort(next.begin(), next.end());
        for (const QString &to : next) {
            if (state.value(to) == 1) {
                const QStringList loop = path.mid(path.indexOf(to)) << to;
                found.append(loop.join(QStringLiteral(" → ")));
            } else if (state.value(to) == 0) {
                visit(to);
            }
        }
        path.removeLast();
        state[module] = 2;
    };
    for (auto it = mayInclude.cbegin(); it != mayInclude.cend(); ++it) {
        if (state.value(it.key()) == 0)
            visit(it.key());
    }
    return found;
}

QString LayeringViolation::toString() const
{
    return QStringLiteral("%1:%2: %3 (#include \"%4\"): %5")
        .arg(file)
        .arg(line)
        .arg(arrow(), include, reason);
}

QList<LayeringViolation> checkCoreIncludes(const QString &root, const LayeringTable &table)
{
    using Kind = IncludeTarget::Kind;
    const QDir rootDir(root);
    const QString coreDir = QDir::cleanPath(rootDir.absoluteFilePath(QStringLiteral("core")));
    QSet<QString> modules;
    QList<LayeringViolation> violations;
    const QStringList folders
        = QDir(coreDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &module : folders) {
        modules.insert(module);
        if (!table.mayInclude.contains(module))
            violations.append({QStringLiteral("core/") + module,
                               0,
                               {},
                               module,
                               {},
                               QStringLiteral("a core module without a row in the table")});
    }
    static const QRegularExpression includeLine(
        QStringLiteral(R"re(^\s*#\s*include\s*"([^"]+)")re"));
    for (const QString &module : folders) {
        for (const QString &path : sourcesUnder(coreDir + QLatin1Char('/') + module)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                violations.append({rootDir.relativeFilePath(path),
                                   0,
                                   {},
                                   module,
                                   {},
                                   QStringLiteral("cannot be read")});
                continue;
            }
            const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
            const QString fileDir = QFileInfo(path).absolutePath();
            for (int i = 0; i < lines.size(); ++i) {
                const QRegularExpressionMatch match = includeLine.match(lines.at(i));
                if (!match.hasMatch())
                    continue;
                const QString include = match.captured(1);
                const IncludeTarget target = classify(include, fileDir, coreDir, modules);
                LayeringViolation v{rootDir.relativeFilePath(path), i + 1, include, module, {}, {}};
                switch (target.kind) {
                case Kind::Ignored:
                    continue;
                case Kind::AppCode:
                    v.to = QStringLiteral("app");
                    v.reason = QStringLiteral("core never includes the programs' code (app/)");
                    break;
                case Kind::OutsideCore:
                    v.to = QStringLiteral("outside core");
                    v.reason = QStringLiteral("core includes only core/ and generated headers");
                    break;
                case Kind::UnknownModule:
                    v.to = target.module;
                    v.reason = QStringLiteral("no such core module");
                    break;
                case Kind::Module:
                    if (target.module == module
                        || table.mayInclude.value(module).contains(target.module))
                        continue;
                    v.to = target.module;
                    v.reason = QStringLiteral("not an allowed arrow in ARCHITECTURE.md");
                    break;
                }
                violations.append(v);
            }
        }
    }
    return violations;
}

} // namespace td::test
