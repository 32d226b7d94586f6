// SPDX-License-Identifier: GPL-3.0-or-later
// trust github|gitlab: which repository or project, from the flag or package.json.
#include "TrustCommand.h"
#include "cli/CliContext.h"

namespace td::cli {

Result<QString> TrustCommand::chooseEntity(const QString &provider,
                                           const Selection &selection) const
{
    // npm 11's names: github --repo|--repository; gitlab --project only (its usage line also
    // shows --repo, which npm then refuses as an unknown flag).
    const QString flag = provider == u"github" ? QStringLiteral("repo") : QStringLiteral("project");
    TrustEntityInput input;
    input.provider = provider;
    input.flagValue = m_parser.isSet(flag) ? m_parser.value(flag) : QString();
    input.packageJson = selection.packageJsonRepository;
    input.packageIsPackageJsons = selection.packageIsPackageJsons;
    // TokenDesk's own fallback, as before package.json was read: the folder's git remote, when
    // no package was named and it is on this provider.
    if (selection.remote && selection.packages.size() >= 1 && !selection.folder.isEmpty()
        && gitProviderName(selection.remote->provider) == provider)
        input.gitRemotePath = selection.remote->path();
    Result<TrustEntityChoice> choice = TrustEntity::choose(input);
    if (!choice)
        return choice.error();
    for (const QString &warning : choice.value().warnings)
        m_context->err << tr("warning: %1").arg(warning) << '\n';
    if (choice.value().fromPackageJson)
        m_context->err << (provider == u"github" ? tr("repository: %1 (from package.json)")
                                                 : tr("project: %1 (from package.json)"))
                              .arg(choice.value().entity)
                       << '\n';
    m_context->err.flush();
    return choice.value().entity;
}

} // namespace td::cli
