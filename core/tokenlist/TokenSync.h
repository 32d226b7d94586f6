// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tokens/Token.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

namespace td {

class AccountStore;
class Clock;
class RegistryClient;
class SessionManager;
class TokenCache;

// Flow 2 of design.md for every account: session → list every token page → TokenCache replaced
// atomically → synced(). Owns one RegistryClient per account. An ended session (ENEEDAUTH) is
// forgotten and reported as signInNeeded(), never shown as a raw 401.
class TokenSync : public QObject
{
    Q_OBJECT
public:
    using ClientReady = std::function<void(Result<RegistryClient *>)>;

    TokenSync(AccountStore *accounts, SessionManager *sessions, TokenCache *cache,
              const Clock &clock, QObject *parent = nullptr);

    // The client for an account, holding its session: for revoke, create, refresh.
    void withClient(const QString &accountId, QObject *context, ClientReady ready);
    void refresh(const QString &accountId);
    bool isBusy(const QString &accountId) const { return m_busy.contains(accountId); }
    // After a call failed: an ended session becomes signInNeeded().
    void handleFailure(const QString &accountId, const Error &error);

Q_SIGNALS:
    void syncStarted(const QString &accountId);
    void synced(const QString &accountId, const QList<td::Token> &tokens, const QDateTime &at);
    void syncFailed(const QString &accountId, const QString &message);
    void signInNeeded(const QString &accountId, const QString &message);

private:
    RegistryClient *clientFor(const QString &accountId);
    void checkCredential(const QString &accountId, RegistryClient *client);

    AccountStore *m_accounts;
    SessionManager *m_sessions;
    TokenCache *m_cache;
    const Clock &m_clock;
    QHash<QString, RegistryClient *> m_clients;
    QSet<QString> m_busy;
};

} // namespace td
