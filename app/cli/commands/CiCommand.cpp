// SPDX-License-Identifier: GPL-3.0-or-later
#include "CiCommand.h"

#include "cli/CliContext.h"

namespace td::cli {

QString CiCommand::summary()
{
    return tr("sign in to GitHub, GitLab or CircleCI so rotation updates their secrets");
}

void CiCommand::run(const QStringList &arguments, CliContext &context)
{
    const QString sub = arguments.value(0);
    Command *command = nullptr;
    if (sub == QLatin1String("login"))
        command = new CiLoginCommand(this);
    else if (sub == QLatin1String("status"))
        command = new CiStatusCommand(this);
    else if (sub == QLatin1String("logout"))
        command = new CiLogoutCommand(this);
    if (!command) {
        context.fail(
            sub.isEmpty()
                ? tr("ci needs a subcommand: login, status, logout")
                : tr("unknown ci subcommand '%1' (known: login, status, logout)").arg(sub));
        return Q_EMIT finished(1);
    }
    connect(command, &Command::finished, this, &Command::finished);
    command->run(arguments.mid(1), context);
}

} // namespace td::cli
