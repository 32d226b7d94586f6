// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expiry/CredentialExpiry.h"
#include "core/registry/RegistryKind.h"
#include "core/util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace td {

class AccountStore;

// The expiry of an opaque token that only the user knows (Azure Artifacts' PATs, unknown
// registries): what may be entered, and storing it with the basis "user entered".

// The kind says nobody but the user knows when its token ends: offer "Set token expiry…".
bool userEntersTokenExpiry(RegistryKind kind);
// Azure DevOps PATs always end (at most a year after creation); an unknown registry's token may
// really live forever.
bool tokenMayNeverExpire(RegistryKind kind);
// The quick choices the dialog offers, in days from today.
QList<int> tokenExpiryPresetDays();

// The token works through `lastDay` (local time): it ends when the next day begins.
CredentialExpiry userEnteredExpiry(const QDate &lastDay);
// "Never expires": basis "user entered" without a date.
CredentialExpiry userEnteredNoExpiry();

// Loads the accounts file, stores `expiry` on the account and saves. NotFound when the account
// is gone; InvalidInput when its registry reports the expiry itself. Errors are translated.
Result<void> storeUserEnteredExpiry(AccountStore &accounts, const QString &accountId,
                                    const CredentialExpiry &expiry);

} // namespace td
