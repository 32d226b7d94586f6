// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/npmconfig/CredentialFinding.h"
#include "core/tokens/Token.h"

#include <QList>

#include <functional>
#include <optional>

namespace td {

class Clock;

// What whoami said about a secret.
struct Liveness
{
    enum class State { Alive, Dead, Unknown };
    State state = State::Unknown;
    QString userName; // when alive
    QString reason;   // when unknown: the error, already translated
};

// Asks the registry (whoami) about a secret. Injected: the registry client lives elsewhere,
// and tests answer with a lambda. `done` must be called exactly once.
using LivenessCheck = std::function<void(const QString &registry, const SecretBuffer &secret,
                                         std::function<void(Liveness)> done)>;

enum class MatchOutcome {
    MatchesToken,    // it is `token` (kind, expiry known)
    Dead,            // revoked or expired (a listed token marked so, or whoami answered 401)
    UnknownRegistry, // belongs to another registry than the account's
    NotCheckable,    // no value here (CI secret, unset variable), user/password, placeholder,
                     // ambiguous
    AliveUnlisted,   // works, but is none of the account's listed tokens (a session token, another
                     // account)
};

QString matchOutcomeId(MatchOutcome outcome);

struct TokenMatch
{
    MatchOutcome outcome = MatchOutcome::NotCheckable;
    std::optional<Token> token;
    bool verifiedLive = false; // whoami confirmed it
    QString reason;            // translated detail for the user
};

// Matches local secrets to an account's tokens: classic tokens by key (hex SHA-512 of the
// secret), granular ones by the registry's redacted form plus a whoami liveness check.
class TokenMatcher
{
public:
    TokenMatcher(QString accountRegistry, QList<Token> tokens, const Clock &clock,
                 LivenessCheck liveness = {});

    bool sameRegistry(const QString &nerfedRegistry) const;
    void match(const CredentialFinding &finding, std::function<void(TokenMatch)> done) const;
    // All at once; `done` gets the results in the order of `findings`.
    void matchAll(const QList<CredentialFinding> &findings,
                  std::function<void(QList<TokenMatch>)> done) const;

private:
    bool isDead(const Token &token) const;

    QString m_registry; // nerf-darted
    QList<Token> m_tokens;
    const Clock &m_clock;
    LivenessCheck m_liveness;
};

} // namespace td
