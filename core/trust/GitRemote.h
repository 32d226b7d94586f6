// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace td {

enum class GitProvider { GitHub, GitLab, Other };

QString gitProviderName(GitProvider provider); // "github", "gitlab", "other"

// One repository location, parsed from a git remote URL or a package.json `repository` field.
// For GitLab, `owner` is the whole namespace path ("group/sub"), because that is what npm's
// trust config calls the project path prefix.
struct GitRemote
{
    QString name; // remote name ("origin"); empty when parsed from package.json
    QString url;  // as written
    GitProvider provider = GitProvider::Other;
    QString host;  // lower-case host, no port
    QString owner; // GitHub owner, or GitLab namespace path with subgroups
    QString repo;  // without ".git"

    bool isValid() const { return !host.isEmpty() && !owner.isEmpty() && !repo.isEmpty(); }
    QStringList groups() const { return owner.split(QLatin1Char('/')); }
    // "owner/repo", or "group/sub/project" on GitLab.
    QString path() const { return owner + QLatin1Char('/') + repo; }
    // The canonical https form npm compares provenance against: "https://github.com/o/r".
    QString httpsUrl() const;

    // https, http, git://, git+https, git+ssh, ssh://[user@]host[:port]/path and scp-like
    // user@host:path, each with or without ".git" and a trailing slash.
    static std::optional<GitRemote> fromUrl(const QString &url, const QString &remoteName = {});
    // package.json `repository` strings: URLs as above plus the npm shorthands
    // "github:o/r", "gitlab:g/s/p", "bitbucket:o/r" and bare "o/r" (GitHub).
    static std::optional<GitRemote> fromRepositoryField(const QString &value);
};

// The remotes in the text of a .git/config file, in file order.
QList<GitRemote> parseGitConfigRemotes(const QString &configText);

// The remotes of the repository at `repoRoot` (reads .git/config; follows a `.git` file's
// "gitdir:" line for worktrees and submodules). Empty when there is no repository.
QList<GitRemote> readGitRemotes(const QString &repoRoot);

} // namespace td
