// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokenlist/ReadTokenChoice.h"

#include "core/secrets/SecretStore.h"

#include <optional>

namespace td {

namespace {

bool readsPackages(const Token &token)
{
    if (token.kind == TokenKind::ClassicReadOnly || token.kind == TokenKind::ClassicPublish
        || token.kind == TokenKind::ClassicAutomation)
        return true; // classic tokens read everything their user can
    return token.grantsPackages() && token.packagesPermission != Permission::NoAccess;
}

// Lower is better: read-only before read-write, all packages before some.
int preference(const Token &token)
{
    const bool readOnly = token.readOnly || token.kind == TokenKind::GranularReadOnly
        || token.kind == TokenKind::ClassicReadOnly;
    return (readOnly ? 0 : 2) + (token.allPackages ? 0 : 1);
}

} // namespace

QString readTokenKeyFor(const Account &account, const QList<Token> &tokens,
                        const SecretStore &store, const QDateTime &now)
{
    std::optional<Token> best;
    for (const Token &token : tokens) {
        if (token.key.isEmpty() || token.isRevoked() || (token.hasExpiry() && token.expires <= now)
            || !readsPackages(token))
            continue;
        const std::optional<bool> stored
            = store.isStored(SecretStore::tokenKey(account.id, token.key));
        if (stored.has_value() && !*stored)
            continue;
        if (!best || preference(token) < preference(*best))
            best = token;
    }
    return best ? SecretStore::tokenKey(account.id, best->key) : QString();
}

} // namespace td
