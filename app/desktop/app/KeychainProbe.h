// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokens/Token.h"

#include <QObject>
#include <QSet>
#include <QStringList>

namespace td {

class SecretStore;

// Which listed tokens TokenDesk holds a secret for (Copy needs it). One keychain read at a time,
// and each token once per run: a keychain is slow and may be shared with other programs.
class KeychainProbe : public QObject
{
    Q_OBJECT
public:
    explicit KeychainProbe(SecretStore *secrets, QObject *parent = nullptr);

    // Queues the account's live tokens that were not probed yet.
    void probe(const QString &accountId, const QList<Token> &tokens);
    // A token TokenDesk just stored (created, migrated): no need to ask the keychain.
    void markStored(const QString &accountId, const QString &tokenKey);
    bool holds(const QString &accountId, const QString &tokenKey) const;
    QSet<QString> storedKeys(const QString &accountId, const QList<Token> &tokens) const;

Q_SIGNALS:
    void found(const QString &accountId); // a secret of this account turned up

private:
    void next();

    SecretStore *m_secrets;
    QSet<QString> m_inKeychain; // SecretStore::tokenKey(account, key)
    QSet<QString> m_probed;
    QList<std::pair<QString, QString>> m_queue; // account, keychain key
    bool m_probing = false;
};

} // namespace td
