// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stage/SessionStageSource.h"

#include "core/account/AccountStore.h"
#include "core/account/SessionManager.h"
#include "core/registry/UrlPolicy.h"

namespace td {

SessionStageSource::SessionStageSource(SessionManager &sessions, AccountStore &accounts,
                                       QUrl registry)
    : m_sessions(sessions), m_accounts(accounts), m_registry(std::move(registry))
{ }

QList<Account> SessionStageSource::accounts()
{
    (void)m_accounts.load(); // the other program may have signed in or out meanwhile
    QList<Account> out;
    for (const Account &account : m_accounts.accounts())
        if (m_registry.isEmpty()
            || normalisedBaseUrl(account.registry) == normalisedBaseUrl(m_registry))
            out << account;
    return out;
}

bool SessionStageSource::pollable(const Account &account, const QDateTime &now)
{
    return account.hasSession(now);
}

RegistryClient *SessionStageSource::makeClient(const Account &account, QObject *parent)
{
    return m_sessions.makeClient(account.registry, parent);
}

void SessionStageSource::authorize(RegistryClient &client, const Account &account, QObject *context,
                                   std::function<void(Result<void>)> done)
{
    m_sessions.authorize(client, account.id, context, std::move(done));
}

} // namespace td
