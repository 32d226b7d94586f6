// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenCommandRotate.h"

#include "MigrateSupport.h"
#include "cli/CliContext.h"

#include <QFile>

namespace td::cli {

QString TokenRotateCommand::summary()
{
    return tr("replace a token with a fresh one with the same grants, update its uses");
}

void TokenRotateCommand::run(const QStringList &arguments, CliContext &context)
{
    auto parsed = SurveyOptions::parse(arguments, QStringLiteral("token rotate"));
    if (!parsed) {
        context.fail(parsed.error().message);
        return Q_EMIT finished(1);
    }
    const SurveyOptions options = parsed.value();
    const QStringList ids = options.args.positionals() + options.args.afterDashes();
    if (ids.size() != 1) {
        context.fail(tr("token rotate needs one token id (as 'token list' shows it)"));
        return Q_EMIT finished(1);
    }
    if (!options.passwordStdin) {
        context.fail(tr("creating the new token needs your npm password; pipe it and use "
                        "--password-stdin"));
        return Q_EMIT finished(1);
    }
    if (QFile::exists(MigrateServices::journalPath())) {
        auto journal = MigrationJournal::load(MigrateServices::journalPath());
        if (!journal || !journal.value().isFinished()) {
            context.fail(tr("an interrupted migration was found; run 'tokendesk-cli migrate "
                            "--resume' or '--rollback' first"));
            return Q_EMIT finished(1);
        }
    }
    const QString id = ids.first();
    auto *services = new MigrateServices(context, options, this);
    services->survey([this, services, id, &context](Result<Survey> survey) {
        if (!survey)
            return Q_EMIT finished(1);
        QList<Token> candidates;
        for (const Token &token : services->input().tokens) {
            if (token.key.startsWith(id, Qt::CaseInsensitive) && !token.isRevoked())
                candidates.append(token);
        }
        if (candidates.size() != 1) {
            context.fail(candidates.isEmpty() ? tr("no active token has the id '%1'").arg(id)
                                              : tr("'%1' matches %2 tokens; give more of the id")
                                                    .arg(id)
                                                    .arg(candidates.size()));
            return Q_EMIT finished(1);
        }
        const Token token = candidates.first();
        const ReplacementPlanner planner(services->plannerContext());
        PlanRow row = planner.rotation(token, referencesOf(token, survey.value().uses));
        if (row.identity.redacted.isEmpty()) // no .npmrc names it: the list's masked form does
            row.identity.redacted = token.redacted;
        context.out << tr("Rotating \"%1\" (%2): %n reference(s) to update.", nullptr,
                          int(row.references.size()))
                           .arg(token.name, tokenKindLabel(token.kind))
                    << Qt::endl;
        const bool usedNowhereHere = row.references.isEmpty();
        QList<PlanRow> rows{row};
        if (QFile::exists(MigrateServices::journalPath())) {
            // Old tokens the last run could not revoke go along: its journal is archived now.
            if (auto last = MigrationJournal::load(MigrateServices::journalPath()); last)
                rows += pendingRevokeRows(last.value());
            QFile::rename(MigrateServices::journalPath(),
                          MigrateServices::journalPath() + QLatin1Char('.')
                              + services->clock().now().toString(QStringLiteral("yyyyMMddHHmmss")));
        }
        services->withCiTargets(
            rows, survey.value().uses,
            [this, services, &context, usedNowhereHere](QList<PlanRow> withCi) {
                const bool nowhere = usedNowhereHere && withCi.first().ciTargets.isEmpty();
                services->run(
                    MigrateServices::Mode::Start, withCi, [this, &context, nowhere](int code) {
                        // Said only once the rotation worked: a failed one prints exactly
                        // its one error line on stderr (issue 12 item 11).
                        if (code == 0 && nowhere)
                            context.err << tr("warning: no .npmrc here uses this token (or it "
                                              "cannot be told apart from another by its masked "
                                              "form); wherever it is used — CI secrets, other "
                                              "machines — put the new token there: the old one "
                                              "is revoked.")
                                        << Qt::endl;
                        Q_EMIT finished(code);
                    });
            });
    });
}

} // namespace td::cli
