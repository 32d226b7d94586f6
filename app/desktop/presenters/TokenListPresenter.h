// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace td {

class AccountStore;
class DashboardPresenter;
class MainWindow;
class NotificationScheduler;
class TokenListService;
class TokenSync;
struct Token;

// Presents core's token lists (flow 2 of design.md): a new list, from the registry or a revoke,
// goes to the expiry notices, the table, the accounts column and the status line; a failed
// refresh says so above the table until the account's next list arrives; a revoked token's row
// goes only once the registry confirmed. Which lists exist is TokenListService's business.
class TokenListPresenter : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        TokenListService *tokenList = nullptr;
        AccountStore *accounts = nullptr;
        NotificationScheduler *scheduler = nullptr;
        DashboardPresenter *dashboard = nullptr;
        MainWindow *window = nullptr;
        bool probeKeychain = true; // look up which listed tokens the keychain holds
    };
    explicit TokenListPresenter(Parts parts, QObject *parent = nullptr);

    // Hands the account's tokens to the expiry notices, with its own token where only its
    // expiry is known (tokensToWatch).
    void watchExpiries(const QString &accountId);
    // The account is gone: its list, its notices and its last error with it.
    void forgetAccount(const QString &accountId);
    // The registry confirmed a revoke: the row goes, its notices too, and the list is fetched
    // again.
    void revoked(const td::Token &token);

Q_SIGNALS:
    void currentListChanged();                // the shown account's list: where is each token used?
    void traySummaryStale();                  // counts and colours changed
    void listShown(const QString &accountId); // everything above is done for this list
    void tokenRemoved(const QString &tokenKey); // after a confirmed revoke

private:
    void listChanged(const QString &accountId);

    Parts m_parts;
    TokenSync *m_sync;
    QHash<QString, QString> m_syncErrors; // account id → the "Refresh failed" notice shown
};

} // namespace td
