// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cisecrets/CiSecretClient.h"
#include "core/util/Result.h"
#include "core/util/SecretBuffer.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace td {

class Clock;
class SecretStore;

// The CI services the user signed in to. Two halves, like the npm accounts: an index of who and
// where (non-secret JSON in the app's data folder, written atomically, 0600 — never a credential)
// and the credential itself in the keychain under "ci/<provider>/<host>". One account per
// provider and host: signing in again replaces it.
class CiCredentialStore : public QObject
{
    Q_OBJECT
public:
    using DoneCallback = std::function<void(Result<void>)>;
    using LoadCallback = std::function<void(Result<std::shared_ptr<const SecretBuffer>>)>;

    CiCredentialStore(SecretStore &secrets, QString indexPath = defaultIndexPath(),
                      const Clock *clock = nullptr, QObject *parent = nullptr);

    static QString defaultIndexPath(); // <data dir>/ci-accounts.json, beside accounts.json
    static QString keychainKey(CiProvider provider, const QString &host); // "ci/github/github.com"

    // Re-reads the index (another process may have changed it). A damaged index is an error and
    // is left as it is; a missing one is an empty list.
    Result<void> reload();
    QList<CiAccount> accounts() const { return m_accounts; }
    std::optional<CiAccount> accountFor(CiProvider provider, const QString &host) const;
    // When the account was added (from the index); invalid when unknown.
    QDateTime addedAt(const CiAccount &account) const;

    // Keychain first, then the index: an account is listed only once its credential is kept.
    void save(const CiAccount &account, const SecretBuffer &credential, DoneCallback done);
    // The credential, shared so clients never copy it into a QString.
    void load(const CiAccount &account, LoadCallback done);
    // Index first, then the keychain: a failed keychain delete leaves no listed account behind.
    void remove(const CiAccount &account, DoneCallback done);

Q_SIGNALS:
    void accountsChanged();

private:
    Result<void> writeIndex(const QList<CiAccount> &accounts, const QList<QDateTime> &added);

    SecretStore &m_secrets;
    QString m_indexPath;
    const Clock *m_clock;
    QList<CiAccount> m_accounts;
    QList<QDateTime> m_addedAt; // parallel to m_accounts
};

QJsonObject ciAccountToJson(const CiAccount &account);
std::optional<CiAccount> ciAccountFromJson(const QJsonObject &object);

} // namespace td
