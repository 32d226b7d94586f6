// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cisecrets/CiSecretLedger.h"
#include "core/cisecrets/CiTargetDiscovery.h"
#include "core/tokens/Token.h"

namespace td {

// Why TokenDesk believes a CI secret holds a token.
enum class CiAttributionReason {
    None,     // no evidence
    Ledger,   // TokenDesk pushed it there and verified it (and the store has not changed since)
    ReadBack, // GitLab answered the value: its identity is the token's
    LastFour, // CircleCI's masked value ends like the token's redacted form
    SameName, // a variable of that name holds the token on this machine (TokenUsage's rule)
};

QString ciAttributionReasonId(CiAttributionReason reason);

// Attribution of CI references to tokens, in the contract's order: the ledger; GitLab's value
// read back; CircleCI's last four (+ the token's redacted form); the same-name-variable rule.
// `localPlaces` are the token's places on this machine (TokenUsage's placesOf), for the last rule.
CiAttributionReason ciAttribution(const CiResolvedTarget &resolved, const Token &token,
                                  const CiSecretLedger &ledger,
                                  const QList<CredentialFinding> &localPlaces);

// Whether the store still holds what the ledger says TokenDesk put there: it has not been written
// since (its updated_at, by the service's clock, is not after the push the ledger recorded).
bool ciLedgerEntryCurrent(const CiLedgerEntry &entry, const CiSecretState &state);

// The resolved targets that hold `token`.
QList<CiSecretTarget> ciTargetsHolding(const QList<CiResolvedTarget> &resolved, const Token &token,
                                       const CiSecretLedger &ledger,
                                       const QList<CredentialFinding> &localPlaces);

} // namespace td
