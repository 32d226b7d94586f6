// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace td {

// Files under the folders a user adds that can hold or reference npm credentials.
struct ProjectFiles
{
    QStringList npmrcFiles;    // .npmrc
    QStringList yarnrcFiles;   // .yarnrc.yml
    QStringList workflowFiles; // .github/workflows/*.yml|yaml, .gitlab-ci.yml, .circleci/config.yml
    int foldersVisited = 0;
    bool truncated = false; // stopped at the folder limit
};

// Walks folders depth-first, never entering node_modules or .git, never following symlinked
// folders (no loops, no escaping the chosen tree), and stopping at a folder limit so a mistaken
// choice such as "/" ends quickly with `truncated` set.
class ProjectFileWalker
{
public:
    void setMaxDepth(int depth) { m_maxDepth = depth; }
    void setMaxFolders(int folders) { m_maxFolders = folders; }
    ProjectFiles walk(const QStringList &roots) const;

private:
    int m_maxDepth = 12;
    int m_maxFolders = 20000;
};

} // namespace td
