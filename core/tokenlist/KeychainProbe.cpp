// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokenlist/KeychainProbe.h"

#include "core/secrets/SecretStore.h"

namespace td {

KeychainProbe::KeychainProbe(SecretStore *secrets, QObject *parent)
    : QObject(parent), m_secrets(secrets)
{
    connect(m_secrets, &SecretStore::storedKeysChanged, this, [this] {
        for (const QString &accountId : std::as_const(m_accounts))
            Q_EMIT found(accountId);
    });
}

void KeychainProbe::probe(const QString &accountId, const QList<Token> &tokens)
{
    m_accounts.insert(accountId);
    // Asking once lets a store whose index is not built yet start building it.
    if (!tokens.isEmpty())
        (void)m_secrets->isStored(SecretStore::tokenKey(accountId, tokens.constFirst().key));
}

void KeychainProbe::markStored(const QString &accountId, const QString &tokenKey)
{
    m_marked.insert(SecretStore::tokenKey(accountId, tokenKey));
}

bool KeychainProbe::holds(const QString &accountId, const QString &tokenKey) const
{
    const QString key = SecretStore::tokenKey(accountId, tokenKey);
    return m_secrets->isStored(key).value_or(false) || m_marked.contains(key);
}

QSet<QString> KeychainProbe::storedKeys(const QString &accountId, const QList<Token> &tokens) const
{
    QSet<QString> stored;
    for (const Token &token : tokens) {
        if (!token.isRevoked() && holds(accountId, token.key))
            stored.insert(token.key);
    }
    return stored;
}

} // namespace td
