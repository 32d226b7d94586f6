// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageDecideCommand.h"

#include "cli/ArgReader.h"

#include "LoginSupport.h"
#include "StageReadCommands.h"
#include "cli/CliContext.h"
#include "core/stage/ApprovalOrder.h"
#include "core/stage/StageClient.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td::cli {

StageDecideCommand::StageDecideCommand(StageBatch::Action action, QObject *parent)
    : StageSubcommand(parent), m_action(action)
{ }

QString StageDecideCommand::summary(bool approve)
{
    return approve ? tr("approve staged versions, publishing them (npm stage approve)")
                   : tr("reject staged versions, deleting them (npm stage reject)");
}

QString StageDecideCommand::verb() const
{
    return m_action == StageBatch::Action::Approve ? QStringLiteral("approve")
                                                   : QStringLiteral("reject");
}

std::optional<StageDecideCommand::Options> StageDecideCommand::parse(const QStringList &arguments,
                                                                     CliContext &context)
{
    Options options;
    ArgReader reader(QStringLiteral("stage ") + verb(),
                     {{QStringLiteral("--all"), ArgReader::Switch},
                      {QStringLiteral("--package"), ArgReader::Value},
                      {QStringLiteral("--otp"), ArgReader::Value},
                      {QStringLiteral("--auth-type"), ArgReader::Value},
                      {QStringLiteral("--project"), ArgReader::List}});
    if (!reader.read(arguments)) {
        context.fail(reader.error());
        return std::nullopt;
    }
    options.all = reader.isSet(QStringLiteral("--all"));
    options.package = reader.value(QStringLiteral("--package"));
    options.otp = reader.value(QStringLiteral("--otp"));
    if (const QString authType = reader.value(QStringLiteral("--auth-type")); !authType.isNull()) {
        if (authType != QLatin1String("web") && authType != QLatin1String("legacy")) {
            context.fail(tr("--auth-type is web or legacy"));
            return std::nullopt;
        }
        options.legacy = authType == QLatin1String("legacy");
    }
    for (const QString &project : reader.values(QStringLiteral("--project")))
        options.projects << QFileInfo(project).absoluteFilePath();
    for (const QString &id : reader.positionals() + reader.afterDashes()) {
        if (const Result<void> valid = checkStageId(id); !valid) {
            context.fail(valid.error().message);
            return std::nullopt;
        }
        if (!options.ids.contains(id))
            options.ids << id;
    }
    if (options.ids.isEmpty() && !options.all) {
        context.fail(tr("Missing required <stage-id> (or --all for every staged version)"));
        return std::nullopt;
    }
    if (!options.ids.isEmpty() && options.all) {
        context.fail(tr("Give stage ids or --all, not both"));
        return std::nullopt;
    }
    if (!options.package.isEmpty() && !options.all) {
        context.fail(tr("--package only goes with --all"));
        return std::nullopt;
    }
    options.legacy = options.legacy || !options.otp.isEmpty();
    return options;
}

void StageDecideCommand::run(const QStringList &arguments, CliContext &context)
{
    const std::optional<Options> options = parse(arguments, context);
    if (!options)
        return Q_EMIT finished(1);
    m_options = *options;
    withStageClient(context, [this, &context](StageClient &client) {
        client.registry().setAuthType(m_options.legacy ? RegistryClient::AuthType::Legacy
                                                       : RegistryClient::AuthType::Web);
        if (!m_options.otp.isEmpty())
            m_services->prompt().setPresetCode(SecretBuffer::fromString(m_options.otp));
        client.list(m_options.package, [this, &context](Result<QList<StagedRelease>> staged) {
            if (!staged)
                return fail(context, staged.error());
            decide(staged.value(), context);
        });
    });
}

void StageDecideCommand::decide(const QList<StagedRelease> &staged, CliContext &context)
{
    const bool approving = m_action == StageBatch::Action::Approve;
    QList<StagedRelease> chosen;
    if (m_options.all) {
        for (const StagedRelease &release : staged) {
            if (release.isPlaceholder())
                continue; // npm's placeholder is never a release to approve
            if (approving && release.isValidating()) {
                context.err << tr("Skipping %1 (%2): still being validated by the registry.")
                                   .arg(release.spec(), release.id)
                            << '\n';
                continue;
            }
            chosen << release;
        }
    } else {
        for (const QString &id : std::as_const(m_options.ids)) {
            const auto it = std::find_if(staged.cbegin(), staged.cend(),
                                         [&id](const StagedRelease &r) { return r.id == id; });
            if (it == staged.cend())
                return fail(context,
                            stageError(makeError(ErrorCode::E404, {}), StageAction::View, id));
            chosen << *it;
        }
    }
    if (chosen.isEmpty()) {
        context.out << (m_options.package.isEmpty()
                            ? QStringLiteral("No staged packages found.\n")
                            : QStringLiteral("No staged versions of package name \"%1\".\n")
                                  .arg(m_options.package));
        context.out.flush();
        return Q_EMIT finished(0);
    }
    const ApprovalPlan plan = ApprovalOrder::plan(chosen, m_options.projects);
    if (plan.workspaceOrder && plan.releases.size() > 1)
        context.err << tr("In the dependency order of the workspace in %1.").arg(plan.folder)
                    << '\n';
    if (!approving)
        context.err << tr("Rejecting will permanently delete this staged publish record and "
                          "tarball from the registry.")
                    << '\n';
    if (!m_options.legacy && plan.releases.size() > 1)
        context.err << tr("Each staged version needs its own approval in the browser (npm's "
                          "\"skip 2FA for 5 minutes\" does not cover them); with --otp CODE one "
                          "code serves them all while it is valid.")
                    << '\n';
    m_batch = new StageBatch(*m_client, &m_services->prompt(), m_services->clock(), this);
    connect(m_batch, &StageBatch::itemStarted, this, [this, &context, approving](int index, int) {
        const QString id = m_batch->outcomes().at(index).release.id;
        context.err << (approving ? tr("Approving staged package %1").arg(id)
                                  : tr("Rejecting staged package %1").arg(id))
                    << Qt::endl;
    });
    connect(
        m_batch, &StageBatch::itemFinished, this,
        [this, &context, approving](int index, bool ok, const QString &) {
            if (!ok || context.json)
                return;
            const QString id = m_batch->outcomes().at(index).release.id;
            // npm's own sentences, untranslated, as `npm stage approve|reject` print them.
            context.out << (approving
                                ? QStringLiteral("Staged package %1 approved and published "
                                                 "successfully.")
                                      .arg(id)
                                : QStringLiteral("Staged package %1 has been rejected.").arg(id))
                        << Qt::endl;
        });
    connect(m_batch, &StageBatch::finished, this,
            [this, &context](bool allOk) { report(context, allOk); });
    m_batch->run(plan.releases, m_action);
}

void StageDecideCommand::report(CliContext &context, bool allOk)
{
    const bool approving = m_action == StageBatch::Action::Approve;
    const auto &outcomes = m_batch->outcomes();
    if (context.json) {
        QJsonArray rows;
        for (const StageBatch::Outcome &o : outcomes) {
            QJsonObject row{{QStringLiteral("id"), o.release.id},
                            {QStringLiteral("packageName"), o.release.packageName},
                            {QStringLiteral("version"), o.release.version}};
            row.insert(QStringLiteral("result"),
                       !o.attempted         ? QStringLiteral("not attempted")
                           : !o.result.ok() ? QStringLiteral("failed")
                           : approving      ? QStringLiteral("approved")
                                            : QStringLiteral("rejected"));
            if (o.attempted && !o.result.ok())
                row.insert(QStringLiteral("error"), o.result.error().oneLine());
            rows.append(row);
        }
        context.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        context.out.flush();
    }
    if (allOk)
        return Q_EMIT finished(0);
    QStringList notTried;
    const Error *error = nullptr;
    for (const StageBatch::Outcome &o : outcomes) {
        if (!o.attempted)
            notTried << o.release.spec();
        else if (!o.result.ok() && !error)
            error = &o.result.error();
    }
    if (!notTried.isEmpty())
        context.err
            << tr("Not attempted after the failure: %1").arg(notTried.join(QStringLiteral(", ")))
            << '\n';
    fail(context, error ? *error : makeError(ErrorCode::Cancelled, tr("Stopped.")));
}

} // namespace td::cli
