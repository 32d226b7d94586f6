// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "Command.h"
#include "CommandUsage.h"
#include "commands/CiCommand.h"
#include "commands/DiagnoseCommand.h"
#include "commands/DoctorCommand.h"
#include "commands/LoginCommand.h"
#include "commands/LogoutCommand.h"
#include "commands/MigrateCommand.h"
#include "commands/PublishingCommand.h"
#include "commands/RunCommand.h"
#include "commands/StageCommand.h"
#include "commands/TokenCommand.h"
#include "commands/TrustCommand.h"
#include "commands/VerifyCommand.h"
#include "commands/WhoamiCommand.h"
#include "td/Version.h"

#include <QCoreApplication>
#include <QTimer>

namespace td::cli {

const std::map<QString, Cli::Entry> &Cli::commandTable()
{
    static const std::map<QString, Entry> table = {
        {QStringLiteral("ci"), {CiCommand::summary(), [](QObject *p) { return new CiCommand(p); }}},
        {QStringLiteral("diagnose"),
         {DiagnoseCommand::summary(), [](QObject *p) { return new DiagnoseCommand(p); }}},
        {QStringLiteral("doctor"),
         {DoctorCommand::summary(), [](QObject *p) { return new DoctorCommand(p); }}},
        {QStringLiteral("login"),
         {LoginCommand::summary(), [](QObject *p) { return new LoginCommand(p); }}},
        {QStringLiteral("logout"),
         {LogoutCommand::summary(), [](QObject *p) { return new LogoutCommand(p); }}},
        {QStringLiteral("publishing"),
         {PublishingCommand::summary(), [](QObject *p) { return new PublishingCommand(p); }}},
        {QStringLiteral("run"),
         {RunCommand::summary(), [](QObject *p) { return new RunCommand(p); }}},
        {QStringLiteral("migrate"),
         {MigrateCommand::summary(), [](QObject *p) { return new MigrateCommand(p); }}},
        {QStringLiteral("stage"),
         {StageCommand::summary(), [](QObject *p) { return new StageCommand(p); }}},
        {QStringLiteral("token"),
         {TokenCommand::summary(), [](QObject *p) { return new TokenCommand(p); }}},
        {QStringLiteral("trust"),
         {TrustCommand::summary(), [](QObject *p) { return new TrustCommand(p); }}},
        {QStringLiteral("verify"),
         {VerifyCommand::summary(), [](QObject *p) { return new VerifyCommand(p); }}},
        {QStringLiteral("whoami"),
         {WhoamiCommand::summary(), [](QObject *p) { return new WhoamiCommand(p); }}},
    };
    return table;
}

Cli::Cli(QStringList arguments, QIODevice *in, QIODevice *out, QIODevice *err, QObject *parent)
    : QObject(parent), m_arguments(std::move(arguments)), m_context(in, out, err)
{ }

void Cli::start()
{
    QStringList rest = m_arguments.mid(1);
    // Global options come before the command, as with npm: --registry URL, --json.
    while (!rest.isEmpty() && rest.first().startsWith(QLatin1String("--"))) {
        const QString option = rest.takeFirst();
        if (option == QLatin1String("--help")) {
            printHelp();
            return finish(0);
        }
        if (option == QLatin1String("--version")) {
            m_context.out << "tokendesk-cli " << td::kVersion << Qt::endl;
            return finish(0);
        }
        if (option == QLatin1String("--json")) {
            m_context.json = true;
            continue;
        }
        if (option == QLatin1String("--timeout")
            || option.startsWith(QLatin1String("--timeout="))) {
            const QString text = option.contains(QLatin1Char('='))
                ? option.section(QLatin1Char('='), 1)
                : (rest.isEmpty() ? QString() : rest.takeFirst());
            bool ok = false;
            const int seconds = text.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 3600) {
                m_context.fail(tr("--timeout needs a number of seconds from 1 to 3600, for "
                                  "example --timeout 120"));
                return finish(1);
            }
            m_context.timeoutSeconds = seconds;
            continue;
        }
        QString value;
        if (option.startsWith(QLatin1String("--registry="))) {
            value = option.mid(int(qstrlen("--registry=")));
        } else if (option == QLatin1String("--registry")) {
            if (rest.isEmpty()) {
                m_context.fail(tr(
                    "--registry needs a URL, for example --registry https://registry.npmjs.org/"));
                return finish(1);
            }
            value = rest.takeFirst();
        } else {
            m_context.fail(
                tr("unknown option '%1'. Run 'tokendesk-cli --help' for the options.").arg(option));
            return finish(1);
        }
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty()) {
            m_context.fail(tr("'%1' is not a registry URL; use the form https://host/").arg(value));
            return finish(1);
        }
        m_context.registry = url;
        m_context.registryGiven = true;
    }
    if (rest.isEmpty()) {
        printHelp();
        return finish(1);
    }
    const QString name = rest.takeFirst();
    const auto &table = commandTable();
    const auto it = table.find(name);
    if (it == table.end()) {
        m_context.fail(
            tr("unknown command '%1'. Run 'tokendesk-cli --help' for the list of commands.")
                .arg(name));
        return finish(1);
    }
    if (asksForHelp(rest)) {
        m_context.out << commandUsage(name) << Qt::endl;
        return finish(0);
    }
    Command *command = it->second.create(this);
    connect(command, &Command::finished, this, &Cli::finish);
    command->run(rest, m_context);
}

void Cli::printHelp()
{
    QTextStream &out = m_context.out;
    out << tr("Usage: tokendesk-cli [--registry URL] [--timeout SECONDS] [--json] <command> "
              "[options]")
        << "\n\n"
        << tr("Manage npm access tokens, sessions and trusted publishing from a terminal.")
        << "\n\n"
        << tr("Global options:") << "\n"
        << "  --registry URL   " << tr("registry to talk to (default https://registry.npmjs.org/)")
        << "\n"
        << "  --timeout SECONDS "
        << tr("give up on a registry request after this long (default 60)") << "\n"
        << "  --json           " << tr("machine-readable output") << "\n"
        << "  --help           " << tr("show this help") << "\n"
        << "  --version        " << tr("show the version") << "\n\n"
        << tr("Commands:") << "\n";
    for (const auto &[name, entry] : commandTable())
        out << "  " << name.leftJustified(16) << ' ' << entry.summary << "\n";
    if (commandTable().empty())
        out << "  " << tr("(none yet in this build)") << "\n";
    out << "\n"
        << tr("Secrets are read from standard input (--password-stdin), never from arguments.")
        << Qt::endl;
}

void Cli::finish(int exitCode)
{
    m_context.out.flush();
    m_context.err.flush();
    // Let the command's own finished() handler unwind before the application quits.
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

} // namespace td::cli
