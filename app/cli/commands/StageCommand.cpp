// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageCommand.h"

#include "LoginSupport.h"
#include "StageDecideCommand.h"
#include "StageReadCommands.h"
#include "cli/CliContext.h"
#include "core/stage/StageClient.h"

namespace td::cli {

QString StageCommand::summary()
{
    return tr("list, view, diff, download, approve and reject staged versions");
}

const std::map<QString, StageCommand::Subcommand> &StageCommand::subcommands()
{
    static const std::map<QString, Subcommand> table = {
        {QStringLiteral("list"),
         {StageListCommand::summary(), [](QObject *p) { return new StageListCommand(p); }}},
        {QStringLiteral("view"),
         {StageViewCommand::summary(), [](QObject *p) { return new StageViewCommand(p); }}},
        {QStringLiteral("download"),
         {StageDownloadCommand::summary(), [](QObject *p) { return new StageDownloadCommand(p); }}},
        {QStringLiteral("diff"),
         {StageDiffCommand::summary(), [](QObject *p) { return new StageDiffCommand(p); }}},
        {QStringLiteral("approve"),
         {StageDecideCommand::summary(true),
          [](QObject *p) { return new StageDecideCommand(StageBatch::Action::Approve, p); }}},
        {QStringLiteral("reject"),
         {StageDecideCommand::summary(false),
          [](QObject *p) { return new StageDecideCommand(StageBatch::Action::Reject, p); }}},
    };
    return table;
}

void StageCommand::run(const QStringList &arguments, CliContext &context)
{
    const auto &table = subcommands();
    const auto it = arguments.isEmpty() ? table.end() : table.find(arguments.first());
    if (it == table.end()) {
        QStringList names;
        for (const auto &[name, entry] : table)
            names.append(name);
        context.fail(arguments.isEmpty()
                         ? tr("stage needs a subcommand: %1").arg(names.join(QStringLiteral(", ")))
                         : tr("unknown stage subcommand '%1' (known: %2)")
                               .arg(arguments.first(), names.join(QStringLiteral(", "))));
        return Q_EMIT finished(1);
    }
    Command *sub = it->second.create(this);
    connect(sub, &Command::finished, this, &Command::finished);
    sub->run(arguments.mid(1), context);
}

void StageSubcommand::withStageClient(CliContext &context, Ready ready)
{
    m_services = new LoginServices(context, this);
    m_services->withSignedInClient(
        [this, ready](Result<void> authorized, const Account &account, RegistryClient *client) {
            m_account = account;
            if (!authorized) {
                m_services->reportFailure(account, authorized.error());
                return Q_EMIT finished(1);
            }
            m_client = new StageClient(*client, this);
            ready(*m_client);
        });
}

void StageSubcommand::fail(CliContext &context, const Error &error)
{
    if (m_services)
        m_services->reportFailure(m_account, error);
    else
        context.fail(error);
    Q_EMIT finished(1);
}

void StageSubcommand::fail(CliContext &context, const QString &line)
{
    context.fail(line);
    Q_EMIT finished(1);
}

} // namespace td::cli
