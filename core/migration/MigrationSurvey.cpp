// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/MigrationSurvey.h"

#include "core/migration/MigrationBackend.h"
#include "core/util/Clock.h"

#include <QCoreApplication>

#include <memory>

namespace td {

int Survey::needsAttention(const QDateTime &now) const
{
    int count = 0;
    for (const PlanRow &row : plan) {
        const bool classic = row.oldToken && row.oldToken->isClassic();
        const bool dead = row.outcome == MatchOutcome::Dead;
        const bool soon = row.oldToken && row.oldToken->hasExpiry()
            && now.daysTo(row.oldToken->expires) < ReplacementPlanner::kExpiringSoonDays;
        const bool legacyShape = !row.oldToken && row.identity.shape == SecretShape::LegacyUuid;
        if (classic || dead || soon || legacyShape)
            ++count;
    }
    return count;
}

LivenessCheck livenessThrough(MigrationBackend &backend)
{
    return [&backend](const QString &, const SecretBuffer &secret,
                      std::function<void(Liveness)> done) {
        backend.whoami(secret, [done](Result<QString> user) {
            Liveness live;
            if (user) {
                live.state = Liveness::State::Alive;
                live.userName = user.value();
            } else if (user.error().code == ErrorCode::E401) {
                live.state = Liveness::State::Dead;
            } else {
                live.reason = user.error().oneLine();
            }
            done(live);
        });
    };
}

void runSurvey(const NpmConfigLocator &locator, const QStringList &projectFolders,
               const SurveyInput &input, const Clock &clock, LivenessCheck liveness,
               std::function<void(Survey)> done)
{
    auto survey = std::make_shared<Survey>();
    survey->scan = CredentialScanner(locator.environment()).scan(locator, projectFolders);
    auto matcher = std::make_shared<TokenMatcher>(input.accountRegistry, input.tokens, clock,
                                                  std::move(liveness));
    const PlannerContext context{input.accountUser, input.maintainedPackages, clock.now()};
    matcher->matchAll(survey->scan.findings,
                      [survey, matcher, context, done](QList<TokenMatch> matches) {
                          for (qsizetype i = 0; i < matches.size(); ++i)
                              survey->uses.append({survey->scan.findings.at(i), matches.at(i)});
                          survey->plan = ReplacementPlanner(context).plan(survey->uses);
                          done(*survey);
                      });
}

QList<CredentialFinding> referencesOf(const Token &token, const QList<TokenUse> &uses)
{
    QList<CredentialFinding> found;
    for (const TokenUse &use : uses) {
        const bool matched = use.match.token && use.match.token->key == token.key;
        const bool sameSecret = use.finding.identity.sha512Key == token.key;
        if (matched || sameSecret)
            found.append(use.finding);
    }
    return found;
}

} // namespace td
