// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/watch/ReadTokenSource.h"

#include "core/secrets/SecretStore.h"

namespace td {

void KeychainReadTokens::setTokenKey(const QString &accountId, const QString &secretStoreKey)
{
    if (secretStoreKey.isEmpty())
        m_keys.remove(accountId);
    else
        m_keys.insert(accountId, secretStoreKey);
}

void KeychainReadTokens::readToken(const QStringList &accountIds, QObject *context,
                                   std::function<void(std::optional<SecretBuffer>)> done)
{
    for (const QString &account : accountIds) {
        const QString key = m_keys.value(account);
        if (key.isEmpty())
            continue;
        m_store.read(key, context, [done = std::move(done)](Result<SecretBuffer> secret) {
            if (!secret || secret.value().isEmpty())
                return done(std::nullopt);
            done(std::move(secret).value());
        });
        return;
    }
    done(std::nullopt);
}

} // namespace td
