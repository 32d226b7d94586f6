// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace td {

// A package.json `repository` as npm's `trust` reads it (hosted-git-info): only repositories on
// the public hosts count. `type` is "github", "gitlab" or "bitbucket"; `path` is "owner/repo"
// or, on GitLab, "group/sub/project". Self-hosted servers and anything unreadable: nullopt.
struct HostedRepository
{
    QString type;
    QString path;
    bool operator==(const HostedRepository &) const = default;
};

// The `url` of the object form or the string form as written: "github:o/r", "o/r",
// "gitlab:g/p", "git+https://github.com/o/r.git", "git@github.com:o/r.git", with or without a
// "#ref". The object form's `directory` names a folder inside the repository, not another
// repository, so it does not change the answer (npm ignores it here too).
std::optional<HostedRepository> hostedRepository(const QString &repositoryUrl);

// What `trust github|gitlab` was given and found, for chooseTrustEntity.
struct TrustEntityInput
{
    QString provider;  // "github" or "gitlab"
    QString flagValue; // --repo / --project as given; empty when not given
    std::optional<HostedRepository> packageJson; // the current folder's package.json repository
    // No package named on the command line, or the one named is the package.json's own: npm
    // then checks the package.json repository against the provider and the flag.
    bool packageIsPackageJsons = true;
    // TokenDesk's last resort when npm would give up: the folder's git remote of this provider.
    QString gitRemotePath;
};

struct TrustEntityChoice
{
    QString entity;               // the repository (GitHub) or project path (GitLab)
    bool fromPackageJson = false; // said next to the value, as npm says "(from package.json)"
    QStringList warnings;         // translated; printed before going on
};

// npm trust's rules (lib/trust-cmd.js, flagsToOptions): an explicit flag wins; else the
// package.json repository when it is on this provider's host; a package.json repository on
// another host is an error without a flag and a warning with one; a flag that differs from the
// package.json repository is a warning. InvalidInput with npm's message when nothing names it.
// One deliberate difference: for a package other than the package.json's own, npm would also take
// a repository on another host; here it must be on this provider's.
class TrustEntity
{
    Q_DECLARE_TR_FUNCTIONS(td::TrustEntity)
public:
    static Result<TrustEntityChoice> choose(const TrustEntityInput &input);
};

} // namespace td
