// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/account/TokenExpiryEntry.h"

#include "core/account/AccountStore.h"

#include <QCoreApplication>

namespace td {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::TokenExpiryEntry)
};
} // namespace

bool userEntersTokenExpiry(RegistryKind kind)
{
    return capabilitiesOf(kind).expiry == ExpirySource::UserEntered;
}

bool tokenMayNeverExpire(RegistryKind kind)
{
    return kind == RegistryKind::Unknown;
}

QList<int> tokenExpiryPresetDays()
{
    return {7, 30, 90};
}

CredentialExpiry userEnteredExpiry(const QDate &lastDay)
{
    if (!lastDay.isValid())
        return {};
    return {QDateTime(lastDay.addDays(1), QTime(0, 0), Qt::LocalTime).toUTC(),
            CredentialExpiryBasis::UserEntered};
}

CredentialExpiry userEnteredNoExpiry()
{
    return {QDateTime(), CredentialExpiryBasis::UserEntered};
}

Result<void> storeUserEnteredExpiry(AccountStore &accounts, const QString &accountId,
                                    const CredentialExpiry &expiry)
{
    if (const auto loaded = accounts.load(); !loaded)
        return loaded.error();
    auto account = accounts.find(accountId);
    if (!account)
        return makeError(ErrorCode::NotFound,
                         Tr::tr("The account %1 is no longer in TokenDesk.").arg(accountId),
                         Tr::tr("Sign in again, then set the token's expiry."));
    const RegistryKind kind = account->registryKind();
    const bool allowed = userEntersTokenExpiry(kind)
        && expiry.basis == CredentialExpiryBasis::UserEntered
        && (expiry.expires.isValid() || tokenMayNeverExpire(kind));
    if (!allowed)
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("TokenDesk cannot store this expiry for %1.").arg(registryKindLabel(kind)),
            Tr::tr("This registry's tokens end on a date; enter that date."));
    account->credentialExpiry = expiry;
    accounts.upsert(*account);
    return accounts.save();
}

} // namespace td
