// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/npmconfig/ProjectFileWalker.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace td {

ProjectFiles ProjectFileWalker::walk(const QStringList &roots) const
{
    ProjectFiles found;
    QSet<QString> seen;
    struct Pending
    {
        QString path;
        int depth;
    };
    QList<Pending> stack;
    for (auto it = roots.crbegin(); it != roots.crend(); ++it)
        stack.append({QDir::cleanPath(QFileInfo(*it).absoluteFilePath()), 0});

    while (!stack.isEmpty()) {
        const Pending current = stack.takeLast();
        if (seen.contains(current.path))
            continue;
        seen.insert(current.path);
        if (found.foldersVisited >= m_maxFolders) {
            found.truncated = true;
            break;
        }
        ++found.foldersVisited;
        const QDir dir(current.path);
        const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden
                                                            | QDir::NoDotAndDotDot | QDir::System,
                                                        QDir::Name);
        QList<Pending> children;
        for (const QFileInfo &entry : entries) {
            const QString name = entry.fileName();
            if (entry.isDir()) {
                if (entry.isSymLink() || name == QLatin1String("node_modules")
                    || name == QLatin1String(".git"))
                    continue;
                if (name == QLatin1String(".github")) {
                    const QDir workflows(entry.absoluteFilePath() + QStringLiteral("/workflows"));
                    const QFileInfoList files = workflows.entryInfoList(
                        {QStringLiteral("*.yml"), QStringLiteral("*.yaml")},
                        QDir::Files | QDir::Hidden, QDir::Name);
                    for (const QFileInfo &file : files)
                        found.workflowFiles.append(file.absoluteFilePath());
                }
                if (name == QLatin1String(".circleci")) {
                    const QFileInfo config(entry.absoluteFilePath()
                                           + QStringLiteral("/config.yml"));
                    if (config.isFile())
                        found.workflowFiles.append(config.absoluteFilePath());
                }
                if (current.depth < m_maxDepth)
                    children.append({entry.absoluteFilePath(), current.depth + 1});
                continue;
            }
            if (name == QLatin1String(".npmrc"))
                found.npmrcFiles.append(entry.absoluteFilePath());
            else if (name == QLatin1String(".yarnrc.yml"))
                found.yarnrcFiles.append(entry.absoluteFilePath());
            else if (name == QLatin1String(".gitlab-ci.yml"))
                found.workflowFiles.append(entry.absoluteFilePath());
        }
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            stack.append(*it);
    }
    return found;
}

} // namespace td
