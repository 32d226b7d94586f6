// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorCommand.h"

#include "MigrateSupport.h"
#include "cli/CliContext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td::cli {

namespace {
QString statusOf(const TokenMatch &match)
{
    switch (match.outcome) {
    case MatchOutcome::MatchesToken:
        return match.verifiedLive ? QStringLiteral("alive") : QStringLiteral("listed");
    case MatchOutcome::AliveUnlisted:
        return QStringLiteral("alive");
    case MatchOutcome::Dead:
        return QStringLiteral("dead");
    case MatchOutcome::UnknownRegistry:
    case MatchOutcome::NotCheckable:
        break;
    }
    return QStringLiteral("unknown");
}

QString expiryOf(const TokenMatch &match)
{
    if (!match.token)
        return QStringLiteral("-");
    if (!match.token->hasExpiry())
        return QCoreApplication::translate("td::cli::Doctor", "never");
    return match.token->expires.toUTC().toString(Qt::ISODate);
}
} // namespace

QString DoctorCommand::summary()
{
    return tr("find every npm token on this machine and check it");
}

void DoctorCommand::run(const QStringList &arguments, CliContext &context)
{
    auto options = SurveyOptions::parse(arguments, QStringLiteral("doctor"));
    if (!options) {
        context.fail(options.error().message);
        return Q_EMIT finished(1);
    }
    if (const QStringList stray
        = options.value().args.positionals() + options.value().args.afterDashes();
        !stray.isEmpty()) {
        context.fail(tr("doctor: unknown argument '%1'").arg(stray.first()));
        return Q_EMIT finished(1);
    }
    // Checked before signing in: a mistyped folder would otherwise scan nothing and look clean.
    for (const QString &folder : options.value().projectFolders) {
        if (!QFileInfo(folder).isDir()) {
            context.fail(tr("doctor: the project folder %1 does not exist").arg(folder));
            return Q_EMIT finished(1);
        }
    }
    auto *services = new MigrateServices(context, options.value(), this);
    services->survey([this, services, &context](Result<Survey> survey) {
        if (!survey)
            return Q_EMIT finished(1);
        const Survey &s = survey.value();
        const QDateTime now = services->clock().now();
        const int attention = s.needsAttention(now);
        if (context.json) {
            QJsonArray findings;
            for (const TokenUse &use : s.uses) {
                QJsonObject json = use.finding.toJson();
                json.insert(QStringLiteral("status"), statusOf(use.match));
                json.insert(QStringLiteral("match"), matchOutcomeId(use.match.outcome));
                if (use.match.token) {
                    json.insert(QStringLiteral("tokenKey"), use.match.token->key);
                    json.insert(QStringLiteral("tokenName"), use.match.token->name);
                    json.insert(QStringLiteral("tokenKind"), tokenKindId(use.match.token->kind));
                    json.insert(QStringLiteral("expires"), expiryOf(use.match));
                }
                findings.append(json);
            }
            QJsonArray problems;
            for (const Error &problem : s.scan.problems)
                problems.append(problem.oneLine());
            const QJsonObject root{{QStringLiteral("findings"), findings},
                                   {QStringLiteral("problems"), problems},
                                   {QStringLiteral("needsAttention"), attention}};
            context.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        } else {
            QList<QStringList> table{
                {tr("WHERE"), tr("KIND"), tr("STATUS"), tr("MATCH"), tr("EXPIRES")}};
            for (const TokenUse &use : s.uses) {
                const QString match = use.match.token
                    ? QStringLiteral("%1 (%2)").arg(use.match.token->name,
                                                    tokenKindLabel(use.match.token->kind))
                    : matchOutcomeId(use.match.outcome);
                table.append({use.finding.location(), credentialFormLabel(use.finding.form),
                              statusOf(use.match), match, expiryOf(use.match)});
            }
            MigrateServices::printTable(context.out, table);
            if (s.uses.isEmpty())
                context.out << tr("No npm credentials found.") << '\n';
            for (const Error &problem : s.scan.problems)
                context.out << tr("warning: %1").arg(problem.oneLine()) << '\n';
            if (attention > 0)
                context.out << tr("%n token(s) in use need attention (classic, dead or expiring "
                                  "soon). Run 'tokendesk-cli migrate' to see the plan.",
                                  nullptr, attention)
                            << '\n';
        }
        context.out.flush();
        Q_EMIT finished(attention > 0 ? 1 : 0);
    });
}

} // namespace td::cli
