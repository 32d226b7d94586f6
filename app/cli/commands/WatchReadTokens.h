// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/Account.h"
#include "core/tokens/Token.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace td {
class SecretStore;
} // namespace td

namespace td::cli {

// Which stored token an account's private packages are watched with (`tokendesk-cli watch`).
// The rule: among the account's tokens TokenDesk last listed (the token cache), one that is not
// revoked or expired, whose grants include reading packages (a package permission that is not
// "no access" on all packages, named packages or scopes), and whose secret TokenDesk keeps in
// the keychain (the key index says so; while it cannot tell yet, the token still counts and a
// failed read leaves the private packages unwatched, with the reason). A read-only token comes
// first (least privilege), then one for all packages. Never a session: it ends after two hours
// and the watch does not.
QString readTokenKeyFor(const Account &account, const QList<Token> &cachedTokens,
                        const SecretStore &store, const QDateTime &now);

// The same for an account whose list is in the token cache folder the app and the CLI share
// (AppDataLocation/token-cache); empty when there is no list or no such token.
QString readTokenKeyFromCache(const Account &account, const SecretStore &store,
                              const QDateTime &now);

} // namespace td::cli
