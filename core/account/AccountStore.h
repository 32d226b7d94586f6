// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/Account.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>

namespace td {

// The accounts both programs share, as metadata JSON (no secret, ever) in the XDG data folder
// (QStandardPaths::AppDataLocation with the application name "tokendesk"), written atomically
// with mode 0600. Load before use; every change is saved by save().
class AccountStore
{
public:
    explicit AccountStore(QString path = defaultPath());

    static QString defaultPath();
    QString path() const { return m_path; }

    // A missing file is an empty list; a damaged one is an Io error (and is left untouched).
    Result<void> load();
    Result<void> save() const;

    const QList<Account> &accounts() const { return m_accounts; }
    std::optional<Account> find(const QString &id) const;
    // The account to use for a registry when none is named: the one signed in most recently.
    std::optional<Account> preferredFor(const QUrl &registry) const;

    void upsert(const Account &account);
    bool remove(const QString &id);

private:
    QString m_path;
    QList<Account> m_accounts;
};

} // namespace td
