// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageReadCommands.h"

#include "cli/ArgReader.h"

#include "LoginSupport.h"
#include "StageOutput.h"
#include "cli/CliContext.h"
#include "core/registry/json/StageDto.h"
#include "core/stage/StageClient.h"
#include "core/stage/TarballReader.h"
#include "core/util/AtomicFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td::cli {

std::optional<QStringList> stagePositionals(const QStringList &arguments, CliContext &context,
                                            const QString &command)
{
    // --json and the other global flags were taken by Cli; a stage subcommand has no flags.
    ArgReader reader(QStringLiteral("stage ") + command, {});
    if (!reader.read(arguments)) {
        context.fail(reader.error());
        return std::nullopt;
    }
    return reader.positionals() + reader.afterDashes();
}

namespace {
// One positional <stage-id>, checked as npm checks it, or a failure already reported.
std::optional<QString> singleStageId(const QStringList &arguments, CliContext &context,
                                     const QString &command)
{
    const std::optional<QStringList> positionals = stagePositionals(arguments, context, command);
    if (!positionals)
        return std::nullopt;
    if (positionals->isEmpty()) {
        context.fail(
            QCoreApplication::translate("td::cli::StageCommand", "Missing required <stage-id>"));
        return std::nullopt;
    }
    if (const Result<void> valid = checkStageId(positionals->first()); !valid) {
        context.fail(valid.error().message);
        return std::nullopt;
    }
    return positionals->first();
}
} // namespace

QString StageListCommand::summary()
{
    return tr("list the staged versions you may see (npm stage list)");
}

StageListCommand::StageListCommand(QObject *parent) : StageSubcommand(parent) { }

StageListCommand::~StageListCommand() = default;

void StageListCommand::run(const QStringList &arguments, CliContext &context)
{
    const std::optional<QStringList> positionals
        = stagePositionals(arguments, context, QStringLiteral("list"));
    if (!positionals)
        return Q_EMIT finished(1);
    QString filter;
    if (!positionals->isEmpty()) {
        const std::optional<QString> name = stageListPackage(positionals->first());
        if (!name)
            return fail(context,
                        tr("Version specifiers are not supported for listing staged packages"));
        filter = *name;
    }
    m_services = new LoginServices(context, this);
    if (const Result<Account> current = m_services->currentAccount(); !current)
        return fail(context, current.error());
    m_source = std::make_unique<SessionStageSource>(m_services->sessions(), m_services->accounts(),
                                                    context.registry);
    m_timer = std::make_unique<QtDelayTimer>();
    m_inbox = new StageInbox(*m_source, m_services->clock(), *m_timer, QString(), this);
    m_inbox->setPackageFilter(filter);
    connect(m_inbox, &StageInbox::updated, this,
            [this, &context, filter] { print(context, filter); });
    m_inbox->pollNow();
}

void StageListCommand::print(CliContext &context, const QString &filter)
{
    bool anyPolled = false;
    Error problem = makeError(ErrorCode::ENEEDAUTH, {});
    for (const StageInbox::AccountState &state : m_inbox->accounts()) {
        anyPolled = anyPolled || state.polled;
        if (!state.polled)
            problem = makeError(state.code, state.problem);
    }
    if (!anyPolled)
        return fail(context, problem); // every account needs a new sign-in (or failed)
    for (const StageInbox::AccountState &state : m_inbox->accounts())
        if (!state.polled)
            context.err << tr("tokendesk-cli: not listed: %1").arg(state.problem) << '\n';
    if (context.json)
        context.out << QString::fromUtf8(json::stageItemsJson(m_inbox->releases())) << '\n';
    else
        context.out << stageListText(m_inbox->releases(), filter);
    context.out.flush();
    Q_EMIT finished(0);
}

QString StageViewCommand::summary()
{
    return tr("show one staged version (npm stage view)");
}

void StageViewCommand::run(const QStringList &arguments, CliContext &context)
{
    const std::optional<QString> id = singleStageId(arguments, context, QStringLiteral("view"));
    if (!id)
        return Q_EMIT finished(1);
    withStageClient(context, [this, &context, id](StageClient &client) {
        client.view(*id, [this, &context](Result<StagedRelease> item) {
            if (!item)
                return fail(context, item.error());
            if (context.json)
                context.out << QString::fromUtf8(json::stageItemJson(item.value())) << '\n';
            else
                context.out << stageItemText(item.value()) << '\n';
            context.out.flush();
            Q_EMIT finished(0);
        });
    });
}

QString StageDownloadCommand::summary()
{
    return tr("save a staged tarball in the current folder (npm stage download)");
}

namespace {
QJsonObject downloadJson(const TarballContents &contents, const QString &name,
                         const QString &version, const QString &file, const QByteArray &tgz)
{
    QJsonArray files;
    for (const TarballFile &f : contents.files)
        files.append(QJsonObject{{QStringLiteral("path"), f.path},
                                 {QStringLiteral("size"), double(f.size)},
                                 {QStringLiteral("mode"), f.mode}});
    return QJsonObject{
        {QStringLiteral("id"), QString(name + QLatin1Char('@') + version)},
        {QStringLiteral("name"), name},
        {QStringLiteral("version"), version},
        {QStringLiteral("size"), double(tgz.size())},
        {QStringLiteral("unpackedSize"), double(contents.unpackedSize)},
        {QStringLiteral("shasum"),
         QString::fromLatin1(QCryptographicHash::hash(tgz, QCryptographicHash::Sha1).toHex())},
        {QStringLiteral("integrity"),
         QString(QStringLiteral("sha512-")
                 + QString::fromLatin1(
                     QCryptographicHash::hash(tgz, QCryptographicHash::Sha512).toBase64()))},
        {QStringLiteral("filename"), file},
        {QStringLiteral("files"), files},
        {QStringLiteral("entryCount"), int(contents.files.size())},
        {QStringLiteral("bundled"), QJsonArray()}};
}
} // namespace

void StageDownloadCommand::run(const QStringList &arguments, CliContext &context)
{
    const std::optional<QString> id = singleStageId(arguments, context, QStringLiteral("download"));
    if (!id)
        return Q_EMIT finished(1);
    withStageClient(context, [this, &context, id](StageClient &client) {
        client.download(*id, [this, &context, id](Result<QByteArray> tgz) {
            if (!tgz)
                return fail(context, tgz.error());
            const Result<TarballContents> contents = TarballReader::read(tgz.value());
            if (!contents)
                return fail(context, contents.error());
            const TarballFile *manifestFile = contents.value().find(QStringLiteral("package.json"));
            const QJsonObject manifest = manifestFile
                ? QJsonDocument::fromJson(manifestFile->content).object()
                : QJsonObject();
            const QString name = manifest.value(QLatin1String("name")).toString();
            const QString version = manifest.value(QLatin1String("version")).toString();
            const QString file = stageDownloadFileName(name, version, *id);
            if (file.isEmpty())
                return fail(context, tr("Could not read package.json from tarball"));
            if (const Result<void> saved
                = writeFileAtomically(QDir::current().filePath(file), tgz.value(),
                                      kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther);
                !saved)
                return fail(context, saved.error());
            if (context.json) {
                const QJsonObject keyed{
                    {name, downloadJson(contents.value(), name, version, file, tgz.value())}};
                context.out << QJsonDocument(keyed).toJson(QJsonDocument::Indented);
            } else {
                context.err << tr("package: %1@%2").arg(name, version) << '\n'
                            << tr("total files: %1").arg(contents.value().files.size()) << '\n';
                context.out << file << '\n';
            }
            context.out.flush();
            Q_EMIT finished(0);
        });
    });
}

QString StageDiffCommand::summary()
{
    return tr("compare a staged version with the last published one");
}

void StageDiffCommand::run(const QStringList &arguments, CliContext &context)
{
    const std::optional<QString> id = singleStageId(arguments, context, QStringLiteral("diff"));
    if (!id)
        return Q_EMIT finished(1);
    withStageClient(context, [this, &context, id](StageClient &client) {
        client.diff(*id, [this, &context](Result<ReleaseDiff> diff) {
            if (!diff)
                return fail(context, diff.error());
            if (context.json)
                context.out << QString::fromUtf8(releaseDiffJson(diff.value()));
            else
                context.out << diff.value().toText();
            context.out.flush();
            Q_EMIT finished(0);
        });
    });
}

} // namespace td::cli
