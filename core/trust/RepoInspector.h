// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trust/GitRemote.h"
#include "core/trust/PackageInfo.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace td {

enum class WorkspaceKind {
    None,        // a single package
    PackageJson, // npm / yarn `workspaces` (array or {packages: [...]})
    Pnpm,        // pnpm-workspace.yaml
};

// Everything the trusted-publishing wizard learns from a repository folder.
struct RepoFacts
{
    QString root; // absolute
    bool hasRootPackage = false;
    PackageInfo rootPackage;
    WorkspaceKind workspaceKind = WorkspaceKind::None;
    QStringList workspacePatterns;        // as written, including "!exclusions"
    QList<PackageInfo> workspacePackages; // sorted by relativeDir
    QString packageManager; // "npm", "yarn" or "pnpm" (from lock files / packageManager field)
    QList<GitRemote> remotes;
    QStringList ciFiles;  // relative paths, sorted
    QStringList warnings; // translated: files that could not be read

    // The packages that can be published: all non-private workspace packages, plus the root when
    // it is not private (a single-package repository is just its root).
    QList<PackageInfo> publishablePackages() const;
    // "origin" if present, else the first remote.
    std::optional<GitRemote> primaryRemote() const;
};

class RepoInspector
{
    Q_DECLARE_TR_FUNCTIONS(td::RepoInspector)
public:
    // NotFound when the folder does not exist; a folder without package.json is not an error
    // (hasRootPackage stays false), a malformed one is reported in warnings.
    static Result<RepoFacts> inspect(const QString &folder);

    // Directories (relative to root, sorted) matched by workspace globs: "packages/*",
    // "packages/**", "apps/web", "!packages/internal"; only folders holding a package.json count.
    static QStringList expandWorkspaceGlobs(const QString &root, const QStringList &patterns);
};

} // namespace td
