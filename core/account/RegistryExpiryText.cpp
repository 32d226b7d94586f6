// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/account/RegistryExpiryText.h"

#include "core/account/Account.h"
#include "core/expiry/ExpiryState.h"

#include <QCoreApplication>

namespace td {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::RegistryExpiryText)
};

// "expires in 11 h 20 min" / "expired 2 h ago", from the shared countdown wording.
QString tokenCountdown(const QDateTime &expires, const QDateTime &now)
{
    return Tr::tr("token %1").arg(countdownText(expires, now));
}

} // namespace

QString accountExpiryText(const Account &account, const QDateTime &now)
{
    const CredentialExpiry &credential = account.credentialExpiry;
    switch (capabilitiesOf(account.registryKind()).expiry) {
    case ExpirySource::PerToken:
    case ExpirySource::SetByRegistry:
        return describeSession(account, now);
    case ExpirySource::ResponseHeader:
        if (credential.basis != CredentialExpiryBasis::ResponseHeader || !credential.isKnown())
            return Tr::tr("token expiry: GitHub says on the next refresh");
        return Tr::tr("%1 (as GitHub reports)").arg(tokenCountdown(credential.expires, now));
    case ExpirySource::TwelveHoursFromWrite:
        if (credential.basis == CredentialExpiryBasis::TokenStored && credential.isKnown())
            return Tr::tr("%1 (12 hours from when TokenDesk stored it)")
                .arg(tokenCountdown(credential.expires, now));
        if (credential.basis == CredentialExpiryBasis::FileWritten && credential.isKnown())
            return Tr::tr("%1 (12 hours from when the .npmrc was written)")
                .arg(tokenCountdown(credential.expires, now));
        return Tr::tr("token lasts 12 hours from \"aws codeartifact login\"");
    case ExpirySource::UserEntered:
        if (credential.basis == CredentialExpiryBasis::UserEntered && credential.isKnown())
            return Tr::tr("%1 (date you entered)").arg(tokenCountdown(credential.expires, now));
        if (credential.basis == CredentialExpiryBasis::UserEntered)
            return Tr::tr("token never expires (as you entered)");
        return Tr::tr("token expiry not entered");
    }
    return {};
}

QString tokenWithoutExpiryText(RegistryKind kind)
{
    if (capabilitiesOf(kind).expiry == ExpirySource::SetByRegistry)
        return Tr::tr("expiry set by the registry");
    return countdownText({}, {});
}

} // namespace td
