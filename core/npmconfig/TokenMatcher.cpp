// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/npmconfig/TokenMatcher.h"

#include "core/npmconfig/NpmConfigSyntax.h"
#include "core/util/Clock.h"

#include <QCoreApplication>

namespace td {

namespace {

// registry.yarnpkg.com serves npmjs' packages and accepts its tokens.
QString canonicalRegistry(const QString &nerfed)
{
    if (nerfed == QLatin1String("//registry.yarnpkg.com/"))
        return QStringLiteral("//registry.npmjs.org/");
    return nerfed;
}

TokenMatch outcome(MatchOutcome what, QString reason, std::optional<Token> token = {})
{
    TokenMatch match;
    match.outcome = what;
    match.reason = std::move(reason);
    match.token = std::move(token);
    return match;
}

} // namespace

QString matchOutcomeId(MatchOutcome outcome)
{
    switch (outcome) {
    case MatchOutcome::MatchesToken:
        return QStringLiteral("matches-token");
    case MatchOutcome::Dead:
        return QStringLiteral("dead");
    case MatchOutcome::UnknownRegistry:
        return QStringLiteral("unknown-registry");
    case MatchOutcome::NotCheckable:
        return QStringLiteral("not-checkable");
    case MatchOutcome::AliveUnlisted:
        return QStringLiteral("alive-unlisted");
    }
    return {};
}

TokenMatcher::TokenMatcher(QString accountRegistry, QList<Token> tokens, const Clock &clock,
                           LivenessCheck liveness)
    : m_registry(canonicalRegistry(nerfDart(accountRegistry))),
      m_tokens(std::move(tokens)),
      m_clock(clock),
      m_liveness(std::move(liveness))
{ }

bool TokenMatcher::sameRegistry(const QString &nerfedRegistry) const
{
    return canonicalRegistry(nerfedRegistry) == m_registry;
}

bool TokenMatcher::isDead(const Token &token) const
{
    return token.isRevoked() || (token.hasExpiry() && token.expires <= m_clock.now());
}

void TokenMatcher::match(const CredentialFinding &finding,
                         std::function<void(TokenMatch)> done) const
{
    if (!finding.registry.isEmpty() && !sameRegistry(finding.registry))
        return done(outcome(
            MatchOutcome::UnknownRegistry,
            QCoreApplication::translate(
                "td::TokenMatcher", "This credential is for %1, not for this account's registry.")
                .arg(finding.registry)));
    if (finding.form == CredentialForm::ClientCertificate)
        return done(outcome(MatchOutcome::NotCheckable,
                            QCoreApplication::translate(
                                "td::TokenMatcher",
                                "A client certificate in files, not a token: nothing to match.")));
    if (!finding.hasSecret()) {
        return done(outcome(MatchOutcome::NotCheckable,
                            finding.form == CredentialForm::CiSecret
                                ? QCoreApplication::translate(
                                    "td::TokenMatcher",
                                    "The value is stored in the CI service, not on this computer.")
                                : QCoreApplication::translate("td::TokenMatcher",
                                                              "The variable %1 is not set here.")
                                      .arg(finding.variable)));
    }
    if (finding.identity.shape == SecretShape::Placeholder)
        return done(outcome(MatchOutcome::NotCheckable,
                            QCoreApplication::translate(
                                "td::TokenMatcher",
                                "This is actions/setup-node's placeholder, not a real token.")));
    if (finding.form == CredentialForm::BasicAuth || finding.form == CredentialForm::Password
        || finding.form == CredentialForm::YarnAuthIdent)
        return done(outcome(
            MatchOutcome::NotCheckable,
            QCoreApplication::translate(
                "td::TokenMatcher", "A user name and password, not a token: nothing to match.")));

    // Classic: the key is the hex SHA-512 of the secret — an exact match.
    for (const Token &token : m_tokens) {
        if (token.key.compare(finding.identity.sha512Key, Qt::CaseInsensitive) == 0) {
            if (isDead(token))
                return done(
                    outcome(MatchOutcome::Dead,
                            QCoreApplication::translate("td::TokenMatcher",
                                                        "The token was revoked or has expired."),
                            token));
            return done(outcome(MatchOutcome::MatchesToken, {}, token));
        }
    }

    QList<Token> candidates;
    for (const Token &token : m_tokens) {
        if (!token.isClassic() && !token.redacted.isEmpty()
            && token.redacted == finding.identity.redacted)
            candidates.append(token);
    }
    if (candidates.size() > 1)
        return done(outcome(
            MatchOutcome::NotCheckable,
            QCoreApplication::translate(
                "td::TokenMatcher",
                "%1 tokens share the masked form %2; TokenDesk cannot tell which one this is.")
                .arg(candidates.size())
                .arg(finding.identity.redacted)));
    if (candidates.size() == 1 && isDead(candidates.first()))
        return done(outcome(MatchOutcome::Dead,
                            QCoreApplication::translate("td::TokenMatcher",
                                                        "The token was revoked or has expired."),
                            candidates.first()));

    if (!m_liveness) {
        if (candidates.size() == 1)
            return done(outcome(
                MatchOutcome::MatchesToken,
                QCoreApplication::translate("td::TokenMatcher", "Matched by its masked form only."),
                candidates.first()));
        return done(outcome(
            MatchOutcome::NotCheckable,
            QCoreApplication::translate(
                "td::TokenMatcher", "Not one of this account's tokens, and not checked online.")));
    }
    const std::optional<Token> candidate
        = candidates.isEmpty() ? std::nullopt : std::optional<Token>(candidates.first());
    m_liveness(
        finding.registry.isEmpty() ? m_registry : finding.registry, *finding.secret,
        [done, candidate](Liveness live) {
            if (live.state == Liveness::State::Dead)
                return done(outcome(MatchOutcome::Dead,
                                    QCoreApplication::translate("td::TokenMatcher",
                                                                "The registry rejects it (401)."),
                                    candidate));
            if (live.state == Liveness::State::Alive) {
                TokenMatch match = candidate
                    ? outcome(MatchOutcome::MatchesToken, {}, candidate)
                    : outcome(MatchOutcome::AliveUnlisted,
                              QCoreApplication::translate(
                                  "td::TokenMatcher",
                                  "It works (user %1) but is not in this account's token list: a "
                                  "session token or another account's token.")
                                  .arg(live.userName));
                match.verifiedLive = true;
                return done(match);
            }
            if (candidate)
                return done(
                    outcome(MatchOutcome::MatchesToken,
                            QCoreApplication::translate(
                                "td::TokenMatcher",
                                "Matched by its masked form; the registry could not confirm "
                                "it: %1")
                                .arg(live.reason),
                            candidate));
            return done(outcome(MatchOutcome::NotCheckable, live.reason));
        });
}

void TokenMatcher::matchAll(const QList<CredentialFinding> &findings,
                            std::function<void(QList<TokenMatch>)> done) const
{
    struct State
    {
        QList<TokenMatch> results;
        int pending = 0;
        std::function<void(QList<TokenMatch>)> done;
    };
    auto state = std::make_shared<State>();
    state->results.resize(findings.size());
    state->pending = int(findings.size());
    state->done = std::move(done);
    if (findings.isEmpty())
        return state->done({});
    for (int i = 0; i < findings.size(); ++i) {
        match(findings.at(i), [state, i](TokenMatch result) {
            state->results[i] = std::move(result);
            if (--state->pending == 0)
                state->done(state->results);
        });
    }
}

} // namespace td
