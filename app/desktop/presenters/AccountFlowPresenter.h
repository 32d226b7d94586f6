// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/Account.h"

#include <QObject>
#include <QString>
#include <QUrl>

namespace td {

class AccountStore;
class CiDesktop;
class Clock;
class DashboardPresenter;
class MainWindow;
class StageInbox;
class TokenListPresenter;
class TokenListService;

// The accounts' flows (flow 1 of design.md and the Account menu's outcomes): start-up from the
// saved accounts and cached lists, choosing an account, a finished sign-in, F5's refresh of
// everything, a sign-out, a removed account and an entered token expiry. Each reloads what it
// must and hands the accounts column, the table and the banners their new state.
class AccountFlowPresenter : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        AccountStore *accounts = nullptr;
        TokenListService *tokenList = nullptr;
        TokenListPresenter *lists = nullptr;
        DashboardPresenter *dashboard = nullptr;
        MainWindow *window = nullptr;
        StageInbox *inbox = nullptr;
        CiDesktop *ci = nullptr;
        const Clock *clock = nullptr;
        QUrl registry;             // the account preferred at start is the one on this registry
        bool probeKeychain = true; // look up which listed tokens the keychain holds
    };
    explicit AccountFlowPresenter(Parts parts, QObject *parent = nullptr);

    // Start-up: the saved accounts and their cached lists, the preferred account selected. The
    // keychain, the expiry notices and the tray's summary wait for firstPaintDone().
    void loadCached();
    void firstPaintDone();
    void select(const QString &accountId);
    // A sign-in finished (dialog, practice registry, anything using SessionManager).
    void signedIn(const td::Account &account);
    // F5: reloads the account list (the CLI may have signed in) and lists every signed-in
    // account's tokens.
    void refreshAll();
    void signedOut(const QString &accountId);
    void removed(const QString &accountId);
    void tokenExpiryEntered(const QString &accountId);

Q_SIGNALS:
    void traySummaryStale(); // which accounts and tokens there are changed

private:
    static QString firstRunText(); // the banner's text while there is no account
    QString currentAccountId() const;

    Parts m_parts;
    bool m_waitingForFirstPaint = true; // loadCached() defers the keychain probe until then
};

} // namespace td
