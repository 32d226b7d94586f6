// SPDX-License-Identifier: GPL-3.0-or-later
// What WatchService watches: the accounts' packages (listed with a read token) and the pins.
#include "core/watch/WatchService.h"

#include "core/registry/RegistryClient.h"
#include "core/watch/ReadTokenSource.h"
#include "core/watch/WatchServiceSupport.h"
#include "core/watch/WatchTargets.h"

#include <memory>

namespace td::watch {

using detail::Tr;

void WatchService::collectTargets(std::function<void()> then)
{
    QList<WatchAccount> accounts;
    for (const Account &account : std::as_const(m_accounts))
        accounts.append({account, clientFor(account.registry)});
    if (!m_readTokens || accounts.isEmpty())
        return collectTargetsWith(accounts, std::move(then));
    // The registry lists an account's private packages only to a caller that may read them:
    // an account with a read token lists with it (no second factor), the others anonymously.
    m_collecting = true;
    auto listing = std::make_shared<QList<WatchAccount>>(accounts);
    auto pending = std::make_shared<qsizetype>(accounts.size());
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const Account account = accounts.at(i).account;
        m_readTokens->readToken(
            account.registry, {account.id}, this,
            [this, listing, pending, i, account, then](std::optional<SecretBuffer> token) {
                if (token) {
                    RegistryClient *&client = m_listClients[account.id];
                    if (!client)
                        client = m_factory(account.registry, this);
                    client->setAuthToken(std::move(*token),
                                         RegistryClient::Credential::AccessToken);
                    (*listing)[i].client = client;
                }
                if (--*pending == 0)
                    collectTargetsWith(*listing, then);
            });
    }
}

void WatchService::collectTargetsWith(const QList<WatchAccount> &accounts,
                                      std::function<void()> then)
{
    const QList<WatchPin> pins = m_memory.pins();
    if (accounts.isEmpty() && pins.isEmpty()) {
        addProblem(Tr::tr("Nothing to watch: no account is signed in and no package is pinned. "
                          "Sign in with 'tokendesk-cli login' or in TokenDesk first."));
        m_targets.clear();
        m_collecting = false;
        m_poller->setTargets(m_targets);
        then();
        Q_EMIT targetsChanged();
        return;
    }
    m_collecting = true;
    collectWatchTargets(accounts, pins, this, [this, then](WatchTargetList list) {
        m_collecting = false;
        for (const QString &problem : std::as_const(list.problems))
            addProblem(problem);
        // A refresh that could read nothing (the registry down) keeps what was watched.
        if (list.targets.isEmpty() && !list.problems.isEmpty() && !m_targets.isEmpty())
            return then();
        m_targets = list.targets;
        m_poller->setTargets(m_targets);
        for (const WatchTarget &target : std::as_const(m_targets))
            if (m_memory.hasBaseline(target.registry, target.package)) {
                const PackageMemory known = m_memory.package(target.registry, target.package);
                m_poller->setBaseline(target.registry, target.package, known.etag, known.summary);
            }
        then();
    });
}

} // namespace td::watch
