// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/Account.h"

#include <optional>

namespace td {

class AccountListModel;
class AccountStore;
class AccountTokens;
class Clock;
class KeychainProbe;
class MainWindow;
class TokenListModel;
class TokenListService;

// What the main window shows for the selected account: the accounts column, the account's
// tokens (a sync updates them in place in core, keeping the selected row), which of them the
// keychain holds, the "Synced … ago" status, and the sign-in banner. It owns the notion of "current
// account"; what goes in the table and the status comes from core's TokenListService.
class DashboardPresenter
{
public:
    struct Parts
    {
        MainWindow *window = nullptr;
        TokenListModel *tokens = nullptr;
        AccountListModel *accountModel = nullptr;
        AccountStore *accounts = nullptr;
        const AccountTokens *lists = nullptr;
        const KeychainProbe *keychain = nullptr;
        const Clock *clock = nullptr;
        // The owner of the lists above: fills the table. Without it (a test holding the parts),
        // the presenter fills the table through the service's functions itself.
        TokenListService *service = nullptr;
    };
    explicit DashboardPresenter(Parts parts) : m_parts(parts) { }

    QString currentAccountId() const { return m_current; }
    std::optional<Account> currentAccount() const;
    // Shows the account; false when it was already the current one.
    bool select(const QString &accountId);
    void forgetSelection() { m_current.clear(); }

    void rebuildAccountList();
    void updateKeychainColumn();
    void updateStatus();
    void askToSignIn(const QString &accountId, const QString &message);

    // Offers what the current account's registry can do and says its expiry its way.
    void showRegistryKind();

private:
    void fillTable(); // the current account's tokens and which the keychain holds

    Parts m_parts;
    QString m_current;
};

} // namespace td
