// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/AccountCiPushBackend.h"

#include "cisecrets/CiCredentialStore.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace td {

namespace {
QString accountKey(const CiAccount &account)
{
    return ciProviderId(account.provider) + QLatin1Char('/') + account.host;
}
} // namespace

AccountCiPushBackend::AccountCiPushBackend(
    CiCredentialStore &accounts, const Clock &clock, MakeClient makeClient,
    std::function<void(const CiSecretTarget &, const CiPushValue &, const QDateTime &)>
        recordVerified)
    : m_accounts(&accounts),
      m_clock(clock),
      m_makeClient(std::move(makeClient)),
      m_record(std::move(recordVerified))
{ }

AccountCiPushBackend::~AccountCiPushBackend()
{
    *m_alive = false;
}

bool AccountCiPushBackend::canPush(const CiSecretTarget &target) const
{
    return m_accounts && m_accounts->accountFor(target.provider(), target.host).has_value();
}

void AccountCiPushBackend::withClient(const CiSecretTarget &target,
                                      std::function<void(Result<CiSecretClient *>)> use)
{
    const auto account
        = m_accounts ? m_accounts->accountFor(target.provider(), target.host) : std::nullopt;
    if (!account)
        return use(makeError(
            ErrorCode::ENEEDAUTH,
            QCoreApplication::translate("td::AccountCiPushBackend",
                                        "TokenDesk is not connected to %1 on %2: connect it in "
                                        "Settings → CI services.")
                .arg(ciProviderLabel(target.provider()), target.host)));
    const QString key = accountKey(*account);
    for (const auto &[id, client] : m_clients)
        if (id == key)
            return use(client.get());
    std::weak_ptr<bool> alive = m_alive;
    m_accounts->load(
        *account,
        [this, alive, account, key, use](Result<std::shared_ptr<const SecretBuffer>> credential) {
            if (alive.expired() || !*alive.lock())
                return;
            if (!credential)
                return use(credential.error());
            std::unique_ptr<CiSecretClient> client = m_makeClient(*account, credential.value());
            if (!client)
                return use(
                    makeError(ErrorCode::Unsupported,
                              QCoreApplication::translate("td::AccountCiPushBackend",
                                                          "This build cannot write %1 secrets.")
                                  .arg(ciProviderLabel(account->provider))));
            CiSecretClient *raw = client.get();
            m_clients.emplace_back(key, std::move(client));
            use(raw);
        });
}

void AccountCiPushBackend::push(const CiSecretTarget &target, const CiPushValue &value,
                                std::function<void(Result<QDateTime>)> done)
{
    const QDateTime sent = m_clock.now();
    withClient(target, [target, value, done, sent](Result<CiSecretClient *> client) {
        if (!client)
            return done(client.error());
        client.value()->push(target, value.secret, [done, sent](Result<CiSecretState> state) {
            if (!state)
                return done(state.error());
            // GitHub and CircleCI contexts date the write; elsewhere the time it was sent does.
            done(state.value().updatedAt.isValid() ? state.value().updatedAt : sent);
        });
    });
}

void AccountCiPushBackend::verify(const CiSecretTarget &target, const CiPushValue &value,
                                  const QDateTime &pushedAt, std::function<void(Result<bool>)> done)
{
    std::weak_ptr<bool> alive = m_alive;
    withClient(
        target, [this, alive, target, value, pushedAt, done](Result<CiSecretClient *> client) {
            if (!client)
                return done(client.error());
            client.value()->verify(
                target, value.secret, pushedAt,
                [this, alive, target, value, pushedAt, done](Result<bool> holds) {
                    if (holds && holds.value() && !alive.expired() && *alive.lock() && m_record)
                        m_record(target, value, pushedAt);
                    done(std::move(holds));
                });
        });
}

} // namespace td
