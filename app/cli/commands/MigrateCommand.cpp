// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrateCommand.h"

#include "MigrateSupport.h"
#include "cli/CliContext.h"
#include "core/publishing/PublishPathClassifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace td::cli {

namespace {
QString tokenLabel(const PlanRow &row)
{
    if (row.oldToken && !row.oldToken->name.isEmpty())
        return QStringLiteral("%1 (%2)").arg(row.oldToken->name,
                                             tokenKindLabel(row.oldToken->kind));
    if (!row.identity.redacted.isEmpty())
        return row.identity.redacted;
    return row.references.isEmpty() ? QStringLiteral("-") : row.references.first().variable;
}

std::optional<PlanAction> actionFromId(const QString &id)
{
    for (PlanAction action :
         {PlanAction::CreateReadWrite, PlanAction::CreateReadOnly, PlanAction::CreateBypass2fa,
          PlanAction::CreateStageOnly, PlanAction::Rotate, PlanAction::TrustedPublishing,
          PlanAction::RemoveLine, PlanAction::Keep, PlanAction::Revoke,
          PlanAction::ReplaceWithout}) {
        if (planActionId(action) == id)
            return action;
    }
    return std::nullopt;
}

// --to stage-only (issue 14's way out): every direct-publish token in use (granular read-write,
// bypass-2FA or not, classic publish/automation) is replaced by a stage-only token, references
// rewritten; every other row is kept as it is. The planner offers stage-only for bypass and
// classic tokens only; a plain read-write token gets it as a choice here.
bool chooseStageOnly(const ReplacementPlanner &planner, QList<PlanRow> &plan)
{
    bool any = false;
    for (PlanRow &row : plan) {
        const bool direct = row.outcome == MatchOutcome::MatchesToken && row.oldToken
            && row.oldToken->canWrite() && isDirectPublishToken(tokenRoute(*row.oldToken));
        if (!direct) {
            planner.choose(row, PlanAction::Keep);
            continue;
        }
        if (!row.choices.contains(PlanAction::CreateStageOnly))
            row.choices.append(PlanAction::CreateStageOnly);
        any = planner.choose(row, PlanAction::CreateStageOnly) || any;
    }
    return any;
}

// The last run's journal, when there is one (a damaged one is an error).
std::optional<Result<MigrationJournal>> lastJournal()
{
    if (!QFile::exists(MigrateServices::journalPath()))
        return std::nullopt;
    return MigrationJournal::load(MigrateServices::journalPath());
}

// An unfinished journal means an interrupted run: it must be resumed or rolled back first.
std::optional<bool> journalUnfinished()
{
    const auto journal = lastJournal();
    if (!journal)
        return std::nullopt;
    return !journal->ok() || !journal->value().isFinished();
}

// Old tokens whose revoke failed: `--resume` retries them.
bool revokePending()
{
    const auto journal = lastJournal();
    return journal && journal->ok() && !journal->value().rowsAwaitingRevokeRetry().isEmpty();
}
} // namespace

Result<int> MigrateCommand::waitingRow(const QString &rowOrToken)
{
    auto journal = MigrationJournal::load(MigrateServices::journalPath());
    if (!journal)
        return makeError(ErrorCode::NotFound,
                         tr("there is no migration waiting for a confirmation"));
    const QList<int> waiting
        = journal.value().rowsAwaitingConfirmation() + journal.value().rowsAwaitingRevokeRetry();
    bool isNumber = false;
    const int number = rowOrToken.toInt(&isNumber);
    for (int row : waiting) {
        const QJsonObject r = journal.value().row(row);
        const bool matches = isNumber
            ? number == row + 1
            : (rowOrToken == r.value(QStringLiteral("oldKey")).toString()
               || rowOrToken == r.value(QStringLiteral("newKey")).toString()
               || rowOrToken == r.value(QStringLiteral("oldRedacted")).toString());
        if (matches)
            return row;
    }
    QStringList rows;
    for (int row : waiting)
        rows.append(QString::number(row + 1));
    return makeError(ErrorCode::InvalidInput,
                     rows.isEmpty()
                         ? tr("no row of the last migration waits for a confirmation")
                         : tr("'%1' is not a row waiting for a confirmation (waiting: %2)")
                               .arg(rowOrToken, rows.join(QStringLiteral(", "))));
}

QString MigrateCommand::summary()
{
    return tr("plan (or --apply) the move off classic and long-lived tokens");
}

void MigrateCommand::printPlan(const Survey &survey, CliContext &context)
{
    if (context.json) {
        QJsonArray rows;
        for (const PlanRow &row : survey.plan) {
            QJsonArray refs, choices;
            for (const CredentialFinding &ref : row.references)
                refs.append(ref.toJson());
            for (PlanAction choice : row.choices)
                choices.append(planActionId(choice));
            rows.append(QJsonObject{
                {QStringLiteral("token"), tokenLabel(row)},
                {QStringLiteral("oldKey"), row.oldToken ? row.oldToken->key : QString()},
                {QStringLiteral("match"), matchOutcomeId(row.outcome)},
                {QStringLiteral("action"), planActionId(row.action)},
                {QStringLiteral("pendingRevoke"), row.pendingRevoke},
                {QStringLiteral("choices"), choices},
                {QStringLiteral("references"), refs},
                {QStringLiteral("warnings"), QJsonArray::fromStringList(row.warnings)},
                {QStringLiteral("notes"), QJsonArray::fromStringList(row.notes)}});
        }
        context.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        for (const Error &problem : survey.scan.problems)
            context.err << tr("warning: %1").arg(problem.oneLine()) << '\n';
        return;
    }
    QList<QStringList> table{{tr("ROW"), tr("TOKEN"), tr("ACTION"), tr("USED IN")}};
    for (qsizetype i = 0; i < survey.plan.size(); ++i) {
        const PlanRow &row = survey.plan.at(i);
        QStringList places;
        for (const CredentialFinding &ref : row.references)
            places.append(ref.location());
        table.append({QString::number(i + 1), tokenLabel(row),
                      row.pendingRevoke ? tr("revoke pending: retry") : planActionId(row.action),
                      places.join(QStringLiteral("; "))});
    }
    MigrateServices::printTable(context.out, table);
    for (qsizetype i = 0; i < survey.plan.size(); ++i) {
        const PlanRow &row = survey.plan.at(i);
        QStringList choices;
        for (PlanAction choice : row.choices)
            choices.append(planActionId(choice));
        context.out << tr("row %1: %2 — choices: %3")
                           .arg(i + 1)
                           .arg(planActionLabel(row.action), choices.join(QStringLiteral(", ")))
                    << '\n';
        for (const QString &warning : row.warnings)
            context.out << "  " << tr("warning: %1").arg(warning) << '\n';
        for (const QString &note : row.notes)
            context.out << "  " << tr("note: %1").arg(note) << '\n';
    }
    // A config file that could not be read may hold tokens: never "nothing to migrate" then.
    for (const Error &problem : survey.scan.problems)
        context.out << tr("warning: %1").arg(problem.oneLine()) << '\n';
    if (survey.plan.isEmpty() && survey.scan.problems.isEmpty())
        context.out << tr("No tokens in use: nothing to migrate.") << '\n';
    else if (survey.plan.isEmpty())
        context.out << tr("No tokens in use in the files TokenDesk could read; fix the warnings "
                          "above and run the plan again.")
                    << '\n';
}

void MigrateCommand::run(const QStringList &arguments, CliContext &context)
{
    auto parsed = SurveyOptions::parse(arguments, QStringLiteral("migrate"),
                                       {{QStringLiteral("--apply"), ArgReader::Switch},
                                        {QStringLiteral("--resume"), ArgReader::Switch},
                                        {QStringLiteral("--rollback"), ArgReader::Switch},
                                        {QStringLiteral("--confirm"), ArgReader::Value},
                                        {QStringLiteral("--to"), ArgReader::Value},
                                        {QStringLiteral("--choose"), ArgReader::List}});
    if (!parsed) {
        context.fail(parsed.error().message);
        return Q_EMIT finished(1);
    }
    SurveyOptions options = parsed.value();
    const ArgReader &args = options.args;
    if (const QStringList stray = args.positionals() + args.afterDashes(); !stray.isEmpty()) {
        context.fail(tr("migrate: unknown argument '%1'").arg(stray.first()));
        return Q_EMIT finished(1);
    }
    enum class What { Plan, Apply, Resume, Rollback, Confirm } what = What::Plan;
    int modes = 0;
    for (const auto &[flag, mode] : {std::pair{QStringLiteral("--apply"), What::Apply},
                                     std::pair{QStringLiteral("--resume"), What::Resume},
                                     std::pair{QStringLiteral("--rollback"), What::Rollback},
                                     std::pair{QStringLiteral("--confirm"), What::Confirm}}) {
        if (args.isSet(flag)) {
            what = mode;
            ++modes;
        }
    }
    if (modes > 1) {
        context.fail(tr("give one of --apply, --resume, --rollback and --confirm"));
        return Q_EMIT finished(1);
    }
    const QString confirmWhat = args.value(QStringLiteral("--confirm"));
    bool toStageOnly = false;
    if (const QString target = args.value(QStringLiteral("--to")); !target.isNull()) {
        if (target != QLatin1String("stage-only")) {
            context.fail(tr("--to takes 'stage-only' (replace every direct-publish token in "
                            "use by a stage-only token)"));
            return Q_EMIT finished(1);
        }
        toStageOnly = true;
    }
    QList<std::pair<int, PlanAction>> choices;
    for (const QString &spec : args.values(QStringLiteral("--choose"))) {
        const int row = spec.section(QLatin1Char('='), 0, 0).toInt();
        const auto action = actionFromId(spec.section(QLatin1Char('='), 1));
        if (row < 1 || !action) {
            context.fail(tr("--choose takes ROW=ACTION, for example 2=create-read-only"));
            return Q_EMIT finished(1);
        }
        choices.append({row - 1, *action});
    }
    const std::optional<bool> unfinished = journalUnfinished();
    const bool retryable = revokePending();
    if (what == What::Resume && !unfinished.value_or(false) && !retryable) {
        context.fail(tr("there is no interrupted migration to resume or roll back"));
        return Q_EMIT finished(1);
    }
    if (what == What::Rollback && !unfinished.value_or(false)) {
        // A row whose revoke failed is past rolling back (PlanRunner::rollback says why).
        context.fail(retryable ? tr("there is nothing to roll back: the new tokens are verified "
                                    "and in use; run 'tokendesk-cli migrate --resume' to retry "
                                    "revoking the old ones")
                               : tr("there is no interrupted migration to resume or roll back"));
        return Q_EMIT finished(1);
    }
    if (what == What::Apply && unfinished.value_or(false)) {
        context.fail(tr("an interrupted migration was found (%1); run 'tokendesk-cli migrate "
                        "--resume' to finish it or 'tokendesk-cli migrate --rollback' to undo it")
                         .arg(MigrateServices::journalPath()));
        return Q_EMIT finished(1);
    }
    auto *services = new MigrateServices(context, options, this);
    auto done = [this](int code) { Q_EMIT finished(code); };
    if (what == What::Confirm) {
        auto row = waitingRow(confirmWhat);
        if (!row) {
            context.fail(row.error().message);
            return Q_EMIT finished(1);
        }
        return services->signIn([services, row = row.value(), done](Result<void> signedIn) {
            if (!signedIn)
                return done(1);
            services->run(MigrateServices::Mode::Confirm, {}, done, row);
        });
    }
    if (what == What::Resume || what == What::Rollback) {
        return services->signIn([services, what, done](Result<void> signedIn) {
            if (!signedIn)
                return done(1);
            services->run(what == What::Resume ? MigrateServices::Mode::Resume
                                               : MigrateServices::Mode::Rollback,
                          {}, done);
        });
    }
    services->survey([this, services, what, choices, toStageOnly, done, &context,
                      passwordGiven = options.passwordStdin](Result<Survey> result) {
        if (!result)
            return done(1);
        Survey survey = result.value();
        // Old tokens a previous run replaced but could not revoke stay in the plan.
        if (const auto journal = lastJournal(); journal && journal->ok())
            survey.plan += pendingRevokeRows(journal->value());
        const ReplacementPlanner planner(services->plannerContext());
        if (toStageOnly && !chooseStageOnly(planner, survey.plan)) {
            context.fail(tr("no direct-publish token is in use here: nothing to move to a "
                            "stage-only token"));
            return done(1);
        }
        for (const auto &[row, action] : choices) {
            if (row >= survey.plan.size() || !planner.choose(survey.plan[row], action)) {
                context.fail(tr("row %1 cannot be '%2'").arg(row + 1).arg(planActionId(action)));
                return done(1);
            }
        }
        printPlan(survey, context);
        context.out.flush();
        if (what == What::Plan)
            return done(0);
        const bool creates
            = std::any_of(survey.plan.begin(), survey.plan.end(),
                          [](const PlanRow &row) { return planActionCreatesToken(row.action); });
        if (creates && !passwordGiven) {
            context.fail(tr("creating the replacement tokens needs your npm password; pipe it "
                            "and use --password-stdin"));
            return done(1);
        }
        if (QFile::exists(MigrateServices::journalPath())) {
            // The last run finished: keep its journal for the record.
            QFile::rename(MigrateServices::journalPath(),
                          MigrateServices::journalPath() + QLatin1Char('.')
                              + services->clock().now().toString(QStringLiteral("yyyyMMddHHmmss")));
        }
        services->withCiTargets(survey.plan, survey.uses, [services, done](QList<PlanRow> rows) {
            services->run(MigrateServices::Mode::Start, rows, done);
        });
    });
}

} // namespace td::cli
