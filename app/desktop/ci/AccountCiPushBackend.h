// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cisecrets/CiSecretClient.h"
#include "migration/CiPushBackend.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

namespace td {

class CiCredentialStore;
class Clock;

// PlanRunner's way into CI for the desktop app: for each target, the signed-in CI account of its
// provider and host (CiCredentialStore), its credential from the keychain, and that provider's
// CiSecretClient. A verified push is written to the CI secret ledger (through `recordVerified`),
// which later tells which token a GitHub secret holds.
class AccountCiPushBackend final : public CiPushBackend
{
public:
    using MakeClient = std::function<std::unique_ptr<CiSecretClient>(
        const CiAccount &, std::shared_ptr<const SecretBuffer>)>;
    AccountCiPushBackend(
        CiCredentialStore &accounts, const Clock &clock, MakeClient makeClient,
        std::function<void(const CiSecretTarget &, const CiPushValue &, const QDateTime &pushedAt)>
            recordVerified);
    ~AccountCiPushBackend() override;

    bool canPush(const CiSecretTarget &target) const override;
    void push(const CiSecretTarget &target, const CiPushValue &value,
              std::function<void(Result<QDateTime>)> done) override;
    void verify(const CiSecretTarget &target, const CiPushValue &value, const QDateTime &pushedAt,
                std::function<void(Result<bool>)> done) override;

private:
    // The target's client, made once per account (the credential read from the keychain once).
    void withClient(const CiSecretTarget &target,
                    std::function<void(Result<CiSecretClient *>)> use);

    QPointer<CiCredentialStore> m_accounts;
    const Clock &m_clock;
    MakeClient m_makeClient;
    std::function<void(const CiSecretTarget &, const CiPushValue &, const QDateTime &)> m_record;
    std::vector<std::pair<QString, std::unique_ptr<CiSecretClient>>> m_clients; // by account
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace td
