// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublishingCommand.h"

#include "MigrateSupport.h"
#include "PublishingOutput.h"
#include "cli/CliContext.h"
#include "core/publishing/PublishPathSurvey.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace td::cli {

QString PublishingCommand::summary()
{
    return tr("every package's publish path and its January 2027 verdict");
}

void PublishingCommand::run(const QStringList &arguments, CliContext &context)
{
    auto options = SurveyOptions::parse(arguments, QStringLiteral("publishing"));
    if (!options) {
        context.fail(options.error().message);
        return Q_EMIT finished(1);
    }
    if (const QStringList stray
        = options.value().args.positionals() + options.value().args.afterDashes();
        !stray.isEmpty()) {
        context.fail(tr("publishing: unknown argument '%1'").arg(stray.first()));
        return Q_EMIT finished(1);
    }
    // Checked before signing in: a mistyped folder would otherwise scan nothing and look clean.
    for (const QString &folder : options.value().projectFolders) {
        if (!QFileInfo(folder).isDir()) {
            context.fail(tr("publishing: the project folder %1 does not exist").arg(folder));
            return Q_EMIT finished(1);
        }
    }
    auto *services = new MigrateServices(context, options.value(), this);
    services->survey([this, services, &context](Result<Survey> survey) {
        if (!survey)
            return Q_EMIT finished(1);
        for (const Error &problem : survey.value().scan.problems)
            context.err << tr("warning: %1").arg(problem.oneLine()) << '\n';
        PublishPathAccount account;
        account.accountId = services->account().id;
        account.registry = services->account().registry.toString();
        account.client = services->client();
        account.packages = services->input().maintainedPackages;
        account.tokens = services->input().tokens;
        account.uses = survey.value().uses;
        auto *paths = new PublishPathSurvey(services->clock(), this);
        connect(paths, &PublishPathSurvey::finished, this,
                [this, &context](const QList<PackagePublishPath> &result) {
                    if (context.json)
                        context.out << QJsonDocument(publishingJson(result))
                                           .toJson(QJsonDocument::Indented);
                    else
                        printPublishing(context.out, result);
                    context.out.flush();
                    Q_EMIT finished(atRiskCount(result) > 0 ? 1 : 0);
                });
        paths->start({account});
    });
}

} // namespace td::cli
