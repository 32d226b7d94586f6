// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "ArgReader.h"
#include "Command.h"
#include "CommandUsage.h"
#include "cli/commands/CiCommand.h"
#include "cli/commands/CompletionIdsCommand.h"
#include "cli/commands/DiagnoseCommand.h"
#include "cli/commands/DoctorCommand.h"
#include "cli/commands/LockdownCommand.h"
#include "cli/commands/LoginCommand.h"
#include "cli/commands/LogoutCommand.h"
#include "cli/commands/MigrateCommand.h"
#include "cli/commands/PublishingCommand.h"
#include "cli/commands/RunCommand.h"
#include "cli/commands/StageCommand.h"
#include "cli/commands/TokenCommand.h"
#include "cli/commands/TrustCommand.h"
#include "cli/commands/VerifyCommand.h"
#include "cli/commands/WatchCommand.h"
#include "cli/commands/WhoamiCommand.h"
#include "core/secrets/KeychainSecretStore.h"
#include "td/Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcessEnvironment>
#include <QTimer>

namespace td::cli {

const std::map<QString, Cli::Entry> &Cli::commandTable()
{
    static const std::map<QString, Entry> table = {
        {QStringLiteral("ci"),
         {CiCommand::summary(), [](QObject *p) { return new CiCommand(p); }, true}},
        {QStringLiteral("completion-ids"),
         {CompletionIdsCommand::summary(), [](QObject *p) { return new CompletionIdsCommand(p); }}},
        {QStringLiteral("diagnose"),
         {DiagnoseCommand::summary(), [](QObject *p) { return new DiagnoseCommand(p); }}},
        {QStringLiteral("doctor"),
         {DoctorCommand::summary(), [](QObject *p) { return new DoctorCommand(p); }, true}},
        {QStringLiteral("lockdown"),
         {LockdownCommand::summary(), [](QObject *p) { return new LockdownCommand(p); }, true}},
        {QStringLiteral("login"),
         {LoginCommand::summary(), [](QObject *p) { return new LoginCommand(p); }}},
        {QStringLiteral("logout"),
         {LogoutCommand::summary(), [](QObject *p) { return new LogoutCommand(p); }}},
        {QStringLiteral("publishing"),
         {PublishingCommand::summary(), [](QObject *p) { return new PublishingCommand(p); }, true}},
        {QStringLiteral("run"),
         {RunCommand::summary(), [](QObject *p) { return new RunCommand(p); }, true}},
        {QStringLiteral("migrate"),
         {MigrateCommand::summary(), [](QObject *p) { return new MigrateCommand(p); }, true}},
        {QStringLiteral("stage"),
         {StageCommand::summary(), [](QObject *p) { return new StageCommand(p); }, true}},
        {QStringLiteral("token"),
         {TokenCommand::summary(), [](QObject *p) { return new TokenCommand(p); }, true}},
        {QStringLiteral("trust"),
         {TrustCommand::summary(), [](QObject *p) { return new TrustCommand(p); }, true}},
        {QStringLiteral("verify"),
         {VerifyCommand::summary(), [](QObject *p) { return new VerifyCommand(p); }}},
        {QStringLiteral("watch"),
         {WatchCommand::summary(), [](QObject *p) { return new WatchCommand(p); }, true}},
        {QStringLiteral("whoami"),
         {WhoamiCommand::summary(), [](QObject *p) { return new WhoamiCommand(p); }, true}},
    };
    return table;
}

Cli::Cli(QStringList arguments, QIODevice *in, QIODevice *out, QIODevice *err, QObject *parent)
    : QObject(parent), m_arguments(std::move(arguments)), m_context(in, out, err)
{ }

namespace {

// npm's global flags, read before or after the command and its subcommand (as npm does).
ArgReader globalReader(const QList<ArgReader::Option> &commandFlags = {})
{
    QList<ArgReader::Option> options{
        {QStringLiteral("--registry"), ArgReader::Value, false,
         Cli::tr("--registry needs a URL, for example --registry https://registry.npmjs.org/")},
        {QStringLiteral("--timeout"), ArgReader::Value, false,
         Cli::tr("--timeout needs a number of seconds from 1 to 3600, for example --timeout 120")},
        {QStringLiteral("--userconfig"), ArgReader::Value, false, {}},
        {QStringLiteral("--json"), ArgReader::Switch, false, {}},
        {QStringLiteral("--version"), ArgReader::Switch, false, {}},
    };
    ArgReader reader(QString(), options + commandFlags);
    reader.setKeepUnknown(true);
    return reader;
}

} // namespace

// Takes the global flags `reader` read into the context; false after reporting a bad value.
bool Cli::applyGlobals(const ArgReader &reader)
{
    if (reader.isSet(QStringLiteral("--json")))
        m_context.json = true;
    if (const QString text = reader.value(QStringLiteral("--timeout")); !text.isNull()) {
        bool ok = false;
        const int seconds = text.toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            m_context.fail(tr("--timeout needs a number of seconds from 1 to 3600, for "
                              "example --timeout 120"));
            return false;
        }
        m_context.timeoutSeconds = seconds;
    }
    if (const QString file = reader.value(QStringLiteral("--userconfig")); !file.isNull())
        m_context.userConfig = file;
    if (const QString value = reader.value(QStringLiteral("--registry")); !value.isNull()) {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty()) {
            m_context.fail(tr("'%1' is not a registry URL; use the form https://host/").arg(value));
            return false;
        }
        m_context.registry = url;
        m_context.registryGiven = true;
    }
    return true;
}

void Cli::start()
{
    // First the flags before the command, up to its name.
    ArgReader before = globalReader();
    before.setStopAtPositional(true);
    if (!before.read(m_arguments.mid(1))) {
        m_context.fail(before.error());
        return finish(1);
    }
    if (!before.kept().isEmpty() && before.kept().constFirst().startsWith(QLatin1Char('-'))
        && before.kept().constFirst() != QLatin1String("--")) {
        m_context.fail(ArgReader::unknownOptionError(QString(), before.kept().constFirst()));
        return finish(1);
    }
    if (before.isSet(QStringLiteral("--version"))) {
        m_context.out << "tokendesk-cli " << td::kVersion << Qt::endl;
        return finish(0);
    }
    const QStringList afterGlobals = before.sawDashes() ? QStringList() : before.afterDashes();
    if (afterGlobals.isEmpty()) {
        if (!applyGlobals(before))
            return finish(1);
        printHelp();
        return finish(before.helpAsked() ? 0 : 1);
    }
    const QString name = afterGlobals.first();
    const auto &table = commandTable();
    const auto it = table.find(name);
    if (it == table.end()) {
        if (!applyGlobals(before))
            return finish(1);
        m_context.fail(
            tr("unknown command '%1'. Run 'tokendesk-cli --help' for the list of commands.")
                .arg(name));
        return finish(1);
    }
    // Then the global flags among the command's own. `run` hands everything from its program on
    // to that program untouched, so there reading stops at the program (or at "--").
    const bool startsProgram = name == QLatin1String("run");
    ArgReader after = globalReader(
        startsProgram
            ? QList<ArgReader::Option>{{QStringLiteral("--token"), ArgReader::Value, true, {}}}
            : QList<ArgReader::Option>{});
    after.setStopAtPositional(startsProgram);
    if (!after.read(afterGlobals.mid(1))) {
        m_context.fail(after.error());
        return finish(1);
    }
    if (!applyGlobals(before) || !applyGlobals(after))
        return finish(1);
    if (before.helpAsked() || after.helpAsked()) {
        m_context.out << commandUsage(name) << Qt::endl;
        return finish(0);
    }
    if (it->second.readsSecret)
        KeychainSecretStore::openSessionAhead();
    if (!m_context.resolveRegistry(QProcessEnvironment::systemEnvironment(), QDir::homePath(),
                                   QDir::currentPath()))
        return finish(1);
    m_command = it->second.create(this);
    connect(m_command, &Command::finished, this, &Cli::finish);
    m_command->run(after.kept(), m_context);
}

bool Cli::commandLeftNothingToTearDown() const
{
    return m_command && m_command->leavesNothingToTearDown();
}

void Cli::printHelp()
{
    QTextStream &out = m_context.out;
    out << tr("Usage: tokendesk-cli <command> [options]") << "\n\n"
        << tr("Manage npm access tokens, sessions and trusted publishing from a terminal.")
        << "\n\n"
        << tr("Global options (before or after the command, as with npm):") << "\n"
        << "  --registry URL   "
        << tr("registry to talk to (default: the one npm is configured with: "
              "npm_config_registry, the project's .npmrc, the user's, the global npmrc; else "
              "https://registry.npmjs.org/)")
        << "\n"
        << "  --userconfig FILE " << tr("npm's user configuration file instead of ~/.npmrc") << "\n"
        << "  --timeout SECONDS "
        << tr("give up on a registry request after this long (default 60)") << "\n"
        << "  --json           " << tr("machine-readable output") << "\n"
        << "  -h, --help       " << tr("show this help, or a command's") << "\n"
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
