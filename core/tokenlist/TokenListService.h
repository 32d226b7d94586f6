// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The token list's walk from the network to the table (issue 18):
//
//   HTTP → RegistryClient::listTokens (every page; fetchTokenList, shared with the CLI)
//        → TokenListService (TokenSync per account; AccountTokens holds the ONE list, TokenCache
//          persists it, KeychainProbe answers "in the keychain?" from key names only)
//        → TokenListModel → TokenFilterProxy → the desktop's view
//
// Six stops, all in core but the view, and two crossings between core and the desktop: the view
// reads the proxy, and listChanged tells the desktop's presenters (status, tray, notices). A sync
// of the shown account updates the model's rows in place, so the selected row survives the
// refresh without the desktop asking for the list again (a third crossing until then). Before, the
// list went HTTP → RegistryClient → TokenSync (desktop) → TokenCache → Application → AccountTokens
// (desktop) → DashboardPresenter → TokenListModel → KeychainProbe (desktop) → SecretStore →
// SyncStatusText (desktop) → view: about 12 stops, 9 crossings and 4 copies. The model shares the
// service's list (QList is implicitly shared).

#include "core/tokens/Token.h"
#include "core/util/Error.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

namespace td {

class AccountStore;
class AccountTokens;
class Clock;
class KeychainProbe;
class SecretStore;
class SessionManager;
class TokenCache;
class TokenListModel;
class TokenSync;

// Every account's token list in one place: fetched from the registries, read from and written
// to the offline cache, with which tokens the keychain holds (from the index of key names, so
// listing never reads a secret) and the status sentence ("Synced 3 min ago · …"). It feeds the
// token model with the account on screen; the desktop only connects its signals to widgets.
class TokenListService final : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        AccountStore *accounts = nullptr;
        SessionManager *sessions = nullptr;
        TokenCache *cache = nullptr;
        SecretStore *secrets = nullptr;
        const Clock *clock = nullptr;
        TokenListModel *model = nullptr; // may be null (no table, e.g. a headless user)
    };
    explicit TokenListService(Parts parts, QObject *parent = nullptr);
    ~TokenListService() override;

    // Reads every known account's cached list; returns the problems worth showing (an account
    // never synced is not one).
    QList<Error> loadCached();
    void refresh(const QString &accountId);
    void refreshSignedIn(); // every account with a session

    // The account whose tokens the model shows; empty shows none.
    void showAccount(const QString &accountId);
    QString shownAccount() const { return m_shown; }
    void showKeychainColumn(); // the shown account's "in keychain" column, again

    // The registry confirmed a revoke: the token leaves the list and the table.
    void removeToken(const QString &accountId, const QString &tokenKey);
    void forgetAccount(const QString &accountId);
    // A token TokenDesk just stored (created, migrated), for a store that keeps no index.
    void markStored(const QString &accountId, const QString &tokenKey);
    // Follows the account's stored secrets from now on (keychainChanged); reads nothing.
    void followKeychain(const QString &accountId);

    QList<Token> tokens(const QString &accountId) const;
    QList<Token> allTokens() const;
    const Token *find(const QString &tokenKey) const;
    // Keys of the account's live tokens whose secret the keychain holds; reads no secret.
    QSet<QString> storedInKeychain(const QString &accountId) const;
    // "Synced 3 min ago · session ends in 1 h 52 min" for the account, at the clock's now.
    QString statusText(const QString &accountId) const;

    // The parts, for the flows that act through them (revoke and create use the sync's clients).
    TokenSync *sync() const { return m_sync; }
    const AccountTokens *lists() const { return m_lists.get(); }
    const KeychainProbe *keychain() const { return m_keychain; }

    // What showAccount() and showKeychainColumn() put in a model, for a presenter that holds
    // the parts without the service.
    static void fillModel(TokenListModel &model, const AccountTokens &lists,
                          const KeychainProbe &keychain, const QString &accountId);
    static void fillKeychainColumn(TokenListModel &model, const AccountTokens &lists,
                                   const KeychainProbe &keychain, const QString &accountId);
    static QSet<QString> storedInKeychain(const AccountTokens &lists, const KeychainProbe &keychain,
                                          const QString &accountId);

Q_SIGNALS:
    // A sync replaced the account's list (the model, if it shows that account, already has it).
    void listChanged(const QString &accountId);
    void keychainChanged(const QString &accountId); // which secrets are stored may have changed

private:
    void onSynced(const QString &accountId, const QList<Token> &tokens, const QDateTime &at);

    Parts m_parts;
    std::unique_ptr<AccountTokens> m_lists;
    TokenSync *m_sync;
    KeychainProbe *m_keychain;
    QString m_shown;
};

} // namespace td
