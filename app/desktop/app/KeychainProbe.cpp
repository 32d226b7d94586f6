// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/KeychainProbe.h"

#include "secrets/SecretStore.h"

namespace td {

KeychainProbe::KeychainProbe(SecretStore *secrets, QObject *parent)
    : QObject(parent), m_secrets(secrets)
{ }

void KeychainProbe::probe(const QString &accountId, const QList<Token> &tokens)
{
    for (const Token &token : tokens) {
        const QString key = SecretStore::tokenKey(accountId, token.key);
        if (token.isRevoked() || m_probed.contains(key))
            continue;
        m_probed.insert(key);
        m_queue.append({accountId, key});
    }
    next();
}

void KeychainProbe::markStored(const QString &accountId, const QString &tokenKey)
{
    const QString key = SecretStore::tokenKey(accountId, tokenKey);
    m_inKeychain.insert(key);
    m_probed.insert(key);
}

bool KeychainProbe::holds(const QString &accountId, const QString &tokenKey) const
{
    return m_inKeychain.contains(SecretStore::tokenKey(accountId, tokenKey));
}

QSet<QString> KeychainProbe::storedKeys(const QString &accountId, const QList<Token> &tokens) const
{
    QSet<QString> stored;
    for (const Token &token : tokens) {
        if (holds(accountId, token.key))
            stored.insert(token.key);
    }
    return stored;
}

void KeychainProbe::next()
{
    if (m_probing || m_queue.isEmpty())
        return;
    m_probing = true;
    const auto [accountId, key] = m_queue.takeFirst();
    m_secrets->read(key, this,
                    [this, accountId = accountId, key = key](Result<SecretBuffer> secret) {
                        m_probing = false;
                        if (secret) {
                            m_inKeychain.insert(key);
                            Q_EMIT found(accountId);
                        }
                        next();
                    });
}

} // namespace td
