// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/CiClientPushBackend.h"

#include "core/util/Clock.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QPointer>

namespace td {

CiClientPushBackend::CiClientPushBackend(CiCredentialStore &accounts, CiClientServices services,
                                         ClientFactory factory, CiSecretLedger *ledger,
                                         const Clock &clock, QObject *parent)
    : QObject(parent),
      m_accounts(accounts),
      m_services(services),
      m_factory(std::move(factory)),
      m_ledger(ledger),
      m_clock(clock)
{ }

CiClientPushBackend::~CiClientPushBackend() = default;

bool CiClientPushBackend::canPush(const CiSecretTarget &target) const
{
    return m_accounts.accountFor(target.provider(), target.host).has_value();
}

void CiClientPushBackend::withClient(const CiSecretTarget &target,
                                     std::function<void(Result<CiSecretClient *>)> next)
{
    const auto account = m_accounts.accountFor(target.provider(), target.host);
    if (!account)
        return next(makeError(
            ErrorCode::ENEEDAUTH,
            QCoreApplication::translate("td::CiClientPushBackend",
                                        "Not signed in to %1 for %2: tokendesk-cli ci login %3")
                .arg(ciProviderLabel(target.provider()), target.host,
                     ciProviderId(target.provider()))));
    const QString key = CiCredentialStore::keychainKey(account->provider, account->host);
    if (auto it = m_clients.find(key); it != m_clients.end())
        return next(it->second.get());
    QPointer<CiClientPushBackend> self(this);
    m_accounts.load(
        *account,
        [self, account, key, next](Result<std::shared_ptr<const SecretBuffer>> credential) {
            if (!self)
                return;
            if (!credential)
                return next(credential.error());
            auto client = self->m_factory(*account, credential.value(), self->m_services);
            if (!client)
                return next(makeError(
                    ErrorCode::Unsupported,
                    QCoreApplication::translate("td::CiClientPushBackend",
                                                "This build cannot update %1 secrets yet.")
                        .arg(ciProviderLabel(account->provider))));
            CiSecretClient *raw = client.get();
            self->m_clients[key] = std::move(client);
            next(raw);
        });
}

void CiClientPushBackend::push(const CiSecretTarget &target, const CiPushValue &value,
                               std::function<void(Result<QDateTime>)> done)
{
    withClient(target, [this, target, value, done](Result<CiSecretClient *> client) {
        if (!client)
            return done(client.error());
        const QDateTime sent = m_clock.now();
        client.value()->push(target, value.secret, [sent, done](Result<CiSecretState> state) {
            if (!state)
                return done(state.error());
            // The store's own time when it keeps one: verify() compares
            // it with the service's clock, not this machine's.
            done(state.value().updatedAt.isValid() ? state.value().updatedAt : sent);
        });
    });
}

void CiClientPushBackend::verify(const CiSecretTarget &target, const CiPushValue &value,
                                 const QDateTime &pushedAt, std::function<void(Result<bool>)> done)
{
    withClient(target, [this, target, value, pushedAt, done](Result<CiSecretClient *> client) {
        if (!client)
            return done(client.error());
        client.value()->verify(target, value.secret, pushedAt,
                               [this, target, value, pushedAt, done](Result<bool> held) {
                                   if (held && held.value() && m_ledger) {
                                       if (auto recorded = m_ledger->record(
                                               {target.id(), value.tokenKey, value.tokenRedacted,
                                                pushedAt, m_clock.now()});
                                           !recorded)
                                           qCWarning(lcMigration) << "CI ledger not written:"
                                                                  << recorded.error().oneLine();
                                   }
                                   done(std::move(held));
                               });
    });
}

void CiClientPushBackend::describe(const CiSecretTarget &target,
                                   std::function<void(Result<CiSecretState>)> done)
{
    withClient(target, [target, done](Result<CiSecretClient *> client) {
        if (!client)
            return done(client.error());
        client.value()->describe(target, done);
    });
}

} // namespace td
