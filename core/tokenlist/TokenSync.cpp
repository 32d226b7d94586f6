// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokenlist/TokenSync.h"

#include "core/account/AccountStore.h"
#include "core/account/SessionManager.h"
#include "core/registry/RegistryClient.h"
#include "core/tokenlist/TokenCache.h"
#include "core/tokenlist/TokenFetch.h"
#include "core/util/Clock.h"
#include "core/util/Logging.h"

#include <QPointer>

namespace td {

TokenSync::TokenSync(AccountStore *accounts, SessionManager *sessions, TokenCache *cache,
                     const Clock &clock, QObject *parent)
    : QObject(parent), m_accounts(accounts), m_sessions(sessions), m_cache(cache), m_clock(clock)
{ }

RegistryClient *TokenSync::clientFor(const QString &accountId)
{
    if (RegistryClient *client = m_clients.value(accountId))
        return client;
    const auto account = m_accounts->find(accountId);
    if (!account)
        return nullptr;
    RegistryClient *client = m_sessions->makeClient(account->registry, this);
    m_clients.insert(accountId, client);
    return client;
}

void TokenSync::withClient(const QString &accountId, QObject *context, ClientReady ready)
{
    RegistryClient *client = clientFor(accountId);
    if (!client) {
        ready(makeError(ErrorCode::ENEEDAUTH,
                        tr("TokenDesk does not know the account %1.").arg(accountId)));
        return;
    }
    QPointer<RegistryClient> target(client);
    QPointer<TokenSync> self(this);
    m_sessions->authorize(
        *client, accountId, context,
        [self, target, accountId, ready = std::move(ready)](Result<void> authorized) {
            if (!self || !target)
                return;
            if (!authorized) {
                self->handleFailure(accountId, authorized.error());
                ready(authorized.error());
                return;
            }
            ready(target.data());
        });
}

void TokenSync::refresh(const QString &accountId)
{
    if (m_busy.contains(accountId))
        return;
    m_busy.insert(accountId);
    Q_EMIT syncStarted(accountId);
    withClient(accountId, this, [this, accountId](Result<RegistryClient *> client) {
        if (!client) {
            m_busy.remove(accountId);
            if (client.error().code != ErrorCode::ENEEDAUTH)
                Q_EMIT syncFailed(accountId, client.error().oneLine());
            return;
        }
        const auto account = m_accounts->find(accountId);
        if (account && !capabilitiesOf(account->registryKind()).listTokens)
            return checkCredential(accountId, client.value());
        fetchTokenList(*client.value(), *m_sessions, accountId, this,
                       [this, accountId](Result<TokenPage> page) {
                           m_busy.remove(accountId);
                           if (!page) {
                               // No token API at all: the registry is what RegistryKind calls
                               // unknown.
                               if (page.error().httpStatus == 404 || page.error().httpStatus == 405)
                                   m_sessions->learnNoTokenApi(accountId);
                               handleFailure(accountId, page.error());
                               if (page.error().code != ErrorCode::ENEEDAUTH)
                                   Q_EMIT syncFailed(accountId, page.error().oneLine());
                               return;
                           }
                           const QList<Token> &tokens
                               = page.value().tokens; // stamped with accountId
                           const QDateTime now = m_clock.now();
                           if (const auto stored = m_cache->store(accountId, tokens, now); !stored)
                               qCWarning(lcApp)
                                   << "token cache not written:" << stored.error().oneLine();
                           Q_EMIT synced(accountId, tokens, now);
                       });
    });
}

void TokenSync::checkCredential(const QString &accountId, RegistryClient *client)
{
    // No token list here (GitHub Packages, CodeArtifact, Azure, others): one authenticated call
    // proves the token still works, and GitHub's answer carries its expiry.
    QPointer<RegistryClient> target(client);
    client->whoami(this, [this, accountId, target](Result<QString> user) {
        m_busy.remove(accountId);
        if (target)
            m_sessions->learnFromAnswers(accountId, *target);
        if (!user) {
            handleFailure(accountId, user.error());
            if (user.error().code != ErrorCode::ENEEDAUTH)
                Q_EMIT syncFailed(accountId, user.error().oneLine());
            return;
        }
        Q_EMIT synced(accountId, {}, m_clock.now());
    });
}

void TokenSync::handleFailure(const QString &accountId, const Error &error)
{
    if (error.code != ErrorCode::ENEEDAUTH)
        return;
    m_sessions->sessionEnded(accountId);
    if (RegistryClient *client = m_clients.value(accountId))
        client->clearAuthToken();
    Q_EMIT signInNeeded(accountId, error.message);
}

} // namespace td
