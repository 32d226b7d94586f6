// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/Account.h"

#include <QDateTime>
#include <QString>

namespace td {
class SecretStore;
} // namespace td

namespace td::cli {

// The read token (readTokenKeyFor's rule) of an account whose list is in the token cache
// folder the app and the CLI share (AppDataLocation/token-cache); empty when there is no list or
// no such token.
QString readTokenKeyFromCache(const Account &account, const SecretStore &store,
                              const QDateTime &now);

} // namespace td::cli
