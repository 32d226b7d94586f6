// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tokens/Token.h"

#include <QObject>
#include <QSet>
#include <QStringList>

namespace td {

class SecretStore;

// Which listed tokens TokenDesk holds a secret for (Copy needs it). Answered from the store's
// index of stored key names (SecretStore::isStored): listing tokens never reads a secret from
// the keychain, which is slow, may be locked and is shared with other programs.
class KeychainProbe : public QObject
{
    Q_OBJECT
public:
    explicit KeychainProbe(SecretStore *secrets, QObject *parent = nullptr);

    // Remembers the account so that `found` follows changes of the index; reads nothing.
    void probe(const QString &accountId, const QList<Token> &tokens);
    // A token TokenDesk just stored (created, migrated), for a store that keeps no index.
    void markStored(const QString &accountId, const QString &tokenKey);
    bool holds(const QString &accountId, const QString &tokenKey) const;
    QSet<QString> storedKeys(const QString &accountId, const QList<Token> &tokens) const;

Q_SIGNALS:
    void found(const QString &accountId); // the account's stored secrets may have changed

private:
    SecretStore *m_secrets;
    QSet<QString> m_marked;   // SecretStore::tokenKey(account, key)
    QSet<QString> m_accounts; // probed accounts, told about index changes
};

} // namespace td
