// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cisecrets/CiAttribution.h"

#include "core/npmconfig/TokenIdentity.h"

namespace td {

namespace {

// A store written after TokenDesk's verified push holds something else now. A little slack for
// the service's own clock.
constexpr qint64 kLedgerSlackSeconds = 120;

bool sameToken(const TokenIdentity &identity, const Token &token)
{
    if (!identity.sha512Key.isEmpty()
        && identity.sha512Key.compare(token.key, Qt::CaseInsensitive) == 0)
        return true;
    return !token.isClassic() && !token.redacted.isEmpty() && identity.redacted == token.redacted;
}

} // namespace

QString ciAttributionReasonId(CiAttributionReason reason)
{
    switch (reason) {
    case CiAttributionReason::None:
        return QStringLiteral("none");
    case CiAttributionReason::Ledger:
        return QStringLiteral("ledger");
    case CiAttributionReason::ReadBack:
        return QStringLiteral("read-back");
    case CiAttributionReason::LastFour:
        return QStringLiteral("last-four");
    case CiAttributionReason::SameName:
        return QStringLiteral("same-name");
    }
    return {};
}

CiAttributionReason ciAttribution(const CiResolvedTarget &resolved, const Token &token,
                                  const CiSecretLedger &ledger,
                                  const QList<CredentialFinding> &localPlaces)
{
    const CiSecretState &state = resolved.state;
    if (const auto entry = ledger.entry(resolved.target.id());
        entry && ciLedgerEntryCurrent(*entry, state))
        return entry->tokenKey == token.key ? CiAttributionReason::Ledger
                                            : CiAttributionReason::None;
    if (state.value && !state.value->isEmpty())
        return sameToken(TokenIdentity::of(state.value->view()), token)
            ? CiAttributionReason::ReadBack
            : CiAttributionReason::None;
    if (!state.lastFour.isEmpty())
        return token.redacted.size() >= 4 && token.redacted.endsWith(state.lastFour)
            ? CiAttributionReason::LastFour
            : CiAttributionReason::None;
    for (const CredentialFinding &place : localPlaces) {
        if (place.form == CredentialForm::CiSecret && place.variable == resolved.target.name
            && place.file == resolved.finding.file)
            return CiAttributionReason::SameName;
    }
    return CiAttributionReason::None;
}

bool ciLedgerEntryCurrent(const CiLedgerEntry &entry, const CiSecretState &state)
{
    // pushedAt is the store's own updated_at after the push where it has one (the service's
    // clock, like state.updatedAt); verifiedAt (this machine's clock) otherwise.
    const QDateTime written = entry.pushedAt.isValid() ? entry.pushedAt : entry.verifiedAt;
    return !state.updatedAt.isValid() || !written.isValid()
        || state.updatedAt <= written.addSecs(kLedgerSlackSeconds);
}

QList<CiSecretTarget> ciTargetsHolding(const QList<CiResolvedTarget> &resolved, const Token &token,
                                       const CiSecretLedger &ledger,
                                       const QList<CredentialFinding> &localPlaces)
{
    QList<CiSecretTarget> out;
    for (const CiResolvedTarget &target : resolved) {
        if (ciAttribution(target, token, ledger, localPlaces) != CiAttributionReason::None)
            out.append(target.target);
    }
    return out;
}

} // namespace td
