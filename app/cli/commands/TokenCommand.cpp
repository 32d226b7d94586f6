// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenCommand.h"

#include "TokenCommandAliases.h"
#include "TokenCommandCreate.h"
#include "TokenCommandList.h"
#include "TokenCommandRevoke.h"
#include "TokenCommandRotate.h"
#include "cli/CliContext.h"

namespace td::cli {

QString TokenCommand::summary()
{
    return tr("list, create, rotate and revoke access tokens");
}

const std::map<QString, TokenCommand::Subcommand> &TokenCommand::subcommands()
{
    static const std::map<QString, Subcommand> table = {
        {QStringLiteral("create"),
         {TokenCreateCommand::summary(), [](QObject *p) { return new TokenCreateCommand(p); }}},
        {QStringLiteral("list"),
         {TokenListCommand::summary(), [](QObject *p) { return new TokenListCommand(p); }}},
        {QStringLiteral("rotate"),
         {TokenRotateCommand::summary(), [](QObject *p) { return new TokenRotateCommand(p); }}},
        {QStringLiteral("revoke"),
         {TokenRevokeCommand::summary(), [](QObject *p) { return new TokenRevokeCommand(p); }}},
    };
    return table;
}

void TokenCommand::run(const QStringList &arguments, CliContext &context)
{
    const auto &table = subcommands();
    const auto it = arguments.isEmpty() ? table.end()
                                        : table.find(canonicalTokenSubcommand(arguments.first()));
    if (it == table.end()) {
        QStringList names;
        for (const auto &[name, entry] : table)
            names.append(name);
        context.fail(arguments.isEmpty()
                         ? tr("token needs a subcommand: %1").arg(names.join(QStringLiteral(", ")))
                         : tr("unknown token subcommand '%1' (known: %2)")
                               .arg(arguments.first(), names.join(QStringLiteral(", "))));
        return Q_EMIT finished(1);
    }
    m_subcommand = it->second.create(this);
    connect(m_subcommand, &Command::finished, this, &Command::finished);
    m_subcommand->run(arguments.mid(1), context);
}

bool TokenCommand::leavesNothingToTearDown() const
{
    return m_subcommand && m_subcommand->leavesNothingToTearDown();
}

} // namespace td::cli
