// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/watch/ReadTokenSource.h"

#include "core/secrets/SecretStore.h"
#include "core/watch/RegistryKey.h"

namespace td::watch {

using detail::registryKey;

void KeychainReadTokens::setTokenKey(const QUrl &registry, const QString &accountId,
                                     const QString &secretStoreKey)
{
    const QString where = registryKey(registry);
    m_entries.removeIf(
        [&](const Entry &e) { return e.registry == where && e.accountId == accountId; });
    if (!secretStoreKey.isEmpty())
        m_entries.append({where, accountId, secretStoreKey});
}

QString KeychainReadTokens::tokenKey(const QUrl &registry, const QString &accountId) const
{
    const QString where = registryKey(registry);
    for (const Entry &entry : m_entries)
        if (entry.registry == where && entry.accountId == accountId)
            return entry.key;
    return {};
}

void KeychainReadTokens::readToken(const QUrl &registry, const QStringList &accountIds,
                                   QObject *context,
                                   std::function<void(std::optional<SecretBuffer>)> done)
{
    const QString where = registryKey(registry);
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.registry != where)
            continue; // a credential never goes to another registry
        if (!accountIds.isEmpty() && !accountIds.contains(entry.accountId))
            continue;
        m_store.read(entry.key, context, [done = std::move(done)](Result<SecretBuffer> secret) {
            if (!secret || secret.value().isEmpty())
                return done(std::nullopt);
            done(std::move(secret).value());
        });
        return;
    }
    done(std::nullopt);
}

} // namespace td::watch
