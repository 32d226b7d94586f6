// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/Account.h"

#include <QAbstractListModel>
#include <QList>

namespace td {

class Clock;

// The accounts list of the main window: one row per account, showing registry, user and the
// session's state ("session ends in 1 h 52 min", "signed out"). Session texts depend on the
// clock, so the owner calls refreshSessionStates() (once a minute is enough); the model never
// starts a timer of its own.
class AccountListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        AccountIdRole = Qt::UserRole, // QString, "user@host[:port]"
        RegistryRole,                 // QUrl
        RegistryHostRole,             // QString, "registry.npmjs.org" / "127.0.0.1:4873"
        UserNameRole,                 // QString
        SessionStateRole,   // QString, accountExpiryText(): the session or token countdown
        HasSessionRole,     // bool, a live session now
        SessionExpiresRole, // QDateTime (invalid when signed out)
        ReportsExpiryRole,  // QVariant: bool, or invalid when not yet known
        ExpiryNoteRole,     // QString, "this registry does not report expiry" or empty
        WebLoginRole,       // QVariant: bool, or invalid when not yet known
        RegistryKindRole,   // QString, registryKindId(): "npmjs", "verdaccio"…
    };
    Q_ENUM(Role)

    explicit AccountListModel(const Clock &clock, QObject *parent = nullptr);

    void setAccounts(const QList<Account> &accounts);
    // Adds the account, or replaces the row with the same id.
    void upsert(const Account &account);
    bool remove(const QString &accountId);
    const QList<Account> &accounts() const { return m_accounts; }
    int rowOf(const QString &accountId) const; // -1 when absent
    // Re-reads the clock for every row's session text (emits dataChanged when one changed).
    void refreshSessionStates();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString displayText(const Account &account, const QString &session) const;

    const Clock &m_clock;
    QList<Account> m_accounts;
    QStringList m_sessionTexts; // what the rows said last time, to notice changes
};

// "registry.npmjs.org", "127.0.0.1:4873", or "Practice registry (local, not npm)" for the
// practice registry the desktop app started.
QString registryLabel(const Account &account);

// "this registry does not report expiry" for registries whose tokens carry no expiry
// (Verdaccio); empty when it does or when it is not known yet.
QString expiryCapabilityNote(const Account &account);

} // namespace td
