// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/Account.h"
#include "core/tokens/Token.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace td {

class SecretStore;

// Which stored token an account's private packages are watched with (core/watch's read token), in
// the desktop and in `tokendesk-cli watch` alike. The rule: among the account's listed tokens, one
// that is not revoked or expired, whose grants include reading packages (a package permission that
// is not "no access" on all packages, named packages or scopes), and whose secret TokenDesk keeps
// in the keychain (the key index says so; while it cannot tell yet, the token still counts and a
// failed read leaves the private packages unwatched, with the reason). A read-only token comes
// first (least privilege), then one for all packages. Never a session: it ends after two hours
// and the watch does not. Returns the token's SecretStore key, or an empty string.
QString readTokenKeyFor(const Account &account, const QList<Token> &tokens,
                        const SecretStore &store, const QDateTime &now);

} // namespace td
