// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trust/TrustEntity.h"

#include "core/trust/GitRemote.h"

namespace td {

namespace {

// hosted-git-info knows these hosts only (gist and sourcehut aside, which trust never uses).
QString typeForHost(const QString &host)
{
    if (host == u"github.com")
        return QStringLiteral("github");
    if (host == u"gitlab.com")
        return QStringLiteral("gitlab");
    if (host == u"bitbucket.org")
        return QStringLiteral("bitbucket");
    return {};
}

} // namespace

std::optional<HostedRepository> hostedRepository(const QString &repositoryUrl)
{
    QString value = repositoryUrl.trimmed();
    // "#main", "#semver:^1": a committish, not part of the repository's name; so is a query.
    value = value.section(QLatin1Char('#'), 0, 0);
    value = value.section(QLatin1Char('?'), 0, 0);
    // hosted-git-info knows the shorthand prefixes in lower case only ("GitHub:o/r" is not
    // one); GitRemote takes them in any case.
    static const QLatin1String prefixes[]
        = {QLatin1String("github:"), QLatin1String("gitlab:"), QLatin1String("bitbucket:")};
    for (const QLatin1String &prefix : prefixes)
        if (value.startsWith(prefix, Qt::CaseInsensitive) && !value.startsWith(prefix))
            return std::nullopt;
    const std::optional<GitRemote> remote = GitRemote::fromRepositoryField(value);
    if (!remote || !remote->isValid())
        return std::nullopt;
    const QString type = typeForHost(remote->host);
    if (type.isEmpty())
        return std::nullopt;
    // GitLab's page paths ("group/proj/-/tree/main") are not a project: hosted-git-info
    // refuses them, and so does npm.
    if (remote->path().contains(QLatin1String("/-/")) || remote->repo == u"-")
        return std::nullopt;
    // GitHub and Bitbucket have no nested owners: GitRemote already cut page paths for GitHub.
    if (type == u"bitbucket" && remote->owner.contains(QLatin1Char('/')))
        return HostedRepository{
            type, remote->groups().constFirst() + QLatin1Char('/') + remote->groups().value(1)};
    return HostedRepository{type, remote->path()};
}

Result<TrustEntityChoice> TrustEntity::choose(const TrustEntityInput &input)
{
    const bool github = input.provider == u"github";
    const QString entityName = github ? tr("GitHub repository") : tr("GitLab project");
    const QString flagName = github ? QStringLiteral("--repo") : QStringLiteral("--project");
    const std::optional<HostedRepository> &git = input.packageJson;
    const bool otherHost = input.packageIsPackageJsons && git && git->type != input.provider;

    TrustEntityChoice choice;
    if (!input.flagValue.isEmpty()) {
        choice.entity = input.flagValue;
    } else if (git && git->type == input.provider) {
        // npm also takes another host's repository when the package named is not the
        // package.json's own; a GitHub config holding a GitLab path helps nobody.
        choice.entity = git->path;
        choice.fromPackageJson = true;
    }
    if (otherHost) {
        const QString problem
            = tr("Repository in package.json is not a %1 (%2).").arg(entityName, git->path);
        if (input.flagValue.isEmpty())
            return makeError(ErrorCode::InvalidInput, problem,
                             tr("Name the %1 with %2.").arg(entityName, flagName));
        choice.warnings << problem;
    } else if (input.packageIsPackageJsons && git && choice.entity != git->path) {
        choice.warnings << tr("Repository in package.json (%1) differs from provided %2 (%3).")
                               .arg(git->path, entityName, choice.entity);
    }
    if (choice.entity.isEmpty())
        choice.entity = input.gitRemotePath;
    if (choice.entity.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         input.packageIsPackageJsons
                             ? tr("%1 must be specified with %2 or inferred from the "
                                  "package.json repository field.")
                                   .arg(entityName, flagName)
                             : tr("%1 must be specified with %2.").arg(entityName, flagName));
    return choice;
}

} // namespace td
