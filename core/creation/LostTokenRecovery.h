// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/creation/LostTokenSearch.h"
#include "core/tokens/Token.h"
#include "core/util/Error.h"

#include <QList>

#include <functional>

class QObject;

namespace td {

class RegistryClient;
class TwoFactorPrompt;

// Whether a failed create may still have made a token: the request reached the registry and no
// valid 2xx answer came back (the connection broke or stalled after the request was sent, the
// answer was cut short or unreadable, or the server failed with a 5xx after it may have acted).
// A refusal (4xx), a connection that never opened or broke before the request was sent (Network;
// HttpTransport tells that apart as AnswerLost), a TLS failure or a cancelled 2FA prompt made
// nothing.
bool createMayHaveSucceeded(const Error &error);

// What became of a create whose answer was lost. The create failed in every case: the secret of a
// token the registry made is gone for good (a token list never returns it), so such a token is
// revoked, or named for the user to revoke when that is not safe or not possible.
struct LostCreateOutcome
{
    enum class Kind {
        NotCreated,   // a fresh list shows no such token
        Revoked,      // exactly one candidate, now revoked
        RevokeFailed, // exactly one candidate; revoking it failed
        Ambiguous,    // several candidates: the user may rely on one of them, none revoked
        LookupFailed, // the list could not be read
    };
    Kind kind = Kind::LookupFailed;
    QList<Token> tokens; // the candidate(s), newest first
    Error error;         // the one message for the user: what happened and what to do
};

// After a create that failed with `lost` (createMayHaveSucceeded), lists the account's tokens,
// picks the one the create made (tokensFromLostCreate) and revokes it. `done` runs exactly once,
// unless `context` is destroyed first.
// `prompt` answers the revoke's second factor (null: the client's own prompt).
void recoverLostCreate(RegistryClient &registry, const CreateAttempt &attempt, const Error &lost,
                       QObject *context, std::function<void(LostCreateOutcome)> done,
                       TwoFactorPrompt *prompt = nullptr);

} // namespace td
